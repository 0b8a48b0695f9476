/* The radix level in cache and the sorts of its sub-buckets (sort.c, included once per key
 * width RL_W, 64 or 32, where the path has networks of that width). Both serve rnet_into
 * (sort_tmpl.h: a bucket's keys) and argsort's packed words (arg_packed, 64 bits).
 *
 * k4j_rnet_leaves<RL_W>(d, n, cnt, nb, pf, npf, dbl, shift, lo) sorts d[0, n), whose cnt[0, nb)
 * sub-buckets lie in order of their keys; pf[0, npf) (or NULL) are the next
 * bucket's keys, one line of which is prefetched into L2 per sub-bucket (see
 * rnet_into). With K4J_RNET_WIN<RL_W> > 0, consecutive sub-buckets are sorted
 * together as one window of at most that many keys: every key of a sub-bucket is
 * below every key of the next, so the window sorted is its sub-buckets sorted, and
 * most windows take the same network instead of one of several sizes chosen by an
 * unpredictable branch; a sub-bucket larger than a window is sorted alone. The
 * counts are checked against n: whatever they hold, every sort stays inside
 * d[0, n).
 *
 * Keys as doubles (AVX2, 8-byte keys: K4J_HAVE_VLEAF_D64). AVX2 has no 64-bit integer
 * minimum or maximum, so its networks compare 64-bit keys with a compare and two blends;
 * doubles take one vminpd and one vmaxpd. A key whose distance t from a base is below 2^52
 * travels as the double with bits 0x4330000000000000 | t (that is 2^52 + t: finite, positive
 * and ordered exactly as t). A sub-bucket spans 2^shift of key distance, so when shift <= 52
 * each window (its sub-buckets from wb on, at most 2^(52 - shift) of them) is sorted as
 * doubles of the distance from wb's lowest possible key (k4j_rnet_leaves with dbl). Every carried
 * value is masked to 52 bits first, so whatever the keys hold by then (another thread may
 * write them), it is a finite double and every key is written back once, in place. */

#define RL_CAT_(a, w) a##w
#define RL_CAT(a, w) RL_CAT_(a, w)
#define RL_K RL_CAT(RL_CAT(uint, RL_W), _t)
#define RL_WIN RL_CAT(K4J_RNET_WIN, RL_W)
#define RL_CAT3_(a, w, c) a##w##c
#define RL_CAT3(a, w, c) RL_CAT3_(a, w, c)
#define RL_WIN_MAX RL_CAT3(K4J_RNET_WIN, RL_W, _MAX) /* a constant bound of RL_WIN */
#define RL_LEAF_MAX RL_CAT(K4J_VLEAF_MAX, RL_W)
#define RL_LEAF RL_CAT(vleaf_b, RL_W)
#define RL_SORT RL_CAT(vsort_b, RL_W)
#define RL_BIAS RL_CAT(K4J_VBIAS, RL_W)
#define RL_TGT RL_CAT(K4J_RNET_TGT, RL_W)
#define RL_MAX_BITS 12

#if RL_W == 64 && defined(K4J_HAVE_VLEAF_D64)
#define RL_DBL 1
#else
#define RL_DBL 0
#endif
#define RL_DBL_LOW ((UINT64_C(1) << 52) - 1)
_Static_assert(RL_WIN_MAX <= RL_LEAF_MAX, "a window is sorted by one network");

/* Sorts one window or lone sub-bucket d[0, c) of k4j_rnet_leaves. dbl: d holds distances
 * from lo, sorted as doubles of their distance from lo + base and written back as biased
 * keys (c = 1 too); else d holds biased keys. By one network, or by the quicksort (on
 * biased keys) when c > RL_LEAF_MAX. */
K4J_ALWAYS_INLINE void RL_CAT(k4j_rnet_run, RL_W)(RL_K *d, int64_t c, int dbl, RL_K base, RL_K lo) {
#if RL_DBL
    if (dbl) {
        if (c <= RL_LEAF_MAX) {
            vleaf_d64(d, c, base, base + lo);
            return;
        }
        for (int64_t i = 0; i < c; i++) d[i] = (d[i] + lo) ^ RL_BIAS;
    }
#endif
    (void)dbl;
    (void)base;
    (void)lo;
    if (c > RL_LEAF_MAX) RL_SORT(d, c);
    else if (c > 1) RL_LEAF(d, c);
}

/* dbl (keys as doubles, see above): d holds distances from lo and sub-bucket b spans
 * [b << shift, (b + 1) << shift), shift <= 52; a window then holds at most 2^(52 - shift)
 * sub-buckets, so that it spans less than 2^52. Either way every key leaves biased. */
static void RL_CAT(k4j_rnet_leaves, RL_W)(RL_K *d, int64_t n, const int64_t *cnt, int nb, const RL_K *pf,
                                          int64_t npf, int dbl, int shift, RL_K lo) {
    const int64_t line = 64 / (int64_t)sizeof(RL_K);
    const int64_t pfl = pf != NULL ? (npf + line - 1) / line : 0;
    const int64_t span = !dbl ? INT64_MAX : shift >= 52 ? 1 : (int64_t)1 << (52 - shift > 30 ? 30 : 52 - shift);
#define RL_BASE(sb) (dbl ? (RL_K)((uint64_t)(sb) << shift) : 0)
    int64_t start = 0, ws = 0; /* ws: where the open window starts, wb its first sub-bucket */
    int wb = 0;
    for (int b = 0; b < nb; b++) {
        if (b < pfl) __builtin_prefetch(pf + (int64_t)b * line, 0, 2);
        int64_t c = cnt[b];
        if (c > n - start) break; /* only if the keys changed between the passes */
        if (start + c - ws > RL_WIN || b - wb >= span) {
            RL_CAT(k4j_rnet_run, RL_W)(d + ws, start - ws, dbl, RL_BASE(wb), lo);
            ws = start;
            wb = b;
            if (c > RL_WIN) { /* alone */
                RL_CAT(k4j_rnet_run, RL_W)(d + start, c, dbl, RL_BASE(b), lo);
                ws = start + c;
                wb = b + 1;
            }
        }
        start += c;
    }
    RL_CAT(k4j_rnet_run, RL_W)(d + ws, start - ws, dbl, RL_BASE(wb), lo);
#undef RL_BASE
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
    if (n <= RL_LEAF_MAX) {
        const int dbl = RL_DBL && (RL_K)(hi - lo) <= (RL_K)RL_DBL_LOW;
        const RL_K sub = dbl ? lo : 0, flip = dbl ? 0 : RL_BIAS;
        for (int64_t i = 0; i < n; i++) d[i] = (RL_K)(k[i] - sub) ^ flip;
        RL_CAT(k4j_rnet_run, RL_W)(d, n, dbl, 0, lo);
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
    /* as doubles (RL_DBL) the keys are scattered as their distance from lo */
    const int dbl = RL_DBL && shift <= 52;
    const RL_K sub = dbl ? lo : 0, flip = dbl ? 0 : RL_BIAS;
    for (int64_t i = 0; i < n; i++) {
        RL_K v = k[i];
        int64_t o = off[((RL_K)(v - lo) >> shift) & mask]++;
        if ((uint64_t)o < (uint64_t)n) d[o] = (RL_K)(v - sub) ^ flip;
    }
    RL_CAT(k4j_rnet_leaves, RL_W)(d, n, cnt, nb, pf, npf, dbl, shift, lo);
}

#undef RL_CAT_
#undef RL_CAT
#undef RL_K
#undef RL_WIN
#undef RL_WIN_MAX
#undef RL_CAT3_
#undef RL_CAT3
#undef RL_LEAF_MAX
#undef RL_LEAF
#undef RL_SORT
#undef RL_BIAS
#undef RL_TGT
#undef RL_DBL
#undef RL_DBL_LOW
#undef RL_MAX_BITS
#undef RL_W
