/* A vectorised quicksort of unsigned keys, included by vsort.h once per key
 * width and vector ISA with
 *   VS_SFX        suffix of the function names (u64, u32)
 *   VS_K          the key type; VS_V the vector type; VS_W lanes per vector
 *   VS_ONES       a vector of the largest key (padding of partial vectors)
 *   VS_LOWEST     a vector of the smallest key
 *   VS_SET1(k)    broadcast
 *   VS_LOADU(p)   unaligned load of VS_W keys
 *   VS_LOADN(p,c) load of the first c keys (c < VS_W), the others VS_ONES
 *   VS_LOADN_PAD(p,c,pad) the same with the other lanes from the vector pad
 *   VS_STOREU(p,v)   store of VS_W keys
 *   VS_STOREN(p,v,c) store of the first c lanes of v (no other memory written)
 *   VS_GT(v, p)   lane bitmask (unsigned): lane of v > lane of p
 *   VS_MIN, VS_MAX   lane-wise (unsigned)
 *   VS_XOR_PERM(v, c) lane l of the result is lane l ^ c of v (c < VS_W)
 *   VS_BLEND(m, a, b) lane l from b where bit l of the constant m is set, else from a
 *   VS_PACK_LO(v, m) the lanes of v selected by bitmask m, in order, in the low lanes
 *   VS_SPLIT(v, m)   optional: the lanes not in m, in order, in the low lanes and
 *                 those in m, in order, in the high lanes: the partition's main loop then
 *                 stores whole vectors, one permute for both sides (else masked stores)
 *   VS_REDUCE_MIN(v), VS_REDUCE_MAX(v)  the smallest / largest lane
 *   VS_TRANSPOSE(r), VS_COLSORT, VS_COLSORT_N  optional: a transpose of VS_W vectors (lane l
 *                 of r[v] to lane v of r[l]) and a sorting network on VS_W inputs (pairs of
 *                 indices, VS_COLSORT_N of them), with which vs_network makes its first runs
 * defined; undefined again at the end. With VS_NETWORK_ONLY defined, only the networks
 * (vs_small and its sizes) are made, and only the macros they use are needed.
 *
 * Quicksort: a pivot (median of a sorted sample vector), an in-place
 * partition by compress-and-store (every store position from the popcount of
 * the comparison mask of the same loaded vector, so whatever another thread
 * writes meanwhile, every store lands inside the range), recursion into the
 * smaller side; ranges of at most VS_BASE keys are sorted in registers by a
 * bitonic network on up to 16 vectors (partial vectors padded with the
 * largest key, which sorts last and is not stored), whose first stages are
 * column sorts and a transpose where the instantiation defines VS_TRANSPOSE. A range whose keys all
 * sit on one side of the pivot is split at its maximum instead (the keys equal
 * to it go right and are already in place), so few distinct keys cost one
 * pass each. After 2 log2(n) + 8 levels a range is heapsorted: O(n log n)
 * whatever the keys. */

#define VS_F(name) K4J_PASTE(name, VS_SFX)
/* VS_XPARAMS / VS_XARGS: optional extra parameters of the networks (", type name" and
 * ", name"), which the instantiation's load and store macros may use. */
#ifndef VS_XPARAMS
#define VS_XPARAMS
#define VS_XARGS
#define VS_X_DEFAULTED 1
#endif
#ifndef VS_MAXNV
#define VS_MAXNV 16
#endif
#define VS_BASE (VS_MAXNV * VS_W)
#define VS_LGW (VS_W == 4 ? 2 : VS_W == 8 ? 3 : 4)

/* ---- the sorting network --------------------------------------------------------- */

/* Lanes l with (l & j) != 0 (j < VS_W): they take the larger of a pair. */
#define VS_HIMASK(j)                                                                   \
    ((unsigned)((j) == 1 ? 0xAAAAu : (j) == 2 ? 0xCCCCu : (j) == 4 ? 0xF0F0u : 0xFF00u) & \
     (unsigned)((1u << VS_W) - 1u))

/* compare lane l with lane l ^ j of the same vector */
#define VS_INSTEP(x, j) VS_BLEND(VS_HIMASK(j), VS_MIN((x), VS_XOR_PERM((x), (j))), VS_MAX((x), VS_XOR_PERM((x), (j))))
/* compare lane l with lane l ^ (k - 1): the first step of merging runs of k/2 */
#define VS_INFLIP(x, k) VS_BLEND(VS_HIMASK((k) / 2), VS_MIN((x), VS_XOR_PERM((x), (k) - 1)), VS_MAX((x), VS_XOR_PERM((x), (k) - 1)))

/* Sorts the nv * VS_W keys of r (nv a power of two, 1..16) ascending, in
 * lane order of r[0], r[1], ... Bitonic: for each run length k, a flip step
 * (i against i ^ (k - 1)) then half-cleaners (i against i ^ j, j = k/4 .. 1),
 * the smaller key always to the lower position. */
K4J_ALWAYS_INLINE void VS_F(vs_network)(VS_V *r, const int nv) {
    /* Additive loop counters (log2 of k and j) so that gcc unrolls every loop
     * completely once nv is a constant: the whole network then works in
     * registers with constant blend masks. (With k *= 2 and j /= 2 it kept the
     * loops, and r[] on the stack, reloaded on every step.) */
    const int lgn = VS_LGW + __builtin_ctz((unsigned)nv); /* nv is a power of two */
    int lk0 = 1;
#ifdef VS_TRANSPOSE
    /* With at least VS_W vectors, the runs of VS_W keys are made without a permute until
     * the transpose: in each block of VS_W vectors, every lane is sorted down the block's
     * vectors by VS_COLSORT_N compare-exchanges of whole vectors (VS_COLSORT, Batcher's
     * odd-even merge sort), then the block is transposed, so that each vector holds one
     * sorted column. The merges below then start at runs of 2 VS_W. This replaces the first
     * log2(VS_W) stages, log2(VS_W) (log2(VS_W) + 1) / 2 steps of a permute, a blend, a min
     * and a max per vector (for 16 lanes: 640 operations per block, against 126 and the
     * transpose's 64). */
    if (nv >= VS_W) {
#pragma GCC unroll 16
        for (int b = 0; b < nv; b += VS_W) {
#pragma GCC unroll 64
            for (int c = 0; c < VS_COLSORT_N; c++) {
                const int x = VS_COLSORT[c][0] + b, y = VS_COLSORT[c][1] + b;
                VS_V lo = VS_MIN(r[x], r[y]), hi = VS_MAX(r[x], r[y]);
                r[x] = lo;
                r[y] = hi;
            }
            VS_TRANSPOSE(r + b);
        }
        lk0 = VS_LGW + 1;
    }
#endif
#pragma GCC unroll 16
    for (int lk = lk0; lk <= lgn; lk++) {
        const int k = 1 << lk;
        if (k <= VS_W) {
#pragma GCC unroll 16
            for (int v = 0; v < nv; v++) r[v] = VS_INFLIP(r[v], k);
        } else {
            const int kv = k / VS_W;
#pragma GCC unroll 16
            for (int v = 0; v < nv; v++) {
                int p = v ^ (kv - 1);
                if (p > v) {
                    VS_V rb = VS_XOR_PERM(r[p], VS_W - 1);
                    VS_V lo = VS_MIN(r[v], rb), hi = VS_MAX(r[v], rb);
                    r[v] = lo;
                    r[p] = VS_XOR_PERM(hi, VS_W - 1);
                }
            }
        }
#pragma GCC unroll 16
        for (int lj = lk - 2; lj >= 0; lj--) {
            const int j = 1 << lj;
            if (j >= VS_W) {
                const int jv = j / VS_W;
#pragma GCC unroll 16
                for (int v = 0; v < nv; v++) {
                    int p = v ^ jv;
                    if (p > v) {
                        VS_V lo = VS_MIN(r[v], r[p]), hi = VS_MAX(r[v], r[p]);
                        r[v] = lo;
                        r[p] = hi;
                    }
                }
            } else {
#pragma GCC unroll 16
                for (int v = 0; v < nv; v++) r[v] = VS_INSTEP(r[v], j);
            }
        }
    }
}

/* Sorts a[0, n), n <= nv * VS_W, through nv registers. */
K4J_ALWAYS_INLINE void VS_F(vs_small_nv)(VS_K *a, int64_t n, const int nv VS_XPARAMS) {
    VS_V r[16];
#pragma GCC unroll 16
    for (int v = 0; v < nv; v++) {
        int64_t rem = n - (int64_t)v * VS_W;
        r[v] = rem >= VS_W ? VS_LOADU(a + v * VS_W) : rem > 0 ? VS_LOADN(a + v * VS_W, (int)rem) : VS_ONES;
    }
    VS_F(vs_network)(r, nv);
#pragma GCC unroll 16
    for (int v = 0; v < nv; v++) {
        int64_t rem = n - (int64_t)v * VS_W;
        if (rem >= VS_W) VS_STOREU(a + v * VS_W, r[v]);
        else if (rem > 0) VS_STOREN(a + v * VS_W, r[v], (int)rem);
    }
}

static __attribute__((noinline)) void VS_F(vs_small1)(VS_K *a, int64_t n VS_XPARAMS) {
    VS_F(vs_small_nv)(a, n, 1 VS_XARGS);
}
static __attribute__((noinline)) void VS_F(vs_small2)(VS_K *a, int64_t n VS_XPARAMS) {
    VS_F(vs_small_nv)(a, n, 2 VS_XARGS);
}
static __attribute__((noinline)) void VS_F(vs_small4)(VS_K *a, int64_t n VS_XPARAMS) {
    VS_F(vs_small_nv)(a, n, 4 VS_XARGS);
}
static __attribute__((noinline)) void VS_F(vs_small8)(VS_K *a, int64_t n VS_XPARAMS) {
    VS_F(vs_small_nv)(a, n, 8 VS_XARGS);
}
#if VS_MAXNV > 8
static __attribute__((noinline)) void VS_F(vs_small16)(VS_K *a, int64_t n VS_XPARAMS) {
    VS_F(vs_small_nv)(a, n, 16 VS_XARGS);
}
#endif

/* a[0, n), n <= VS_BASE (n <= 1: nothing, not even the loads and stores) */
static void VS_F(vs_small)(VS_K *a, int64_t n VS_XPARAMS) {
    if (n <= 1) return;
    if (n <= VS_W) VS_F(vs_small1)(a, n VS_XARGS);
    else if (n <= 2 * VS_W) VS_F(vs_small2)(a, n VS_XARGS);
    else if (n <= 4 * VS_W) VS_F(vs_small4)(a, n VS_XARGS);
#if VS_MAXNV > 8
    else if (n <= 8 * VS_W) VS_F(vs_small8)(a, n VS_XARGS);
    else VS_F(vs_small16)(a, n VS_XARGS);
#else
    else VS_F(vs_small8)(a, n VS_XARGS);
#endif
}

#ifndef VS_NETWORK_ONLY /* the networks alone (vs_small*): no quicksort */

/* ---- partition ------------------------------------------------------------------- */

/* Keys > pivot to the right, the others to the left, in place; returns the
 * size of the left part. n >= 2 * VS_W * VS_U.
 *
 * The first and last VS_U vectors are loaded up front, which frees 2 VS_U
 * vectors of room; then each step loads a vector from the side with less
 * room (so the side it writes to has room for a whole vector) and stores its
 * left keys at the left cursor and its right keys below the right cursor.
 * Room never runs out: the free places always number 2 VS_U vectors, split
 * between the two sides. At the end the free places form one gap of exactly
 * 2 VS_U vectors, which the saved vectors fill. */
#ifndef VS_U
#define VS_U 4
#endif

/* full: store whole vectors, which is safe in the main loop, where both sides
 * have room for a whole vector at every store (the lanes past the count land
 * in places already read, and are overwritten later) */
K4J_ALWAYS_INLINE void VS_F(vs_emit)(VS_K *a, int64_t *l, int64_t *r, VS_V v, VS_V pv, const int full) {
    unsigned m = VS_GT(v, pv);
    int nr = __builtin_popcount(m), nl = VS_W - nr;
#ifdef VS_SPLIT
    if (full) {
        /* one permute: left keys in the low lanes, right keys in the high lanes */
        VS_V p = VS_SPLIT(v, m);
        VS_STOREU(a + *l, p);
        VS_STOREU(a + *r - VS_W, p);
    } else
#elif defined(VS_EXPAND_HI)
    /* left keys compressed to the low lanes, right keys to the high lanes */
    if (full) {
        VS_STOREU(a + *l, VS_PACK_LO(v, (~m) & ((1u << VS_W) - 1u)));
        VS_STOREU(a + *r - VS_W, VS_EXPAND_HI(VS_PACK_LO(v, m), nr));
    } else
#else
    (void)full;
#endif
    {
        VS_STOREN(a + *l, VS_PACK_LO(v, (~m) & ((1u << VS_W) - 1u)), nl);
        VS_STOREN(a + *r - nr, VS_PACK_LO(v, m), nr);
    }
    *l += nl;
    *r -= nr;
}

static int64_t VS_F(vs_partition)(VS_K *a, int64_t n, VS_K pivot) {
    const VS_V pv = VS_SET1(pivot);
    VS_V saved_l[VS_U], saved_r[VS_U];
    for (int u = 0; u < VS_U; u++) {
        saved_l[u] = VS_LOADU(a + u * VS_W);
        saved_r[u] = VS_LOADU(a + n - (u + 1) * VS_W);
    }
    int64_t rl = VS_U * VS_W, rr = n - VS_U * VS_W; /* unread: [rl, rr) */
    int64_t l = 0, r = n;                             /* written: [0, l) and [r, n) */
    while (rr - rl >= VS_U * VS_W) {
        VS_V v[VS_U];
        if (rl - l <= r - rr) {
            for (int u = 0; u < VS_U; u++) v[u] = VS_LOADU(a + rl + u * VS_W);
            rl += VS_U * VS_W;
        } else {
            rr -= VS_U * VS_W;
            for (int u = 0; u < VS_U; u++) v[u] = VS_LOADU(a + rr + u * VS_W);
        }
        for (int u = 0; u < VS_U; u++) VS_F(vs_emit)(a, &l, &r, v[u], pv, 1);
    }
    /* fewer than VS_U vectors unread: whole vectors then a partial one, each
     * read before anything is written over it (the room on both sides adds
     * up to 2 VS_U vectors, and each step frees what it writes) */
    while (rr - rl > 0) {
        int64_t c = rr - rl < VS_W ? rr - rl : VS_W;
        VS_V v;
        if (rl - l <= r - rr) {
            v = c == VS_W ? VS_LOADU(a + rl) : VS_LOADN_PAD(a + rl, (int)c, pv);
            rl += c;
        } else {
            rr -= c;
            v = c == VS_W ? VS_LOADU(a + rr) : VS_LOADN_PAD(a + rr, (int)c, pv);
        }
        /* a partial vector is padded with the pivot, which does not go right */
        unsigned m = VS_GT(v, pv);
        unsigned ml = (~m) & ((1u << c) - 1u);
        int nr = __builtin_popcount(m), nl = (int)c - nr;
        VS_STOREN(a + l, VS_PACK_LO(v, ml), nl);
        VS_STOREN(a + r - nr, VS_PACK_LO(v, m), nr);
        l += nl;
        r -= nr;
    }
    for (int u = 0; u < VS_U; u++) {
        VS_F(vs_emit)(a, &l, &r, saved_l[u], pv, 0);
        VS_F(vs_emit)(a, &l, &r, saved_r[u], pv, 0);
    }
    return l;
}

/* The smallest and largest key of a[0, n), n >= 1: only needed when a
 * partition left every key on one side, so it is not tracked by the
 * partition itself (on AVX2 the 64-bit min/max are three instructions each). */
static void VS_F(vs_range)(const VS_K *a, int64_t n, VS_K *kmin, VS_K *kmax) {
    VS_V vmin = VS_SET1(a[0]), vmax = vmin;
    int64_t i = 0;
    for (; i + VS_W <= n; i += VS_W) {
        VS_V v = VS_LOADU(a + i);
        vmin = VS_MIN(vmin, v);
        vmax = VS_MAX(vmax, v);
    }
    if (i < n) {
        VS_V v = VS_LOADN_PAD(a + i, (int)(n - i), vmin);
        vmin = VS_MIN(vmin, v);
        vmax = VS_MAX(vmax, v);
    }
    *kmin = VS_REDUCE_MIN(vmin);
    *kmax = VS_REDUCE_MAX(vmax);
}

/* ---- quicksort ------------------------------------------------------------------- */

static void VS_F(vs_sift)(VS_K *a, int64_t i, int64_t n) {
    VS_K v = a[i];
    for (;;) {
        int64_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && a[c + 1] > a[c]) c++;
        if (a[c] <= v) break;
        a[i] = a[c];
        i = c;
    }
    a[i] = v;
}

/* The fallback when the depth budget runs out: O(n log n), every index below n. */
static void VS_F(vs_heapsort)(VS_K *a, int64_t n) {
    for (int64_t i = n / 2; i-- > 0;) VS_F(vs_sift)(a, i, n);
    for (int64_t e = n - 1; e > 0; e--) {
        VS_K t = a[0];
        a[0] = a[e];
        a[e] = t;
        VS_F(vs_sift)(a, 0, e);
    }
}

/* The median of VS_W keys spread over a[0, n). */
static VS_K VS_F(vs_pivot)(const VS_K *a, int64_t n) {
    VS_K s[VS_W];
    int64_t step = n / VS_W;
    for (int i = 0; i < VS_W; i++) s[i] = a[(int64_t)i * step + step / 2];
    VS_V r[1] = {VS_LOADU(s)};
    VS_F(vs_network)(r, 1);
    VS_STOREU(s, r[0]);
    return s[VS_W / 2];
}

static void VS_F(vs_quick)(VS_K *a, int64_t n, int depth) {
    while (n > VS_BASE) {
        if (depth-- <= 0) {
            VS_F(vs_heapsort)(a, n);
            return;
        }
        VS_K pivot = VS_F(vs_pivot)(a, n);
        int64_t nl = VS_F(vs_partition)(a, n, pivot);
        if (nl == n || nl == 0) {
            VS_K kmin, kmax;
            VS_F(vs_range)(a, n, &kmin, &kmax);
            if (kmin == kmax) return; /* all equal (as read): sorted */
            /* every key on one side: split below the maximum; the keys equal
             * to it go right, where they are in place */
            nl = VS_F(vs_partition)(a, n, kmax - 1);
            n = nl;
            continue;
        }
        if (nl < n - nl) {
            VS_F(vs_quick)(a, nl, depth);
            a += nl;
            n -= nl;
        } else {
            VS_F(vs_quick)(a + nl, n - nl, depth);
            n = nl;
        }
    }
    VS_F(vs_small)(a, n);
}

/* Sorts a[0, n) ascending. */
static void VS_F(vsort)(VS_K *a, int64_t n) {
    int lg = 63 - __builtin_clzll((unsigned long long)(n | 1));
    VS_F(vs_quick)(a, n, 2 * lg + 8);
}

#endif /* VS_NETWORK_ONLY */

#ifdef VS_X_DEFAULTED
#undef VS_XPARAMS
#undef VS_XARGS
#undef VS_X_DEFAULTED
#endif
#undef VS_F
#undef VS_BASE
#undef VS_LGW
#undef VS_HIMASK
#undef VS_INSTEP
#undef VS_INFLIP
#undef VS_U
