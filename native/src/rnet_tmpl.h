/* The radix level in cache and the sorts of its sub-buckets (sort.c, included once per key
 * width RL_W, 64 or 32, where the path has networks of that width). Both serve rnet_into
 * (sort_tmpl.h: a bucket's keys) and argsort's packed words (arg_packed, 64 bits).
 *
 * k4j_rnet_leaves<RL_W>(d, n, cnt, nb, pf, npf) sorts d[0, n), whose cnt[0, nb)
 * sub-buckets lie in order of their keys; pf[0, npf) (or NULL) are the next
 * bucket's keys, one line of which is prefetched into L2 per sub-bucket (see
 * rnet_into). With K4J_RNET_WIN<RL_W> > 0, consecutive sub-buckets are sorted
 * together as one window of at most that many keys: every key of a sub-bucket is
 * below every key of the next, so the window sorted is its sub-buckets sorted, and
 * most windows take the same network instead of one of several sizes chosen by an
 * unpredictable branch; a sub-bucket larger than a window is sorted alone. The
 * counts are checked against n: whatever they hold, every sort stays inside
 * d[0, n). */

#define RL_CAT_(a, w) a##w
#define RL_CAT(a, w) RL_CAT_(a, w)
#define RL_K RL_CAT(RL_CAT(uint, RL_W), _t)
#define RL_WIN RL_CAT(K4J_RNET_WIN, RL_W)
#define RL_LEAF_MAX RL_CAT(K4J_VLEAF_MAX, RL_W)
#define RL_LEAF RL_CAT(vleaf_b, RL_W)
#define RL_SORT RL_CAT(vsort_b, RL_W)
#define RL_BIAS RL_CAT(K4J_VBIAS, RL_W)
#define RL_TGT RL_CAT(K4J_RNET_TGT, RL_W)
#define RL_MAX_BITS 12

/* Keys carried as doubles (vleaf_d64, vsort.h) when the bucket's keys span less than 2^52:
 * only where the path has those networks, for 8-byte keys. */
#if RL_W == 64 && defined(K4J_HAVE_VLEAF_D64)
#define RL_DBL 1
#else
#define RL_DBL 0
#endif
#define RL_DBL_EXP UINT64_C(0x4330000000000000)
#define RL_DBL_LOW ((UINT64_C(1) << 52) - 1)

/* One leaf: dbl as for k4j_rnet_leaves. */
K4J_ALWAYS_INLINE void RL_CAT(k4j_rnet_leaf, RL_W)(RL_K *d, int64_t c, int dbl) {
#if RL_DBL
    if (dbl) {
        vleaf_d64(d, c);
        return;
    }
#endif
    (void)dbl;
    RL_LEAF(d, c);
}

/* dbl: the keys are carried as doubles (see k4j_rnet_level); they are then positive int64
 * too, in the same order, so the quicksort of a large sub-bucket (RL_SORT) sorts them as well. */
static void RL_CAT(k4j_rnet_leaves, RL_W)(RL_K *d, int64_t n, const int64_t *cnt, int nb, const RL_K *pf,
                                          int64_t npf, int dbl) {
    const int64_t line = 64 / (int64_t)sizeof(RL_K);
    const int64_t pfl = pf != NULL ? (npf + line - 1) / line : 0;
    int64_t start = 0, ws = 0; /* ws: where the open window starts */
    for (int b = 0; b < nb; b++) {
        if (b < pfl) __builtin_prefetch(pf + (int64_t)b * line, 0, 2);
        int64_t c = cnt[b];
        if (c > n - start) break; /* only if the keys changed between the passes */
        if (start + c - ws > RL_WIN) {
            if (start - ws > 1) RL_CAT(k4j_rnet_leaf, RL_W)(d + ws, start - ws, dbl);
            ws = start;
            if (c > RL_WIN) { /* alone */
                if (c > RL_LEAF_MAX) RL_SORT(d + start, c);
                else if (c > 1) RL_CAT(k4j_rnet_leaf, RL_W)(d + start, c, dbl);
                ws = start + c;
            }
        }
        start += c;
    }
    if (start - ws > 1) RL_CAT(k4j_rnet_leaf, RL_W)(d + ws, start - ws, dbl);
}

/* k4j_rnet_level<RL_W>(k, d, n, lo, hi, cnt, pf, npf): k[0, n) (lo <= every key <= hi)
 * sorted ascending into d[0, n), each key XOR K4J_VBIAS<RL_W> (the order the networks
 * of this path compare in); k is only read. One radix level by the top bits of key - lo
 * (the digits then span the keys' range, see plan_digit) into about n / K4J_RNET_TGT<RL_W>
 * sub-buckets (at most 2^12), then k4j_rnet_leaves; up to K4J_VLEAF_MAX<RL_W> keys go
 * straight to one network. cnt holds 2 * 2^12 int64. Whatever k holds, every digit is
 * masked into the counts, every write lands in d[0, n), and the sub-bucket ranges come
 * from the counts. */
static void RL_CAT(k4j_rnet_level, RL_W)(const RL_K *k, RL_K *d, int64_t n, RL_K lo, RL_K hi, int64_t *cnt,
                                         const RL_K *pf, int64_t npf) {
    /* Keys within 2^52 of lo travel as doubles (RL_DBL): d holds 0x4330... | (key - lo) while
     * sorting, biased keys after. Each key is masked to 52 bits, so whatever k holds by then
     * (another thread may write it), every carried value is a finite double. */
    const int dbl = RL_DBL && (RL_K)(hi - lo) <= (RL_K)RL_DBL_LOW;
    const RL_K sub = dbl ? lo : 0, keep = dbl ? (RL_K)RL_DBL_LOW : (RL_K)~(RL_K)0;
    const RL_K set = dbl ? (RL_K)RL_DBL_EXP : 0, flip = dbl ? 0 : RL_BIAS;
    if (n <= RL_LEAF_MAX) {
        for (int64_t i = 0; i < n; i++) d[i] = (((RL_K)(k[i] - sub) & keep) | set) ^ flip;
        if (n > 1) RL_CAT(k4j_rnet_leaf, RL_W)(d, n, dbl);
        if (dbl)
            for (int64_t i = 0; i < n; i++) d[i] = (RL_K)((d[i] & (RL_K)RL_DBL_LOW) + lo) ^ RL_BIAS;
        return;
    }
    const int h = hi > lo ? 63 - __builtin_clzll((unsigned long long)(RL_K)(hi - lo)) : 0;
    const int64_t q = n / RL_TGT;
    int bits = q < 2 ? 1 : 63 - __builtin_clzll((unsigned long long)q);
    bits = bits > RL_MAX_BITS ? RL_MAX_BITS : bits;
    bits = bits > h + 1 ? h + 1 : bits; /* the varying bits are all there is to split */
    const int shift = h + 1 - bits, nb = 1 << bits;
    const RL_K mask = (RL_K)((1u << bits) - 1u);
    int64_t *off = cnt + ((int64_t)1 << RL_MAX_BITS);
    memset(cnt, 0, sizeof(int64_t) * (size_t)nb);
    for (int64_t i = 0; i < n; i++) cnt[((RL_K)(k[i] - lo) >> shift) & mask]++;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) {
        off[b] = sum;
        sum += cnt[b];
    }
    for (int64_t i = 0; i < n; i++) {
        RL_K v = k[i];
        int64_t o = off[((RL_K)(v - lo) >> shift) & mask]++;
        if ((uint64_t)o < (uint64_t)n) d[o] = (((RL_K)(v - sub) & keep) | set) ^ flip;
    }
    RL_CAT(k4j_rnet_leaves, RL_W)(d, n, cnt, nb, pf, npf, dbl);
    if (dbl)
        for (int64_t i = 0; i < n; i++) d[i] = (RL_K)((d[i] & (RL_K)RL_DBL_LOW) + lo) ^ RL_BIAS;
}

#undef RL_CAT_
#undef RL_CAT
#undef RL_K
#undef RL_WIN
#undef RL_LEAF_MAX
#undef RL_LEAF
#undef RL_SORT
#undef RL_BIAS
#undef RL_TGT
#undef RL_DBL
#undef RL_DBL_EXP
#undef RL_DBL_LOW
#undef RL_MAX_BITS
#undef RL_W
