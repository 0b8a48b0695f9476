/* The sub-buckets of a radix level in cache, sorted in place (sort.c, included once
 * per key width RL_W, 64 or 32, where the path has networks of that width):
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

static void RL_CAT(k4j_rnet_leaves, RL_W)(RL_K *d, int64_t n, const int64_t *cnt, int nb, const RL_K *pf,
                                          int64_t npf) {
    const int64_t line = 64 / (int64_t)sizeof(RL_K);
    const int64_t pfl = pf != NULL ? (npf + line - 1) / line : 0;
    int64_t start = 0, ws = 0; /* ws: where the open window starts */
    for (int b = 0; b < nb; b++) {
        if (b < pfl) __builtin_prefetch(pf + (int64_t)b * line, 0, 2);
        int64_t c = cnt[b];
        if (c > n - start) break; /* only if the keys changed between the passes */
        if (start + c - ws > RL_WIN) {
            if (start - ws > 1) RL_LEAF(d + ws, start - ws);
            ws = start;
            if (c > RL_WIN) { /* alone */
                if (c > RL_LEAF_MAX) RL_SORT(d + start, c);
                else if (c > 1) RL_LEAF(d + start, c);
                ws = start + c;
            }
        }
        start += c;
    }
    if (start - ws > 1) RL_LEAF(d + ws, start - ws);
}

#undef RL_CAT_
#undef RL_CAT
#undef RL_K
#undef RL_WIN
#undef RL_LEAF_MAX
#undef RL_LEAF
#undef RL_SORT
#undef RL_W
