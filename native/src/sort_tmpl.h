/* The sort kernels of one dtype; included by sort.c once per dtype with
 *   K4J_T      the element type (double, float, int64_t, int32_t)
 *   K4J_SFX    its suffix in function names
 *   K4J_K      the unsigned key type of the same width
 *   K4J_KEY    bits -> sort key (bijective), K4J_UNKEY its inverse
 *   K4J_CANON  bits -> argsort key (NaNs equal, -0.0 equal to +0.0)
 * defined; they are undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)

_Static_assert(sizeof(K4J_T) == sizeof(K4J_K), "key and value have the same width");

K4J_ALWAYS_INLINE K4J_K K4J_LOCAL(bits_of)(const void *p) {
    K4J_K b;
    memcpy(&b, p, sizeof b);
    return b;
}

/* ---- comparison sorts on keys (small inputs) ----------------------------------- */

static void K4J_LOCAL(insertion_keys)(K4J_K *k, int64_t n) {
    for (int64_t i = 1; i < n; i++) {
        K4J_K v = k[i];
        int64_t j = i;
        while (j > 0 && k[j - 1] > v) {
            k[j] = k[j - 1];
            j--;
        }
        k[j] = v;
    }
}

/* Quicksort with a median-of-3 pivot, recursing into the smaller side (depth
 * <= log2 n). Only used for n <= K4J_SORT_CMP_MAX, so the quadratic worst case
 * is bounded by a constant. */
static void K4J_LOCAL(quick_keys)(K4J_K *k, int64_t n) {
    while (n > K4J_SORT_INSERTION_MAX) {
        K4J_K a = k[0], b = k[n / 2], c = k[n - 1];
        K4J_K p = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        int64_t i = 0, j = n - 1;
        for (;;) {
            while (k[i] < p) i++;
            while (k[j] > p) j--;
            if (i >= j) break;
            K4J_K t = k[i];
            k[i] = k[j];
            k[j] = t;
            i++;
            j--;
        }
        /* [0, j] <= p <= [j+1, n) */
        int64_t left = j + 1;
        if (left < n - left) {
            K4J_LOCAL(quick_keys)(k, left);
            k += left;
            n -= left;
        } else {
            K4J_LOCAL(quick_keys)(k + left, n - left);
            n = left;
        }
    }
    K4J_LOCAL(insertion_keys)(k, n);
}

/* Stable merge sort of (key, index) pairs, bottom-up, runs of 8 by insertion;
 * tk, ti: scratch of n each. Result in k, idx. */
static void K4J_LOCAL(merge_pairs)(K4J_K *k, int64_t *idx, K4J_K *tk, int64_t *ti, int64_t n) {
    for (int64_t s = 0; s < n; s += 8) {
        int64_t e = s + 8 < n ? s + 8 : n;
        for (int64_t i = s + 1; i < e; i++) {
            K4J_K v = k[i];
            int64_t w = idx[i];
            int64_t j = i;
            while (j > s && k[j - 1] > v) {
                k[j] = k[j - 1];
                idx[j] = idx[j - 1];
                j--;
            }
            k[j] = v;
            idx[j] = w;
        }
    }
    K4J_K *sk = k, *dk = tk;
    int64_t *si = idx, *di = ti;
    for (int64_t w = 8; w < n; w *= 2) {
        for (int64_t s = 0; s < n; s += 2 * w) {
            int64_t m = s + w < n ? s + w : n, e = s + 2 * w < n ? s + 2 * w : n;
            int64_t i = s, j = m, o = s;
            while (i < m && j < e) {
                if (sk[j] < sk[i]) { dk[o] = sk[j]; di[o++] = si[j++]; }
                else { dk[o] = sk[i]; di[o++] = si[i++]; }
            }
            while (i < m) { dk[o] = sk[i]; di[o++] = si[i++]; }
            while (j < e) { dk[o] = sk[j]; di[o++] = si[j++]; }
        }
        K4J_K *t = sk; sk = dk; dk = t;
        int64_t *u = si; si = di; di = u;
    }
    if (sk != k) {
        memcpy(k, sk, (size_t)n * sizeof *k);
        memcpy(idx, si, (size_t)n * sizeof *idx);
    }
}

/* ---- MSD radix sort ------------------------------------------------------------------
 *
 * Out of place between the array and a scratch of the same size. Each level
 * finds the bits the keys of its bucket share (min and max key: the common
 * prefix of min and max), takes the next `bits` bits below that prefix as the
 * digit (bits from the bucket size, 5..11, so buckets average 8-16 elements),
 * counts, and scatters stably into the other buffer; buckets of at most
 * K4J_SORT_CMP_MAX elements are finished by a comparison sort. Every level
 * consumes at least one varying bit, so the depth is at most 64. Only the
 * first level runs at memory speed on large inputs: the buckets below it fit
 * in cache, which is what makes this faster than a 6-pass LSD sort here.
 *
 * The recursion alternates buffers so that finished buckets always land in
 * the destination the caller asked for:
 *   into(src, dst):   data (keys) in src, result (elements) in dst, src clobbered
 *   inplace(a, tmp):  data (keys) in a, result (elements) in a, tmp clobbered */

#define K4J_MAX_DEPTH 16

/* Aim at ~2-4 elements per bucket; at most `maxbits` (the first level, which
 * streams through memory, scatters to fewer buckets than the in-cache levels). */
K4J_ALWAYS_INLINE int K4J_LOCAL(digit_bits)(int64_t n, int maxbits) {
    int lg = 63 - __builtin_clzll((unsigned long long)n);
    int b = lg - 1;
    return b < 5 ? 5 : b > maxbits ? maxbits : b;
}

K4J_ALWAYS_INLINE int K4J_LOCAL(top_bit)(K4J_K v) {
    return (int)(sizeof(K4J_K) == 8 ? 63 - __builtin_clzll((unsigned long long)v) : 31 - __builtin_clz((unsigned)v));
}

static void K4J_LOCAL(key_range)(const K4J_K *k, int64_t n, K4J_K *mn, K4J_K *mx) {
    K4J_K lo = k[0], hi = k[0];
    for (int64_t i = 1; i < n; i++) {
        K4J_K v = k[i];
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    *mn = lo;
    *mx = hi;
}

static void K4J_LOCAL(value_key_range)(const K4J_T *x, int64_t n, int canon, K4J_K *mn, K4J_K *mx) {
    K4J_K lo = (K4J_K)~(K4J_K)0, hi = 0;
    if (canon) {
        for (int64_t i = 0; i < n; i++) {
            K4J_K v = K4J_CANON(K4J_LOCAL(bits_of)(&x[i]));
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
    } else {
        for (int64_t i = 0; i < n; i++) {
            K4J_K v = K4J_KEY(K4J_LOCAL(bits_of)(&x[i]));
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
    }
    *mn = lo;
    *mx = hi;
}

/* Digit of key: (key >> shift) & mask; the bucket counts go to c. */
K4J_ALWAYS_INLINE void K4J_LOCAL(plan_digit)(K4J_K mn, K4J_K mx, int64_t n, int maxbits, int *shift, K4J_K *mask) {
    int h = K4J_LOCAL(top_bit)(mn ^ mx);
    int bits = K4J_LOCAL(digit_bits)(n, maxbits);
    *shift = h + 1 - bits > 0 ? h + 1 - bits : 0;
    *mask = (K4J_K)((1u << bits) - 1);
}

static void K4J_LOCAL(count_keys)(const K4J_K *k, int64_t n, int shift, K4J_K mask, int64_t *c) {
    for (int64_t i = 0; i < n; i++) c[(k[i] >> shift) & mask]++;
}

static void K4J_LOCAL(scatter_keys)(const K4J_K *src, K4J_K *dst, int64_t n, int shift, K4J_K mask, int64_t *off) {
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = src[i];
        dst[off[(v >> shift) & mask]++] = v;
    }
}

static void K4J_LOCAL(unkey_into)(const K4J_K *src, K4J_T *dst, int64_t n) {
    K4J_K *d = (K4J_K *)(void *)dst;
    for (int64_t i = 0; i < n; i++) d[i] = K4J_UNKEY(src[i]);
}

static void K4J_LOCAL(msd_inplace)(K4J_K *a, K4J_K *tmp, int64_t n, int64_t *counts);

static void K4J_LOCAL(msd_into)(K4J_K *src, K4J_K *dst, int64_t n, int64_t *counts) {
    if (n <= K4J_SORT_CMP_MAX) {
        K4J_LOCAL(quick_keys)(src, n);
        K4J_LOCAL(unkey_into)(src, (K4J_T *)(void *)dst, n);
        return;
    }
    K4J_K mn, mx, mask;
    int shift;
    K4J_LOCAL(key_range)(src, n, &mn, &mx);
    if (mn == mx) {
        K4J_LOCAL(unkey_into)(src, (K4J_T *)(void *)dst, n);
        return;
    }
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_LOCAL(count_keys)(src, n, shift, mask, counts);
    int64_t *off = counts + K4J_RADIX; /* the next level's counts start after ours */
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    K4J_LOCAL(scatter_keys)(src, dst, n, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(msd_inplace)(dst + start, src + start, len, counts + K4J_RADIX);
        start += len;
    }
}

static void K4J_LOCAL(msd_inplace)(K4J_K *a, K4J_K *tmp, int64_t n, int64_t *counts) {
    if (n <= K4J_SORT_CMP_MAX) {
        K4J_LOCAL(quick_keys)(a, n);
        K4J_LOCAL(unkey_into)(a, (K4J_T *)(void *)a, n);
        return;
    }
    K4J_K mn, mx, mask;
    int shift;
    K4J_LOCAL(key_range)(a, n, &mn, &mx);
    if (mn == mx) {
        K4J_LOCAL(unkey_into)(a, (K4J_T *)(void *)a, n);
        return;
    }
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_LOCAL(count_keys)(a, n, shift, mask, counts);
    int64_t *off = counts + K4J_RADIX;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    K4J_LOCAL(scatter_keys)(a, tmp, n, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(msd_into)(tmp + start, a + start, len, counts + K4J_RADIX);
        start += len;
    }
}

/* Counts: K4J_RADIX per level (at most 14 levels: each consumes >= 5 bits of a
 * 64-bit key), plus the offsets of the deepest. */
#define K4J_WORK_WORDS ((size_t)(K4J_MAX_DEPTH + 1) * K4J_RADIX)

static void K4J_LOCAL(small_sort)(K4J_T *x, int64_t n) {
    K4J_K *k = (K4J_K *)(void *)x; /* keys in place: same width, same memory */
    for (int64_t i = 0; i < n; i++) k[i] = K4J_KEY(K4J_LOCAL(bits_of)(&x[i]));
    K4J_LOCAL(quick_keys)(k, n);
    for (int64_t i = 0; i < n; i++) k[i] = K4J_UNKEY(k[i]);
}

static void K4J_LOCAL(radix_sort)(K4J_T *x, int64_t n, K4J_T *scratch, int64_t *counts) {
    K4J_K mn, mx, mask;
    int shift;
    K4J_LOCAL(value_key_range)(x, n, 0, &mn, &mx);
    if (mn == mx) return; /* every element has the same bits */
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_TOP_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    const K4J_K *xb = (const K4J_K *)(const void *)x;
    for (int64_t i = 0; i < n; i++) counts[(K4J_KEY(xb[i]) >> shift) & mask]++;
    int64_t *off = counts + K4J_RADIX;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    K4J_K *s = (K4J_K *)(void *)scratch;
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = K4J_KEY(xb[i]);
        s[off[(v >> shift) & mask]++] = v;
    }
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(msd_into)(s + start, (K4J_K *)(void *)(x + start), len, counts + K4J_RADIX);
        start += len;
    }
}

int32_t K4J_OP(sort_sort)(K4J_T *x, int64_t n, K4J_T *scratch) {
    if (n <= K4J_SORT_CMP_MAX) {
        K4J_LOCAL(small_sort)(x, n);
        return K4J_OK;
    }
    int64_t *counts = malloc(sizeof(int64_t) * K4J_WORK_WORDS);
    if (counts == NULL) return K4J_ENOMEM;
    if (scratch == NULL) {
        K4J_T buf[K4J_SORT_STACK_MAX];
        K4J_LOCAL(radix_sort)(x, n, buf, counts);
    } else {
        K4J_LOCAL(radix_sort)(x, n, scratch, counts);
    }
    free(counts);
    return K4J_OK;
}

/* ---- argsort: the same MSD recursion on (key, index) pairs ---------------------------
 *   arg_into:    pairs in (ks, is), result in (kd, id), source clobbered
 *   arg_inplace: pairs in (ka, ia), result there, (kt, it) clobbered
 * Scatters are sequential (stable) and the small sort is a stable merge sort,
 * so ties keep increasing index order. */

static void K4J_LOCAL(scatter_pairs)(const K4J_K *ks, const int64_t *is, K4J_K *kd, int64_t *id, int64_t n,
                                     int shift, K4J_K mask, int64_t *off) {
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = ks[i];
        int64_t o = off[(v >> shift) & mask]++;
        kd[o] = v;
        id[o] = is[i];
    }
}

static void K4J_LOCAL(arg_inplace)(K4J_K *ka, int64_t *ia, K4J_K *kt, int64_t *it, int64_t n, int64_t *counts);

static void K4J_LOCAL(arg_into)(K4J_K *ks, int64_t *is, K4J_K *kd, int64_t *id, int64_t n, int64_t *counts) {
    K4J_K mn, mx, mask;
    int shift;
    if (n > K4J_SORT_CMP_MAX) K4J_LOCAL(key_range)(ks, n, &mn, &mx);
    if (n <= K4J_SORT_CMP_MAX || mn == mx) {
        if (n <= K4J_SORT_CMP_MAX) K4J_LOCAL(merge_pairs)(ks, is, kd, id, n);
        memcpy(kd, ks, (size_t)n * sizeof *kd);
        memcpy(id, is, (size_t)n * sizeof *id);
        return;
    }
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_LOCAL(count_keys)(ks, n, shift, mask, counts);
    int64_t *off = counts + K4J_RADIX;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    K4J_LOCAL(scatter_pairs)(ks, is, kd, id, n, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(arg_inplace)(kd + start, id + start, ks + start, is + start, len, counts + K4J_RADIX);
        start += len;
    }
}

static void K4J_LOCAL(arg_inplace)(K4J_K *ka, int64_t *ia, K4J_K *kt, int64_t *it, int64_t n, int64_t *counts) {
    K4J_K mn, mx, mask;
    int shift;
    if (n <= K4J_SORT_CMP_MAX) {
        K4J_LOCAL(merge_pairs)(ka, ia, kt, it, n);
        return;
    }
    K4J_LOCAL(key_range)(ka, n, &mn, &mx);
    if (mn == mx) return;
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_LOCAL(count_keys)(ka, n, shift, mask, counts);
    int64_t *off = counts + K4J_RADIX;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    K4J_LOCAL(scatter_pairs)(ka, ia, kt, it, n, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(arg_into)(kt + start, it + start, ka + start, ia + start, len, counts + K4J_RADIX);
        start += len;
    }
}

/* k1, i1: scratch; result indices in out, sorted keys in k2. */
static void K4J_LOCAL(radix_argsort)(const K4J_T *x, int64_t n, int64_t base, int64_t *out, K4J_K *k2, K4J_K *k1,
                                     int64_t *i1, int64_t *counts) {
    K4J_K mn, mx, mask;
    int shift;
    K4J_LOCAL(value_key_range)(x, n, 1, &mn, &mx);
    if (mn == mx) {
        for (int64_t i = 0; i < n; i++) {
            out[i] = base + i;
            k2[i] = mn;
        }
        return;
    }
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_TOP_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    const K4J_K *xb = (const K4J_K *)(const void *)x;
    for (int64_t i = 0; i < n; i++) counts[(K4J_CANON(xb[i]) >> shift) & mask]++;
    int64_t *off = counts + K4J_RADIX;
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) { off[b] = sum; sum += counts[b]; }
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = K4J_CANON(xb[i]);
        int64_t o = off[(v >> shift) & mask]++;
        k1[o] = v;
        i1[o] = base + i;
    }
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > 0) K4J_LOCAL(arg_into)(k1 + start, i1 + start, k2 + start, out + start, len, counts + K4J_RADIX);
        start += len;
    }
}

int32_t K4J_OP(sort_argsort)(const K4J_T *x, int64_t n, int64_t base, int64_t *out, K4J_K *keys_out,
                             void *scratch) {
    if (n == 0) return K4J_OK;
    K4J_K sk[2 * K4J_SORT_STACK_MAX];
    int64_t si[K4J_SORT_STACK_MAX];
    K4J_K *k1, *k2;
    int64_t *i1;
    if (scratch == NULL) {
        k1 = sk;
        k2 = sk + K4J_SORT_STACK_MAX;
        i1 = si;
    } else {
        k1 = (K4J_K *)scratch;
        k2 = k1 + n;
        i1 = (int64_t *)(void *)(k2 + n);
    }
    if (keys_out != NULL) k2 = keys_out;
    if (n <= K4J_SORT_CMP_MAX) {
        for (int64_t i = 0; i < n; i++) {
            k2[i] = K4J_CANON(K4J_LOCAL(bits_of)(&x[i]));
            out[i] = base + i;
        }
        K4J_LOCAL(merge_pairs)(k2, out, k1, i1, n);
        return K4J_OK;
    }
    int64_t *counts = malloc(sizeof(int64_t) * K4J_WORK_WORDS);
    if (counts == NULL) return K4J_ENOMEM;
    K4J_LOCAL(radix_argsort)(x, n, base, out, k2, k1, i1, counts);
    free(counts);
    return K4J_OK;
}


/* ---- selection ----------------------------------------------------------------------------
 *
 * multiselect: quickselect on keys for every rank in ks[0, nk) (ascending),
 * Hoare partitions around a median-of-3 pivot, recursing on the side with
 * fewer ranks; after 2 log2(n) + 8 levels a range is heapsorted instead, which
 * bounds the worst case to O(n log n). Ranges of at most 16 are insertion
 * sorted. Every rank ends at its sorted position, everything left of a rank
 * is <= it and everything right >= it (NumPy's partition contract). */

static void K4J_LOCAL(sift_down)(K4J_K *a, int64_t i, int64_t n) {
    K4J_K v = a[i];
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

static void K4J_LOCAL(heapsort_keys)(K4J_K *a, int64_t n) {
    for (int64_t i = n / 2; i-- > 0;) K4J_LOCAL(sift_down)(a, i, n);
    for (int64_t e = n - 1; e > 0; e--) {
        K4J_K t = a[0];
        a[0] = a[e];
        a[e] = t;
        K4J_LOCAL(sift_down)(a, 0, e);
    }
}

/* ranks ks[0, nk) are absolute positions within a[0, n) */
static void K4J_LOCAL(multiselect)(K4J_K *a, int64_t lo, int64_t hi, const int64_t *ks, int64_t nk, int depth) {
    while (nk > 0 && hi - lo > 16) {
        if (depth-- == 0) {
            K4J_LOCAL(heapsort_keys)(a + lo, hi - lo);
            return;
        }
        int64_t n = hi - lo;
        K4J_K *k = a + lo;
        K4J_K x0 = k[0], x1 = k[n / 2], x2 = k[n - 1];
        K4J_K p = x0 < x1 ? (x1 < x2 ? x1 : (x0 < x2 ? x2 : x0)) : (x0 < x2 ? x0 : (x1 < x2 ? x2 : x1));
        int64_t i = 0, j = n - 1;
        for (;;) {
            while (k[i] < p) i++;
            while (k[j] > p) j--;
            if (i >= j) break;
            K4J_K t = k[i];
            k[i] = k[j];
            k[j] = t;
            i++;
            j--;
        }
        int64_t mid = lo + j + 1; /* [lo, mid) <= p <= [mid, hi) */
        int64_t split = 0;
        while (split < nk && ks[split] < mid) split++;
        if (split < nk - split) {
            K4J_LOCAL(multiselect)(a, lo, mid, ks, split, depth);
            lo = mid;
            ks += split;
            nk -= split;
        } else {
            K4J_LOCAL(multiselect)(a, mid, hi, ks + split, nk - split, depth);
            hi = mid;
            nk = split;
        }
    }
    if (nk > 0) K4J_LOCAL(insertion_keys)(a + lo, hi - lo);
}

K4J_ALWAYS_INLINE int K4J_LOCAL(depth_limit)(int64_t n) {
    return 2 * (64 - __builtin_clzll((unsigned long long)n | 1)) + 8;
}

static int K4J_LOCAL(ranks_sorted)(const int64_t *ks, int64_t nk) {
    for (int64_t j = 1; j < nk; j++)
        if (ks[j] < ks[j - 1]) return 0;
    return 1;
}

int32_t K4J_OP(sort_partition)(K4J_T *x, int64_t n, const int64_t *ks, int64_t nk) {
    if (!K4J_LOCAL(ranks_sorted)(ks, nk)) return K4J_EINVAL;
    K4J_K *k = (K4J_K *)(void *)x;
    for (int64_t i = 0; i < n; i++) k[i] = K4J_KEY(k[i]);
    K4J_LOCAL(multiselect)(k, 0, n, ks, nk, K4J_LOCAL(depth_limit)(n));
    for (int64_t i = 0; i < n; i++) k[i] = K4J_UNKEY(k[i]);
    return K4J_OK;
}

/* Radix select: one read for the key range, one to count a digit of up to
 * 13 bits below the common prefix, one to gather the keys of the buckets that
 * hold a requested rank into scratch; the ranks are then selected there. x is
 * only read. */
int32_t K4J_OP(sort_select)(const K4J_T *x, int64_t n, const int64_t *ks, int64_t nk, K4J_T *vals,
                            K4J_K *scratch) {
    if (!K4J_LOCAL(ranks_sorted)(ks, nk)) return K4J_EINVAL;
    if (nk == 0) return K4J_OK;
    K4J_K *v = (K4J_K *)(void *)vals;
    K4J_K mn, mx, mask;
    int shift;
    K4J_LOCAL(value_key_range)(x, n, 0, &mn, &mx);
    if (mn == mx) {
        for (int64_t j = 0; j < nk; j++) v[j] = K4J_UNKEY(mn);
        return K4J_OK;
    }
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    int64_t *counts = calloc((size_t)nb * 2, sizeof(int64_t));
    if (counts == NULL) return K4J_ENOMEM;
    int64_t *dest = counts + nb; /* scratch offset of each needed bucket, -1 if not needed */
    const K4J_K *xb = (const K4J_K *)(const void *)x;
    for (int64_t i = 0; i < n; i++) counts[(K4J_KEY(xb[i]) >> shift) & mask]++;
    for (int b = 0; b < nb; b++) dest[b] = -1;
    /* bucket start of each needed bucket; ranks are ascending so one sweep finds them */
    int64_t start = 0, filled = 0;
    int64_t j = 0;
    for (int b = 0; b < nb && j < nk; b++) {
        int64_t end = start + counts[b];
        if (ks[j] < end) {
            dest[b] = filled;
            filled += counts[b];
            while (j < nk && ks[j] < end) j++;
        }
        start = end;
    }
    int64_t *fill = malloc(sizeof(int64_t) * (size_t)nb);
    if (fill == NULL) {
        free(counts);
        return K4J_ENOMEM;
    }
    memcpy(fill, dest, sizeof(int64_t) * (size_t)nb);
    for (int64_t i = 0; i < n; i++) {
        K4J_K key = K4J_KEY(xb[i]);
        int64_t *f = &fill[(key >> shift) & mask];
        if (*f >= 0) scratch[(*f)++] = key;
    }
    free(fill);
    /* select each needed bucket's ranks inside its gathered keys */
    start = 0;
    j = 0;
    for (int b = 0; b < nb && j < nk; b++) {
        int64_t end = start + counts[b];
        if (dest[b] >= 0) {
            int64_t first = j;
            while (j < nk && ks[j] < end) j++;
            int64_t m = j - first;
            int64_t *local = malloc(sizeof(int64_t) * (size_t)m);
            if (local == NULL) {
                free(counts);
                return K4J_ENOMEM;
            }
            int64_t u = 0;
            for (int64_t q = first; q < j; q++) {
                int64_t r = dest[b] + (ks[q] - start);
                if (u == 0 || local[u - 1] != r) local[u++] = r;
            }
            K4J_LOCAL(multiselect)(scratch, dest[b], dest[b] + counts[b], local, u,
                                   K4J_LOCAL(depth_limit)(counts[b]));
            for (int64_t q = first; q < j; q++) v[q] = K4J_UNKEY(scratch[dest[b] + (ks[q] - start)]);
            free(local);
        }
        start = end;
    }
    free(counts);
    return K4J_OK;
}

/* ---- merges (two-worker sorts) ------------------------------------------------------ */

/* The number of elements of a among the first k of the stable merge of a and b
 * (ties: a first), by binary search on the co-rank. ka/kb hold keys. */
static int64_t K4J_LOCAL(corank)(const K4J_K *ka, int64_t na, const K4J_K *kb, int64_t nb, int64_t k, int values) {
    int64_t lo = k > nb ? k - nb : 0, hi = k < na ? k : na;
    while (lo < hi) {
        int64_t i = lo + (hi - lo) / 2; /* take i from a, k - i from b */
        int64_t j = k - i;
        /* too few from a if a[i] <= b[j-1] (a wins ties) */
        K4J_K ai = values ? K4J_KEY(ka[i]) : ka[i];
        K4J_K bj = values ? K4J_KEY(kb[j - 1]) : kb[j - 1];
        if (j > 0 && i < na && ai <= bj) lo = i + 1;
        else hi = i;
    }
    return lo;
}

int64_t K4J_OP(sort_corank)(const K4J_T *a, int64_t na, const K4J_T *b, int64_t nb, int64_t k) {
    return K4J_LOCAL(corank)((const K4J_K *)(const void *)a, na, (const K4J_K *)(const void *)b, nb, k, 1);
}

int64_t K4J_OP(sort_keycorank)(const K4J_K *ka, int64_t na, const K4J_K *kb, int64_t nb, int64_t k) {
    return K4J_LOCAL(corank)(ka, na, kb, nb, k, 0);
}

int32_t K4J_OP(sort_merge)(const K4J_T *a, int64_t na, const K4J_T *b, int64_t nb, K4J_T *out) {
    const K4J_K *ka = (const K4J_K *)(const void *)a, *kb = (const K4J_K *)(const void *)b;
    K4J_K *ko = (K4J_K *)(void *)out;
    int64_t i = 0, j = 0, o = 0;
    if (na > 0 && nb > 0) {
        K4J_K x = K4J_KEY(ka[0]), y = K4J_KEY(kb[0]);
        for (;;) {
            if (y < x) {
                ko[o++] = kb[j++];
                if (j == nb) break;
                y = K4J_KEY(kb[j]);
            } else {
                ko[o++] = ka[i++];
                if (i == na) break;
                x = K4J_KEY(ka[i]);
            }
        }
    }
    if (i < na) memcpy(ko + o, ka + i, (size_t)(na - i) * sizeof *ko), o += na - i;
    if (j < nb) memcpy(ko + o, kb + j, (size_t)(nb - j) * sizeof *ko);
    return K4J_OK;
}

int32_t K4J_OP(sort_argmerge)(const K4J_K *ka, const int64_t *ia, int64_t na, const K4J_K *kb, const int64_t *ib,
                              int64_t nb, int64_t *out) {
    int64_t i = 0, j = 0, o = 0;
    while (i < na && j < nb) {
        if (kb[j] < ka[i]) out[o++] = ib[j++];
        else out[o++] = ia[i++];
    }
    if (i < na) memcpy(out + o, ia + i, (size_t)(na - i) * sizeof *out), o += na - i;
    if (j < nb) memcpy(out + o, ib + j, (size_t)(nb - j) * sizeof *out);
    return K4J_OK;
}

#undef K4J_WORK_WORDS
#undef K4J_MAX_DEPTH
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_K
#undef K4J_KEY
#undef K4J_UNKEY
#undef K4J_CANON
