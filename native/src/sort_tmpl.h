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

/* Insertion sort in which a key moves back at most `reach` places: a full
 * sort when no key is further than that from its place, and O(reach * n)
 * whatever the contents (so a buffer another thread keeps rewriting cannot
 * make it quadratic). */
static void K4J_LOCAL(insertion_keys_near)(K4J_K *k, int64_t n, int64_t reach) {
    for (int64_t i = 1; i < n; i++) {
        K4J_K v = k[i];
        int64_t j = i, lim = i > reach ? i - reach : 0;
        while (j > lim && k[j - 1] > v) {
            k[j] = k[j - 1];
            j--;
        }
        k[j] = v;
    }
}

/* Buckets of at most this many keys are left to one insertion pass over the
 * whole level once its larger buckets are sorted: with every key already in
 * its bucket, a key only moves past the few others of its own bucket (fewer
 * than K4J_LEAF places). */
#define K4J_LEAF 16

/* After a radix level most buckets hold one to three keys. Two branch-free
 * bubble passes (each a run of adjacent compare-exchanges with the larger key
 * carried along) sort every bucket of up to three keys without a single
 * mispredicted branch; the insertion pass that follows then finds almost
 * nothing to move. Compare-exchanges never unsort anything and never move a
 * key out of its bucket, so this is correct for any input whose buckets of
 * more than K4J_LEAF keys are sorted. */
static void K4J_LOCAL(finish_keys)(K4J_K *a, int64_t n) {
    for (int pass = 0; pass < 2 && n > 1; pass++) {
        K4J_K c = a[0];
        for (int64_t i = 1; i < n; i++) {
            K4J_K v = a[i];
            a[i - 1] = c < v ? c : v;
            c = c < v ? v : c;
        }
        a[n - 1] = c;
    }
    K4J_LOCAL(insertion_keys_near)(a, n, K4J_LEAF);
}

#if !K4J_USE_VSORT
/* Quicksort with a median-of-3 pivot, recursing into the smaller side (depth
 * <= log2 n). Only used for n <= K4J_SORT_CMP_MAX, so the quadratic worst case
 * is bounded by a constant. It runs on small_sort's stack copy of the keys;
 * its scans are bounded all the same. */
static void K4J_LOCAL(quick_keys)(K4J_K *k, int64_t n) {
    while (n > K4J_SORT_INSERTION_MAX) {
        K4J_K a = k[0], b = k[n / 2], c = k[n - 1];
        K4J_K p = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        int64_t i = 0, j = n - 1;
        for (;;) {
            while (i < n - 1 && k[i] < p) i++;
            while (j > 0 && k[j] > p) j--;
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
#endif

/* Heapsort: O(n log n) whatever the keys, every index bounded by n even when
 * another thread rewrites a meanwhile. The fallback wherever a recursion runs
 * out of its depth budget. */
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

/* The same on (key, index) pairs; not stable (callers restore the order of ties). */
static void K4J_LOCAL(sift_down_pairs)(K4J_K *a, int64_t *ia, int64_t i, int64_t n) {
    K4J_K v = a[i];
    int64_t w = ia[i];
    for (;;) {
        int64_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && a[c + 1] > a[c]) c++;
        if (a[c] <= v) break;
        a[i] = a[c];
        ia[i] = ia[c];
        i = c;
    }
    a[i] = v;
    ia[i] = w;
}

static void K4J_LOCAL(heapsort_pairs)(K4J_K *a, int64_t *ia, int64_t n) {
    for (int64_t i = n / 2; i-- > 0;) K4J_LOCAL(sift_down_pairs)(a, ia, i, n);
    for (int64_t e = n - 1; e > 0; e--) {
        K4J_K t = a[0];
        int64_t u = ia[0];
        a[0] = a[e];
        ia[0] = ia[e];
        a[e] = t;
        ia[e] = u;
        K4J_LOCAL(sift_down_pairs)(a, ia, 0, e);
    }
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
 *   inplace(a, tmp):  data (keys) in a, result (elements) in a, tmp clobbered
 *
 * Memory safety when another thread writes these buffers during the call
 * (dst is the caller's array in sort and sort_buckets): a level's buckets are
 * laid out from its own count, every scatter write is checked against the end
 * of its output, and the recursion has a fixed budget of levels (the counters
 * of level L live at work + L * K4J_RADIX). Unchanged keys never need more
 * than 13 levels (each consumes at least 5 of at most 64 bits); keys that keep
 * changing could, so a range that reaches level K4J_MAX_DEPTH + 1 is
 * heapsorted instead. Whatever the contents, every index stays in its buffer;
 * only the order of the result is then unspecified. */

#define K4J_MAX_DEPTH 16

/* Aim at about one key per bucket (the insertion pass then has little to do);
 * at most `maxbits`. */
K4J_ALWAYS_INLINE int K4J_LOCAL(digit_bits)(int64_t n, int maxbits) {
    int lg = 63 - __builtin_clzll((unsigned long long)n);
    int b = lg + K4J_DIGIT_EXTRA;
    return b < 5 ? 5 : b > maxbits ? maxbits : b;
}

K4J_ALWAYS_INLINE int K4J_LOCAL(top_bit)(K4J_K v) {
    return (int)(sizeof(K4J_K) == 8 ? 63 - __builtin_clzll((unsigned long long)v) : 31 - __builtin_clz((unsigned)v));
}

/* The smallest and largest of k[0, n), n >= 1. In four quarters at once: four independent
 * minimum and maximum chains instead of one, whose latency (on AVX2, 64-bit keys take a
 * compare and a blend per step) bounded the loop. Measured on an Intel Xeon (Sapphire Rapids
 * class), bucket sorts of a 10^7 sort on the AVX2 path: float64 5.83-5.90 -> 5.42-5.60 ns per
 * key, int64 5.76-5.84 -> 5.45-5.52; AVX-512 and 32-bit keys unchanged. */
static void K4J_LOCAL(key_range)(const K4J_K *k, int64_t n, K4J_K *mn, K4J_K *mx) {
    K4J_K lo = k[0], hi = k[0];
    int64_t i = 1;
    const int64_t q = n / 4;
    if (q >= 16) {
        K4J_K l0 = lo, l1 = lo, l2 = lo, l3 = lo, h0 = hi, h1 = hi, h2 = hi, h3 = hi;
        const K4J_K *a = k, *b = k + q, *c = k + 2 * q, *d = k + 3 * q;
        for (int64_t j = 0; j < q; j++) {
            K4J_K va = a[j], vb = b[j], vc = c[j], vd = d[j];
            l0 = va < l0 ? va : l0;
            h0 = va > h0 ? va : h0;
            l1 = vb < l1 ? vb : l1;
            h1 = vb > h1 ? vb : h1;
            l2 = vc < l2 ? vc : l2;
            h2 = vc > h2 ? vc : h2;
            l3 = vd < l3 ? vd : l3;
            h3 = vd > h3 ? vd : h3;
        }
        l0 = l1 < l0 ? l1 : l0;
        l2 = l3 < l2 ? l3 : l2;
        lo = l2 < l0 ? l2 : l0;
        h0 = h1 > h0 ? h1 : h0;
        h2 = h3 > h2 ? h3 : h2;
        hi = h2 > h0 ? h2 : h0;
        i = 4 * q;
    }
    for (; i < n; i++) {
        K4J_K v = k[i];
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    *mn = lo;
    *mx = hi;
}

/* Digit of a key in [mn, mx]: ((key - mn) >> shift) & mask (K4J_DIGIT). Taken from
 * key - mn rather than from the key, so that the 2^bits digits cover [mn, mx] and more
 * than half of them hold keys; the bits below the common prefix of mn and mx can span
 * twice the range or more (a range crossing a multiple of a larger power of two),
 * which left a quarter or fewer of the digits in use for about half of the ranges
 * of uniform data. A sub-range then spans less than 2^shift, so each level still
 * consumes at least `bits` bits. The mask keeps any key, even one that changed
 * since the range was taken, inside the counts. */
#define K4J_DIGIT(v, base, shift, mask) ((int64_t)(((K4J_K)((v) - (base)) >> (shift)) & (mask)))
K4J_ALWAYS_INLINE void K4J_LOCAL(plan_digit)(K4J_K mn, K4J_K mx, int64_t n, int maxbits, int *shift, K4J_K *mask) {
    int h = K4J_LOCAL(top_bit)((K4J_K)(mx - mn));
    int bits = K4J_LOCAL(digit_bits)(n, maxbits);
    *shift = h + 1 - bits > 0 ? h + 1 - bits : 0;
    *mask = (K4J_K)((1u << bits) - 1);
}

static void K4J_LOCAL(count_keys)(const K4J_K *k, int64_t n, K4J_K base, int shift, K4J_K mask, int64_t *c) {
    for (int64_t i = 0; i < n; i++) c[K4J_DIGIT(k[i], base, shift, mask)]++;
}

/* counts[0, mask] of the digit K4J_DIGIT(key) over k[0, n), and off[] their
 * exclusive prefix sums: where each digit's keys start in a stable scatter. */
static void K4J_LOCAL(count_offsets)(const K4J_K *k, int64_t n, K4J_K base, int shift, K4J_K mask, int64_t *counts,
                                     int64_t *off) {
    int nb = (int)mask + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_LOCAL(count_keys)(k, n, base, shift, mask, counts);
    int64_t sum = 0;
    for (int b = 0; b < nb; b++) {
        off[b] = sum;
        sum += counts[b];
    }
}

/* off from a count of src; a write beyond dst[n) (src changed since that count) is dropped. */
static void K4J_LOCAL(scatter_keys)(const K4J_K *src, K4J_K *dst, int64_t n, K4J_K base, int shift, K4J_K mask,
                                    int64_t *off) {
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = src[i];
        int64_t o = off[K4J_DIGIT(v, base, shift, mask)]++;
        if (__builtin_expect((uint64_t)o < (uint64_t)n, 1)) dst[o] = v;
    }
}

static void K4J_LOCAL(msd_keys_inplace)(K4J_K *a, K4J_K *tmp, int64_t n, int64_t *work, int level);

#define K4J_LEVEL_COUNTS(work, level) ((work) + (size_t)(level) * K4J_RADIX)

/* One level: count and scatter src -> dst by the digit below the common
 * prefix; buckets above K4J_LEAF recursed (in dst, src as their scratch);
 * then the insertion pass. */
static void K4J_LOCAL(msd_level)(K4J_K *src, K4J_K *dst, int64_t n, int64_t *work, int level, K4J_K mn, K4J_K mx) {
    K4J_K mask;
    int shift;
    int64_t *counts = K4J_LEVEL_COUNTS(work, level);
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    int64_t *off = counts + K4J_RADIX; /* the next level's counts start after ours */
    K4J_LOCAL(count_offsets)(src, n, mn, shift, mask, counts, off);
    K4J_LOCAL(scatter_keys)(src, dst, n, mn, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > K4J_LEAF) K4J_LOCAL(msd_keys_inplace)(dst + start, src + start, len, work, level + 1);
        start += len;
    }
    K4J_LOCAL(finish_keys)(dst, n);
}

/* Keys of src sorted into dst; src clobbered. */
static void K4J_LOCAL(msd_keys_into)(K4J_K *src, K4J_K *dst, int64_t n, int64_t *work, int level) {
    K4J_K mn, mx;
    if (n > K4J_LEAF && level <= K4J_MAX_DEPTH) {
        K4J_LOCAL(key_range)(src, n, &mn, &mx);
        if (mn != mx) {
            K4J_LOCAL(msd_level)(src, dst, n, work, level, mn, mx);
            return;
        }
    }
    memcpy(dst, src, sizeof(K4J_K) * (size_t)n);
    if (n <= K4J_LEAF) K4J_LOCAL(insertion_keys)(dst, n);
    else if (level > K4J_MAX_DEPTH) K4J_LOCAL(heapsort_keys)(dst, n);
    /* else all equal: sorted */
}

/* Keys of a sorted in place; tmp (n keys) clobbered. */
static void K4J_LOCAL(msd_keys_inplace)(K4J_K *a, K4J_K *tmp, int64_t n, int64_t *work, int level) {
    K4J_K mn, mx;
    if (n > K4J_LEAF) {
        if (level > K4J_MAX_DEPTH) {
            K4J_LOCAL(heapsort_keys)(a, n);
            return;
        }
        K4J_LOCAL(key_range)(a, n, &mn, &mx);
        if (mn == mx) return;
        memcpy(tmp, a, sizeof(K4J_K) * (size_t)n);
        K4J_LOCAL(msd_level)(tmp, a, n, work, level, mn, mx);
        return;
    }
    K4J_LOCAL(insertion_keys)(a, n);
}

/* Counts: K4J_RADIX per level (at most 14 levels: each consumes >= 5 bits of a
 * 64-bit key), plus the offsets of the deepest. */
#define K4J_WORK_WORDS ((size_t)(K4J_MAX_DEPTH + 1) * K4J_RADIX)

/* k[i] = the sort key of x[i] (x and k may be the same memory). */
static void K4J_LOCAL(keys_of)(const K4J_T *x, int64_t n, K4J_K *k) {
    for (int64_t i = 0; i < n; i++) k[i] = K4J_KEY(K4J_LOCAL(bits_of)(&x[i]));
}

/* d[i] = the element (as its bits) whose key is k[i]. */
static void K4J_LOCAL(unkey_to)(const K4J_K *k, K4J_K *d, int64_t n) {
    for (int64_t i = 0; i < n; i++) d[i] = K4J_UNKEY(k[i]);
}

/* n <= K4J_SORT_CMP_MAX: the keys are sorted in a stack copy, which no other
 * thread can write (quick_keys trusts its pivots), and written back. */
static void K4J_LOCAL(small_sort)(K4J_T *x, int64_t n) {
    K4J_K k[K4J_SORT_CMP_MAX];
    K4J_LOCAL(keys_of)(x, n, k);
#if K4J_USE_VSORT
    K4J_VSORT(k, n);
#else
    K4J_LOCAL(quick_keys)(k, n);
#endif
    K4J_LOCAL(unkey_to)(k, (K4J_K *)(void *)x, n);
}

/* ---- the first level, as passes a caller can split -----------------------------------
 *
 * A large sort is: plan (a sample fixes the bucketing), count (a histogram of
 * bucket numbers), scatter (each key to its bucket: offsets from the counts),
 * then every bucket sorted on its own (sort_buckets). count and scatter read
 * x once each, in any pieces: the counts of pieces add up, and a piece
 * scattered with offsets advanced by the counts of the pieces before it puts
 * every key where a single call would (so ties keep index order: argsort is
 * stable). Buckets are independent, so workers can take them in any order.
 *
 * The bucket of a key is a non-decreasing function of the key, so bucket j
 * holds exactly the keys between those of buckets j-1 and j+1. Two kinds
 * (plan[0]):
 *   0  key bits: min((key - base) >> shift, B - 1), 0 below base;
 *   1  value (floats): the value mapped linearly from [vmin, vmax] onto
 *      [0, B): (v - vmin) * scale truncated, clamped to [0, B - 1]; NaN to
 *      B - 1. IEEE subtraction and multiplication by a positive constant are
 *      monotone, so the order of buckets is the order of values; -0.0 and
 *      +0.0 share a bucket (the bucket sort then orders them by key).
 * The plan picks the kind whose buckets are the more even on the sample:
 * uniform data is spread evenly by value (key bits pile it up in the top
 * binades), data spanning many binades by key bits. Either way every key
 * lands in a valid bucket, whatever the sample missed: outliers go to the
 * end buckets, which the bucket sort handles like any other. */

#if K4J_FLOATING
#define K4J_KEY_INF K4J_KEY(K4J_INF_BITS)
#endif

typedef struct {
    int kind, bits, canon, shift;
    K4J_K base;
    int64_t top;
    double vmin, scale, topd;
} K4J_LOCAL(plan_t);

/* The dispatcher validated the plan; it is read again here, once, and every
 * field that sizes or indexes anything is clamped to its valid range, so a
 * plan rewritten in between cannot steer a bucket number outside the counts. */
static K4J_LOCAL(plan_t) K4J_LOCAL(plan_decode)(const int64_t *plan) {
    K4J_LOCAL(plan_t) p;
    int64_t bits = plan[1], shift = plan[3];
    p.kind = plan[0] == 1;
    p.bits = (int)(bits < 1 ? 1 : bits > K4J_SORT_PLAN_MAX_BITS ? K4J_SORT_PLAN_MAX_BITS : bits);
    p.canon = plan[2] == 1;
    p.shift = (int)(shift < 0 ? 0 : shift >= 8 * (int64_t)sizeof(K4J_K) ? 8 * (int64_t)sizeof(K4J_K) - 1 : shift);
    p.base = (K4J_K)(uint64_t)plan[4];
    memcpy(&p.vmin, &plan[5], sizeof p.vmin);
    memcpy(&p.scale, &plan[6], sizeof p.scale);
    p.top = ((int64_t)1 << p.bits) - 1;
    p.topd = (double)p.top;
    return p;
}

K4J_ALWAYS_INLINE K4J_K K4J_LOCAL(key_of)(const K4J_T *x, int64_t i, int canon) {
    K4J_K b = K4J_LOCAL(bits_of)(&x[i]);
    return canon ? K4J_CANON(b) : K4J_KEY(b);
}

K4J_ALWAYS_INLINE int64_t K4J_LOCAL(bucket_of_key)(K4J_K k, K4J_K base, int shift, int64_t top) {
    K4J_K u = k >= base ? (K4J_K)(k - base) : 0;
    uint64_t d = (uint64_t)(u >> shift);
    return d > (uint64_t)top ? top : (int64_t)d;
}

K4J_ALWAYS_INLINE int64_t K4J_LOCAL(bucket_of_value)(double v, double vmin, double scale, double topd, int64_t top) {
    double f = (v - vmin) * scale;
    if (f >= 0) return f < topd ? (int64_t)f : top;
    return v != v ? top : 0;
}

/* The bucket count tried on the sample when choosing the kind. */
#define K4J_PLAN_TRIAL_BITS 10
#define K4J_PLAN_SAMPLE 4096

#if K4J_FLOATING
/* Sum of squared bucket counts of the sample: the expected work of the
 * buckets below; lower is better. */
static uint64_t K4J_LOCAL(plan_cost)(const K4J_K *keys, int64_t s, const int64_t *plan) {
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
    int drop = p.bits > K4J_PLAN_TRIAL_BITS ? p.bits - K4J_PLAN_TRIAL_BITS : 0;
    uint32_t c[1 << K4J_PLAN_TRIAL_BITS];
    memset(c, 0, sizeof c);
    for (int64_t j = 0; j < s; j++) {
        int64_t d;
        if (p.kind == 1) {
            K4J_T v;
            K4J_K b = K4J_UNKEY(keys[j]); /* a canonical key of a number is its sort key */
            memcpy(&v, &b, sizeof v);
            d = keys[j] > K4J_KEY_INF ? p.top : K4J_LOCAL(bucket_of_value)((double)v, p.vmin, p.scale, p.topd, p.top);
        } else
            d = K4J_LOCAL(bucket_of_key)(keys[j], p.base, p.shift, p.top);
        c[d >> drop]++;
    }
    uint64_t cost = 0;
    for (int j = 0; j < (1 << K4J_PLAN_TRIAL_BITS); j++) cost += (uint64_t)c[j] * c[j];
    return cost;
}
#endif

int32_t K4J_OP(sort_plan)(const K4J_T *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan) {
    if (bits <= 0) bits = K4J_OP(sort_bits)(n, canon); /* argsort (canon): its pairs' rule */
#if K4J_FLOATING
    K4J_K keys[K4J_PLAN_SAMPLE];
#endif
    int64_t s = n < K4J_PLAN_SAMPLE ? n : K4J_PLAN_SAMPLE;
    int64_t step = s > 0 ? n / s : 1;
    K4J_K lo = (K4J_K)~(K4J_K)0, hi = 0;
    int64_t m = 0;
    for (int64_t j = 0; j < s; j++) {
        K4J_K k = K4J_LOCAL(key_of)(x, j * step, canon);
#if K4J_FLOATING
        keys[j] = k;
#endif
#if K4J_FLOATING
        if (k > K4J_KEY_INF) continue; /* NaN: always the top bucket */
#endif
        lo = k < lo ? k : lo;
        hi = k > hi ? k : hi;
        m++;
    }
    if (m == 0) lo = hi = 0;
    memset(plan, 0, sizeof(int64_t) * K4J_SORT_PLAN_WORDS);
    plan[1] = bits;
    plan[2] = canon;
    plan[4] = (int64_t)(uint64_t)lo;
    K4J_K range = (K4J_K)(hi - lo);
    int width = range == 0 ? 0 : K4J_LOCAL(top_bit)(range) + 1;
    plan[3] = width > bits ? width - bits : 0;
#if K4J_FLOATING
    if (m > 1) {
        K4J_T a, b;
        K4J_K ab = K4J_UNKEY(lo), bb = K4J_UNKEY(hi);
        memcpy(&a, &ab, sizeof a);
        memcpy(&b, &bb, sizeof b);
        double vmin = (double)a, vmax = (double)b, span = vmax - vmin;
        double scale = (double)((int64_t)1 << bits) / span;
        /* block_keys maps in K4J_T: the span and scale must be finite there too */
        const double tmax = sizeof(K4J_T) == 4 ? (double)__FLT_MAX__ : __DBL_MAX__;
        if (span > 0 && span <= tmax && scale > 0 && scale <= tmax) {
            int64_t lin[K4J_SORT_PLAN_WORDS];
            memcpy(lin, plan, sizeof lin);
            lin[0] = 1;
            memcpy(&lin[5], &vmin, sizeof vmin);
            memcpy(&lin[6], &scale, sizeof scale);
            if (K4J_LOCAL(plan_cost)(keys, s, lin) < K4J_LOCAL(plan_cost)(keys, s, plan)) memcpy(plan, lin, sizeof lin);
        }
    }
#endif
    return K4J_OK;
}

/* Keys and buckets of a block of x, without branches, so that the compiler
 * vectorizes it (the consumers then run a scalar loop over the block).
 * Returns the number of NaNs in the block (0 for integers). */
#define K4J_BLOCK 256

K4J_ALWAYS_INLINE int64_t K4J_LOCAL(block_keys)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t m, K4J_K *kb,
                                                int32_t *db, const int keys) {
    int64_t nan = 0;
    const K4J_K base = p->base;
    const int shift = p->shift;
    const int64_t top = p->top;
#if K4J_FLOATING
    if (p->kind == 1) {
        /* In the element's own precision: float lanes are twice as many as double ones,
         * and rounding is monotone in either (the plan keeps the scale finite in it). */
        const K4J_T vmin = (K4J_T)p->vmin, scale = (K4J_T)p->scale, topd = (K4J_T)p->topd;
        const int32_t topi = (int32_t)top;
        /* f clamped to [0, topd] by selects (a NaN f gives 0), then NaN values to the top */
#define K4J_LINEAR_BODY(KEYFN)                                      \
        for (int64_t j = 0; j < m; j++) {                           \
            K4J_K b = K4J_LOCAL(bits_of)(&x[j]);                    \
            if (keys) kb[j] = KEYFN(b);                             \
            K4J_T v = x[j];                                         \
            K4J_T f = (v - vmin) * scale;                           \
            K4J_T g = f > 0 ? f : (K4J_T)0;                         \
            g = g < topd ? g : topd;                                \
            int32_t d = (int32_t)g;                                 \
            int32_t isnan = v != v;                                 \
            db[j] = isnan ? topi : d;                               \
            nan += isnan;                                           \
        }
        if (p->canon) {
#pragma omp simd reduction(+ : nan)
            K4J_LINEAR_BODY(K4J_CANON)
        } else {
#pragma omp simd reduction(+ : nan)
            K4J_LINEAR_BODY(K4J_KEY)
        }
#undef K4J_LINEAR_BODY
        return nan;
    }
    if (p->canon) {
#pragma omp simd reduction(+ : nan)
        for (int64_t j = 0; j < m; j++) {
            K4J_K k = K4J_CANON(K4J_LOCAL(bits_of)(&x[j]));
            if (keys) kb[j] = k;
            K4J_K u = k >= base ? (K4J_K)(k - base) : 0;
            K4J_K d = (K4J_K)(u >> shift);
            db[j] = d > (K4J_K)top ? (int32_t)top : (int32_t)d;
            nan += k > K4J_KEY_INF;
        }
        return nan;
    }
#endif
#pragma omp simd reduction(+ : nan)
    for (int64_t j = 0; j < m; j++) {
        K4J_K k = K4J_KEY(K4J_LOCAL(bits_of)(&x[j]));
        if (keys) kb[j] = k;
        K4J_K u = k >= base ? (K4J_K)(k - base) : 0;
        K4J_K d = (K4J_K)(u >> shift);
        db[j] = d > (K4J_K)top ? (int32_t)top : (int32_t)d;
#if K4J_FLOATING
        nan += k > K4J_KEY_INF;
#endif
    }
    return nan;
}

/* `EACH(i, k, d)` for every element: its index, key and bucket; nan gets the NaN count.
 * The first block is shortened so that the later ones start on a 64-byte line of x (a
 * Java array's elements start 16 bytes into a line, and vector loads across two lines
 * cost more); which elements a block holds changes nothing else. The next block's lines
 * are prefetched first: the hardware prefetcher alone left the count pass of 10^7 keys
 * waiting on memory (Intel SPR-class Xeon, C harness, medians of 4-5 alternated runs:
 * count int32 on AVX2 1.10 -> 0.59 ns per key, float64 1.16-1.17 -> 0.89-0.98, int64 on
 * AVX-512 1.31 -> 0.77; the scatter 0.1-0.2 faster). */
#define K4J_FOR_BUCKETS_K(p, x, n, nanvar, EACH, KEYS)                                            \
    do {                                                                                          \
        K4J_K kb_[K4J_BLOCK];                                                                     \
        int32_t db_[K4J_BLOCK];                                                                   \
        int64_t m_ = K4J_BLOCK - (int64_t)(((uintptr_t)(x) & 63u) / sizeof(K4J_T));             \
        for (int64_t b0_ = 0; b0_ < (n); b0_ += m_, m_ = K4J_BLOCK) {                            \
            m_ = (n) - b0_ < m_ ? (n) - b0_ : m_;                                                 \
            if (b0_ + m_ + K4J_BLOCK <= (n))                                                      \
                for (int64_t q_ = 0; q_ < K4J_BLOCK; q_ += 64 / (int64_t)sizeof(K4J_T))          \
                    __builtin_prefetch((x) + b0_ + m_ + q_, 0, 3);                                \
            nanvar += K4J_LOCAL(block_keys)(&(p), (x) + b0_, m_, kb_, db_, KEYS);                \
            for (int64_t j_ = 0; j_ < m_; j_++) {                                                 \
                int64_t i = b0_ + j_;                                                             \
                (void)i;                                                                          \
                EACH(i, kb_[j_], db_[j_]);                                                        \
            }                                                                                     \
        }                                                                                         \
    } while (0)
#define K4J_FOR_BUCKETS(p, x, n, nanvar, EACH) K4J_FOR_BUCKETS_K(p, x, n, nanvar, EACH, 1)

int64_t K4J_OP(sort_count)(const K4J_T *x, int64_t n, const int64_t *plan, int64_t *counts) {
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
    int64_t nan = 0;
#define K4J_COUNT_EACH(i, k, d) ((void)(k), counts[d]++)
    K4J_FOR_BUCKETS_K(p, x, n, nan, K4J_COUNT_EACH, 0);
#undef K4J_COUNT_EACH
    return nan;
}

/* The scatters trust no count: the offsets come from a count pass over x that
 * another thread may have changed since, or from anywhere. A cursor is
 * advanced for every element, but a key is only written when its cursor lies
 * in [0, cap); the rest are dropped (unsigned arithmetic: any int64 offset is
 * fine). With the counts of the same data every cursor stays in range and
 * nothing is dropped. One compare and a predicted branch per element. */
#define K4J_IN_CAP(o, cap) __builtin_expect((uint64_t)(o) < (uint64_t)(cap), 1)
#define K4J_NEXT(o) ((int64_t)((uint64_t)(o) + 1u))

#if K4J_SORT_HAVE_WC
#define K4J_WC_W (64 / (int)sizeof(K4J_K))
/* keys of a bucket's write-combining block: K4J_WC_LINES lines (sort.c) */
#define K4J_WC_B (K4J_WC_W * K4J_WC_LINES)

/* Slots [0, m) of a line starting at position l, key by key: only those at or after
 * c0 and inside [0, cap). */
static void K4J_LOCAL(wc_keys)(const K4J_K *line, int64_t m, K4J_K *dst, int64_t cap, uint64_t l, int64_t c0) {
    for (int64_t j = 0; j < m; j++) {
        uint64_t q = l + (uint64_t)j;
        if ((int64_t)q >= c0 && K4J_IN_CAP(q, cap)) dst[q] = line[j];
    }
}

/* The keys of positions [l, l + W) (one aligned line of dst, gathered in `line`): the
 * whole line by one non-temporal store, or key by key (sort.c, k4j_wc_whole). */
K4J_ALWAYS_INLINE void K4J_LOCAL(wc_flush)(const K4J_K *line, K4J_K *dst, int64_t cap, uint64_t l, int64_t c0) {
    if (k4j_wc_whole(l, c0, cap, K4J_WC_W)) k4j_stream_line(dst + l, line);
    else K4J_LOCAL(wc_keys)(line, K4J_WC_W, dst, cap, l, c0);
}

/* sort_scatter through write-combining blocks of K4J_WC_LINES lines (sort.c,
 * k4j_sort_wc). A position's slot in its bucket's block comes from dst's address, so a
 * full block is K4J_WC_LINES aligned lines of dst. A block's lines are flushed when its
 * last slot fills (each whole by one non-temporal store, or key by key, see wc_flush);
 * the partly filled blocks are written key by key at the end of the run, so the run
 * leaves dst as the plain scatter does (lines shared with a neighbouring bucket or
 * another run's stretch are only written in the slots this run filled).
 *
 * A run may come in pieces (sort_scatter_piece: a heap array is read in short
 * calls): buf (nb blocks) and c0 (each bucket's cursor where the run began) then live
 * in the caller's state between the calls. `first` sets c0 from the offsets; `last`
 * writes the partly filled blocks. Whatever buf and c0 hold (the caller's memory), a
 * write lands in dst[0, cap) or nowhere: c0 only decides whether a line goes whole or
 * key by key, and both check cap. */
static void K4J_LOCAL(scatter_wc_run)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t *offsets,
                                      K4J_K *dst, int64_t cap, K4J_K *buf, int64_t *c0, int first, int last) {
    const int64_t nb = (int64_t)1 << p->bits;
    if (first) memcpy(c0, offsets, (size_t)nb * sizeof(int64_t));
    const uint64_t a = (uint64_t)((uintptr_t)dst / sizeof(K4J_K)) & (K4J_WC_B - 1);
    int64_t nan = 0;
#define K4J_WC_EACH(i, k, d)                                                             \
    do {                                                                                 \
        int64_t o_ = offsets[d];                                                         \
        offsets[d] = K4J_NEXT(o_);                                                       \
        uint64_t s_ = ((uint64_t)o_ + a) & (K4J_WC_B - 1);                               \
        K4J_K *blk_ = buf + (int64_t)(d) * K4J_WC_B;                                     \
        blk_[s_] = (k);                                                                  \
        if (s_ == K4J_WC_B - 1)                                                          \
            for (int q_ = 0; q_ < K4J_WC_LINES; q_++)                                    \
                K4J_LOCAL(wc_flush)(blk_ + q_ * K4J_WC_W, dst, cap,                      \
                                    (uint64_t)o_ - (K4J_WC_B - 1) + (uint64_t)(q_ * K4J_WC_W), c0[d]); \
    } while (0)
    K4J_FOR_BUCKETS(*p, x, n, nan, K4J_WC_EACH);
#undef K4J_WC_EACH
    (void)nan;
    if (last) {
        for (int64_t b = 0; b < nb; b++) {
            uint64_t cur = (uint64_t)offsets[b];
            uint64_t s = (cur + a) & (K4J_WC_B - 1); /* slots of the open block filled */
            K4J_LOCAL(wc_keys)(buf + b * K4J_WC_B, (int64_t)s, dst, cap, cur - s, c0[b]);
        }
    }
    _mm_sfence(); /* the streamed lines are ordered before whatever the caller does next */
}

/* Bytes of a run's state for nb buckets: blocks, then cursors (k4j.h's
 * K4J_SORT_SCATTER_STATE_BYTES, tied to it in sort.c). */
#define K4J_WC_STATE_BYTES(nb) ((size_t)(nb) * (64 * K4J_WC_LINES + 8))

/* The run's buffers laid out in mem (64-byte aligned, K4J_WC_STATE_BYTES(nb)). */
static void K4J_LOCAL(scatter_wc_in)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t *offsets,
                                     K4J_K *dst, int64_t cap, char *mem, int first, int last) {
    const size_t nb = (size_t)1 << p->bits;
    K4J_LOCAL(scatter_wc_run)(p, x, n, offsets, dst, cap, (K4J_K *)(void *)mem,
                              (int64_t *)(void *)(mem + nb * 64 * K4J_WC_LINES), first, last);
}

/* A whole run in one call, with its own buffer. Returns -1, having written nothing,
 * when the buffer cannot be allocated. */
static int K4J_LOCAL(scatter_wc)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t *offsets,
                                 K4J_K *dst, int64_t cap) {
    /* C11: the size a multiple of the alignment */
    char *mem = aligned_alloc(64, (K4J_WC_STATE_BYTES((size_t)1 << p->bits) + 63) / 64 * 64);
    if (mem == NULL) return -1;
    K4J_LOCAL(scatter_wc_in)(p, x, n, offsets, dst, cap, mem, 1, 1);
    free(mem);
    return 0;
}
#endif

int32_t K4J_OP(sort_scatter)(const K4J_T *x, int64_t n, const int64_t *plan, int64_t *offsets, K4J_K *dst,
                             int64_t cap) {
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
#if K4J_SORT_HAVE_WC
    /* enough keys per bucket that the blocks flushed key by key are few */
    if (k4j_sort_wc && n >= ((int64_t)64 << p.bits) && (uintptr_t)dst % sizeof(K4J_K) == 0 &&
        K4J_LOCAL(scatter_wc)(&p, x, n, offsets, dst, cap) == 0)
        return K4J_OK;
#endif
    /* 8-byte keys by key bits (the sort's own plan, not canonical keys): key and
     * bucket computed in the scatter loop itself rather than staged through a
     * block. Measured on Zen 4 at 10^7 (int64, side by side, three rounds):
     * 2.52-2.66 -> 2.20-2.29 ns per element on both paths. The same for 4-byte
     * keys, or for the plan by value, was no faster or slower (float32 1.77 ->
     * 2.07), so those keep the block. On AMD Zen 5 the AVX-512 path is faster through
     * the block (k4j_perf, int64 at 10^7, 10 alternated rounds: scatter 1.90-1.99 ->
     * 1.54-1.77 ns per element, whole sort 5.98-6.70 -> 5.73-6.25; the inline loop with a
     * prefetch of x 1.69-2.03); its AVX2 path was even (1.82-1.98 against 1.79-1.91) and
     * keeps the inline loop. */
#if defined(__AVX512F__)
    const int inline_keys = !k4j_sort_zen5;
#else
    const int inline_keys = 1;
#endif
    if (inline_keys && sizeof(K4J_K) == 8 && p.kind == 0 && !p.canon) {
        for (int64_t i = 0; i < n; i++) {
            K4J_K k = K4J_KEY(K4J_LOCAL(bits_of)(&x[i]));
            int64_t d = K4J_LOCAL(bucket_of_key)(k, p.base, p.shift, p.top);
            int64_t o = offsets[d];
            offsets[d] = K4J_NEXT(o);
            if (K4J_IN_CAP(o, cap)) dst[o] = k;
        }
        return K4J_OK;
    }
    int64_t nan = 0;
#define K4J_SCATTER_EACH(i, k, d)                 \
    do {                                          \
        int64_t o_ = offsets[d];                  \
        offsets[d] = K4J_NEXT(o_);                \
        if (K4J_IN_CAP(o_, cap)) dst[o_] = (k);   \
    } while (0)
    K4J_FOR_BUCKETS(p, x, n, nan, K4J_SCATTER_EACH);
#undef K4J_SCATTER_EACH
    (void)nan;
    return K4J_OK;
}

int32_t K4J_OP(sort_scatter_piece)(const K4J_T *x, int64_t n, const int64_t *plan, int64_t *offsets, K4J_K *dst,
                                   int64_t cap, void *state, int64_t state_bytes, int32_t flags) {
#if K4J_SORT_HAVE_WC
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
    if (k4j_sort_wc && state != NULL && (uintptr_t)state % 64 == 0 &&
        (uint64_t)state_bytes >= K4J_WC_STATE_BYTES((size_t)1 << p.bits) && (uintptr_t)dst % sizeof(K4J_K) == 0) {
        K4J_LOCAL(scatter_wc_in)(&p, x, n, offsets, dst, cap, (char *)state, (flags & K4J_SCATTER_FIRST) != 0,
                                 (flags & K4J_SCATTER_LAST) != 0);
        return K4J_OK;
    }
#endif
    (void)state;
    (void)state_bytes;
    (void)flags;
    return K4J_OP(sort_scatter)(x, n, plan, offsets, dst, cap);
}

#if K4J_SORT_HAVE_WC
/* argscatter through write-combining blocks (sort.c, k4j_sort_wc): as scatter_wc_run, each
 * bucket gathers K4J_AWC_E keys and their indices, and a full block is written as whole
 * lines of kdst and of idst. A block's start must be a line of both arrays, so this runs
 * only when kdst and idst sit at the same place within a line, in entries (awc_fits). */
#define K4J_AWC_E 16

K4J_ALWAYS_INLINE int K4J_LOCAL(awc_fits)(const K4J_K *kdst, const int64_t *idst) {
    uintptr_t a = ((uintptr_t)kdst / sizeof(K4J_K)) & (K4J_AWC_E - 1), ai = ((uintptr_t)idst / 8) & 7;
    return (uintptr_t)kdst % sizeof(K4J_K) == 0 && (uintptr_t)idst % 8 == 0 && (a & 7) == ai;
}

/* The block of positions [l, l + K4J_AWC_E): its key lines and index lines, each whole when it
 * lies in [0, cap) at or after c0, else slot by slot. */
static void K4J_LOCAL(awc_flush)(const K4J_K *kb, const int64_t *ib, K4J_K *kdst, int64_t *idst, int64_t cap,
                                 uint64_t l, int64_t c0) {
    for (int q = 0; q < K4J_AWC_E; q += K4J_WC_W) K4J_LOCAL(wc_flush)(kb + q, kdst, cap, l + (uint64_t)q, c0);
    for (int q = 0; q < K4J_AWC_E; q += 8) k4j_wc_flush_idx(ib + q, idst, cap, l + (uint64_t)q, c0);
}

/* A run of the argscatter, as scatter_wc_run: kbuf, ibuf (nb blocks each) and c0 live in
 * the caller's state between the pieces of a run (sort_argscatter_piece); `first` sets c0
 * from the offsets, `last` writes the partly filled blocks slot by slot. Whatever the
 * buffers hold, a write lands in kdst/idst[0, cap) or nowhere. */
static void K4J_LOCAL(argscatter_wc_run)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t base,
                                         int64_t *offsets, K4J_K *kdst, int64_t *idst, int64_t cap, K4J_K *kbuf,
                                         int64_t *ibuf, int64_t *c0, int first, int last) {
    const int64_t nb = (int64_t)1 << p->bits;
    if (first) memcpy(c0, offsets, (size_t)nb * sizeof(int64_t));
    const uint64_t a = (uint64_t)((uintptr_t)kdst / sizeof(K4J_K)) & (K4J_AWC_E - 1);
    int64_t nan = 0;
#define K4J_AWC_EACH(i, k, d)                                                                 \
    do {                                                                                      \
        int64_t o_ = offsets[d];                                                              \
        offsets[d] = K4J_NEXT(o_);                                                            \
        uint64_t s_ = ((uint64_t)o_ + a) & (K4J_AWC_E - 1);                                   \
        K4J_K *kw_ = kbuf + (int64_t)(d) * K4J_AWC_E;                                         \
        int64_t *iw_ = ibuf + (int64_t)(d) * K4J_AWC_E;                                       \
        kw_[s_] = (k);                                                                        \
        iw_[s_] = base + (i);                                                                 \
        if (s_ == K4J_AWC_E - 1)                                                              \
            K4J_LOCAL(awc_flush)(kw_, iw_, kdst, idst, cap, (uint64_t)o_ - (K4J_AWC_E - 1), c0[d]); \
    } while (0)
    K4J_FOR_BUCKETS(*p, x, n, nan, K4J_AWC_EACH);
#undef K4J_AWC_EACH
    (void)nan;
    if (last) {
        for (int64_t b = 0; b < nb; b++) {
            uint64_t cur = (uint64_t)offsets[b];
            uint64_t s = (cur + a) & (K4J_AWC_E - 1); /* slots of the open block filled */
            K4J_LOCAL(wc_keys)(kbuf + b * K4J_AWC_E, (int64_t)s, kdst, cap, cur - s, c0[b]);
            k4j_wc_idx(ibuf + b * K4J_AWC_E, (int64_t)s, idst, cap, cur - s, c0[b]);
        }
    }
    _mm_sfence(); /* the streamed lines are ordered before whatever the caller does next */
}

/* Bytes of a run's state for nb buckets: key blocks, index blocks, cursors. */
#define K4J_AWC_STATE_BYTES(nb) ((size_t)(nb) * (K4J_AWC_E * sizeof(K4J_K) + K4J_AWC_E * 8 + 8))
_Static_assert(K4J_AWC_STATE_BYTES(1) <= (size_t)K4J_SORT_SCATTER_STATE_BYTES(0), "k4j.h's state size holds a bucket's blocks");

/* The run's buffers laid out in mem (64-byte aligned, K4J_AWC_STATE_BYTES(nb)). */
static void K4J_LOCAL(argscatter_wc_in)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t base,
                                        int64_t *offsets, K4J_K *kdst, int64_t *idst, int64_t cap, char *mem,
                                        int first, int last) {
    const size_t nb = (size_t)1 << p->bits, kbytes = (size_t)K4J_AWC_E * sizeof(K4J_K);
    K4J_LOCAL(argscatter_wc_run)(p, x, n, base, offsets, kdst, idst, cap, (K4J_K *)(void *)mem,
                                 (int64_t *)(void *)(mem + nb * kbytes),
                                 (int64_t *)(void *)(mem + nb * (kbytes + (size_t)K4J_AWC_E * 8)), first, last);
}

/* A whole run in one call, with its own buffer. Returns -1, having written nothing,
 * when the buffer cannot be allocated. */
static int K4J_LOCAL(argscatter_wc)(const K4J_LOCAL(plan_t) *p, const K4J_T *x, int64_t n, int64_t base,
                                    int64_t *offsets, K4J_K *kdst, int64_t *idst, int64_t cap) {
    /* C11: the size a multiple of the alignment */
    char *mem = aligned_alloc(64, (K4J_AWC_STATE_BYTES((size_t)1 << p->bits) + 63) / 64 * 64);
    if (mem == NULL) return -1;
    K4J_LOCAL(argscatter_wc_in)(p, x, n, base, offsets, kdst, idst, cap, mem, 1, 1);
    free(mem);
    return 0;
}
#endif

int32_t K4J_OP(sort_argscatter)(const K4J_T *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets,
                                K4J_K *kdst, int64_t *idst, int64_t cap) {
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
#if K4J_SORT_HAVE_WC
    /* enough keys per bucket that the blocks flushed slot by slot are few */
    if (k4j_sort_wc && n >= ((int64_t)64 << p.bits) && K4J_LOCAL(awc_fits)(kdst, idst) &&
        K4J_LOCAL(argscatter_wc)(&p, x, n, base, offsets, kdst, idst, cap) == 0)
        return K4J_OK;
#endif
    int64_t nan = 0;
#define K4J_ARGSCATTER_EACH(i, k, d)      \
    do {                                  \
        int64_t o_ = offsets[d];          \
        offsets[d] = K4J_NEXT(o_);        \
        if (K4J_IN_CAP(o_, cap)) {        \
            kdst[o_] = (k);               \
            idst[o_] = base + (i);        \
        }                                 \
    } while (0)
    K4J_FOR_BUCKETS(p, x, n, nan, K4J_ARGSCATTER_EACH);
#undef K4J_ARGSCATTER_EACH
    (void)nan;
    return K4J_OK;
}

int32_t K4J_OP(sort_argscatter_piece)(const K4J_T *x, int64_t n, int64_t base, const int64_t *plan,
                                      int64_t *offsets, K4J_K *kdst, int64_t *idst, int64_t cap, void *state,
                                      int64_t state_bytes, int32_t flags) {
#if K4J_SORT_HAVE_WC
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
    if (k4j_sort_wc && state != NULL && (uintptr_t)state % 64 == 0 &&
        (uint64_t)state_bytes >= K4J_AWC_STATE_BYTES((size_t)1 << p.bits) && K4J_LOCAL(awc_fits)(kdst, idst)) {
        K4J_LOCAL(argscatter_wc_in)(&p, x, n, base, offsets, kdst, idst, cap, (char *)state,
                                    (flags & K4J_SCATTER_FIRST) != 0, (flags & K4J_SCATTER_LAST) != 0);
        return K4J_OK;
    }
#endif
    (void)state;
    (void)state_bytes;
    (void)flags;
    return K4J_OP(sort_argscatter)(x, n, base, plan, offsets, kdst, idst, cap);
}

#if K4J_SORT_HAVE_WC
#undef K4J_AWC_E
#undef K4J_AWC_STATE_BYTES
#endif

int32_t K4J_OP(sort_gather)(const K4J_T *x, int64_t n, const int64_t *plan, int64_t *offsets, K4J_K *dst,
                            int64_t cap) {
    K4J_LOCAL(plan_t) p = K4J_LOCAL(plan_decode)(plan);
    int64_t nan = 0;
#define K4J_GATHER_EACH(i, k, d)                  \
    do {                                          \
        int64_t o_ = offsets[d];                  \
        if (o_ >= 0) {                            \
            if (K4J_IN_CAP(o_, cap)) dst[o_] = (k); \
            offsets[d] = K4J_NEXT(o_);            \
        }                                         \
    } while (0)
    K4J_FOR_BUCKETS(p, x, n, nan, K4J_GATHER_EACH);
#undef K4J_GATHER_EACH
    (void)nan;
    return K4J_OK;
}
#undef K4J_FOR_BUCKETS
#undef K4J_FOR_BUCKETS_K

/* ---- sorting the buckets ----------------------------------------------------------------
 *
 * In place with a small scratch: a bucket of at most ntmp keys is sorted by
 * msd_keys_inplace through tmp; a larger one first gets an in-place MSD level
 * (American flag sort: a counting pass, then every key swapped along a cycle
 * into its sub-bucket) and its sub-buckets are treated the same way. So the
 * memory beyond the keys is ntmp keys, whatever the distribution.
 *
 * A cycle never writes past the end of a sub-bucket: when the sub-bucket a key
 * belongs to is already full (possible only if the keys changed after the
 * count), the key stays where the cycle is. Every step fills one free place,
 * so the level ends after n steps whatever the keys. */

static void K4J_LOCAL(flag_level)(K4J_K *a, int64_t n, K4J_K base, int shift, K4J_K mask, int64_t *counts) {
    int nb = (int)mask + 1;
    int64_t *next = counts + K4J_RADIX, *end = counts + 2 * K4J_RADIX;
    K4J_LOCAL(count_offsets)(a, n, base, shift, mask, counts, next);
    for (int b = 0; b < nb; b++) end[b] = next[b] + counts[b];
    for (int b = 0; b < nb; b++) {
        while (next[b] < end[b]) {
            K4J_K v = a[next[b]];
            int d = (int)K4J_DIGIT(v, base, shift, mask);
            while (d != b && __builtin_expect(next[d] < end[d], 1)) {
                K4J_K t = a[next[d]];
                a[next[d]++] = v;
                v = t;
                d = (int)K4J_DIGIT(v, base, shift, mask);
            }
            a[next[b]++] = v;
        }
    }
}

static void K4J_LOCAL(sort_inplace_any)(K4J_K *a, int64_t n, K4J_K *tmp, int64_t ntmp, int64_t *work, int level) {
    if (n <= ntmp) {
        K4J_LOCAL(msd_keys_inplace)(a, tmp, n, work, level);
        return;
    }
    if (level > K4J_MAX_DEPTH) {
        K4J_LOCAL(heapsort_keys)(a, n);
        return;
    }
    K4J_K mn, mx, mask;
    int shift;
    int64_t *counts = K4J_LEVEL_COUNTS(work, level);
    K4J_LOCAL(key_range)(a, n, &mn, &mx);
    if (mn == mx) return;
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    K4J_LOCAL(flag_level)(a, n, mn, shift, mask, counts);
    int nb = (int)mask + 1;
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > K4J_LEAF) K4J_LOCAL(sort_inplace_any)(a + start, len, tmp, ntmp, work, level + 1);
        start += len;
    }
    K4J_LOCAL(finish_keys)(a, n);
}

static void K4J_LOCAL(unkey_inplace)(K4J_K *k, int64_t n) {
    for (int64_t i = 0; i < n; i++) k[i] = K4J_UNKEY(k[i]);
}

#if K4J_SORT_HAVE_WC
/* dst[i] = element of key src[i] ^ bias, the whole 64-byte lines of dst by
 * non-temporal stores (the sorted output goes to memory without first reading
 * the lines it overwrites). dst must be aligned to the key size. */
static void K4J_LOCAL(unkey_stream)(const K4J_K *src, K4J_K *dst, int64_t n, K4J_K bias) {
    int64_t i = 0;
    for (; i < n && ((uintptr_t)(dst + i) & 63u) != 0; i++) dst[i] = K4J_UNKEY(src[i] ^ bias);
    for (; i + K4J_WC_W <= n; i += K4J_WC_W) {
        K4J_K line[K4J_WC_W] __attribute__((aligned(64)));
        for (int j = 0; j < K4J_WC_W; j++) line[j] = K4J_UNKEY(src[i + j] ^ bias);
        k4j_stream_line(dst + i, line);
    }
    for (; i < n; i++) dst[i] = K4J_UNKEY(src[i] ^ bias);
}
#endif

#if K4J_USE_RNET
#define K4J_RN_CAT_(a, w) a##w
#define K4J_RN_CAT(a, w) K4J_RN_CAT_(a, w)
#define K4J_RN_BIAS K4J_RN_CAT(K4J_VBIAS, K4J_RNET_W)
#define K4J_RN_LEAF_MAX K4J_RN_CAT(K4J_VLEAF_MAX, K4J_RNET_W)

/* A bucket by one radix level in cache, then networks (vsort.h): the keys k[0, n)
 * are sorted into d[0, n) by k4j_rnet_level (rnet_tmpl.h: a digit of key - mn, about
 * n / K4J_RNET_TGT sub-buckets, biased as the vector sorts of this path compare,
 * each sorted by networks, several consecutive ones at a time where the path has
 * windows, or by the vectorised quicksort when it holds more than K4J_RN_LEAF_MAX
 * keys), and d is turned back into elements. Cheaper than the quicksort's
 * partition levels down to the networks' size: one count and one scatter instead
 * of about log2(n / 64) partition passes.
 *
 * work holds 2 * 2^12 int64 (counts, then cursors). Whatever k holds, every
 * write lands in d[0, n) (see k4j_rnet_level).
 *
 * pf[0, npf) (or NULL) are the next bucket's keys: one line of them is prefetched
 * into L2 per sub-bucket sorted, so the next call's first pass finds most of them
 * there instead of in memory. Measured on an Intel Xeon (Sapphire Rapids class),
 * bucket sorts of a 10^7 float64 sort: 5.07 -> 4.89 ns per key on this path, 8.89 ->
 * 8.22 on AVX2. A hint only: it reads nothing.
 *
 * nt: out (when it is not d) is written by non-temporal stores (unkey_stream). */
static void K4J_LOCAL(rnet_into)(const K4J_K *k, K4J_K *d, int64_t n, int64_t *work, K4J_K *out, const K4J_K *pf,
                                 int64_t npf, int nt) {
    K4J_K mn, mx;
    K4J_LOCAL(key_range)(k, n, &mn, &mx);
    if (mn == mx) {
        for (int64_t i = 0; i < n; i++) out[i] = K4J_UNKEY(k[i]);
        return;
    }
    K4J_RN_CAT(k4j_rnet_level, K4J_RNET_W)(k, d, n, mn, mx, work, pf, npf);
#if K4J_SORT_HAVE_WC
    if (nt && out != d) {
        K4J_LOCAL(unkey_stream)(d, out, n, K4J_RN_BIAS);
        return;
    }
#endif
    (void)nt;
    for (int64_t i = 0; i < n; i++) out[i] = K4J_UNKEY(d[i] ^ K4J_RN_BIAS);
}
#endif

/* Bounds: validated by the dispatcher, and each pair read once more here and
 * skipped unless 0 <= from <= to <= nkeys (bounds rewritten meanwhile). */
#define K4J_BUCKET_RANGE(bounds, j, nkeys, from, len)                                  \
    int64_t from = (bounds)[j], to_ = (bounds)[(j) + 1];                               \
    if (from < 0 || to_ <= from || to_ > (nkeys)) continue;                            \
    int64_t len = to_ - from

/* kstart == NULL: bucket j's keys are keys[bounds[j], bounds[j + 1]) and go to the same
 * places of dst (which holds nkeys); else they are keys[kstart[j], kstart[j] + len) and go to
 * dst[bounds[j], bounds[j + 1]) (dst non-NULL, holding ndst). */
static int32_t K4J_LOCAL(buckets_impl)(K4J_K *keys, int64_t nkeys, const int64_t *kstart, K4J_T *dst, int64_t ndst,
                                       const int64_t *bounds, int64_t nb, K4J_K *tmp, int64_t ntmp, int64_t *work) {
#if K4J_SORT_HAVE_WC
    /* Where the scatter is write-combined (sort.c), the sorted buckets of a sort of more
     * than K4J_STREAM_OUT_MIN bytes go to dst by streaming stores too: from the keys
     * (vectorised quicksort in place) or from the staging buffer below. */
    const int stream = k4j_sort_wc && dst != NULL && (uintptr_t)dst % sizeof(K4J_K) == 0 &&
                       nkeys > K4J_STREAM_OUT_MIN / (int64_t)sizeof(K4J_K);
#else
    const int stream = 0;
#endif
#if K4J_USE_RNET
    /* Staging: a bucket of at most K4J_STAGE_MAX keys going to dst is scattered by its
     * radix level into a buffer that stays in cache from one bucket to the next, sorted
     * there by the networks and then written to its place in dst in order, instead of
     * scattered straight into dst's lines, which are in memory (each of the level's
     * ~2^10 write streams then reads its line from memory first). Measured on AMD Zen 5
     * (k4j_perf, 10^7 keys, bucket sorts, alternated processes, ns per key): float32 AVX2
     * 2.93-3.01 -> 2.70-2.74, float64 AVX-512 3.31-3.34 -> 2.88-2.91, AVX2 4.35 -> 3.98;
     * float64 AVX-512 at 10^6 3.57-3.78 -> 2.95-3.04, 3*10^6 3.72-3.75 -> 2.99-3.03.
     * The buffer: tmp when it holds K4J_STAGE_MAX keys on a 64-byte boundary (tmp has no
     * other use when there is a dst), else allocated for the first bucket that uses it. A
     * caller sorting one bucket a call (a heap array written in short calls) passes tmp,
     * so no call allocates, and the buffer stays in cache from one call to the next. */
    const int stage = dst != NULL && (uintptr_t)dst % sizeof(K4J_K) == 0;
    K4J_K *sbuf = NULL;
    int sbuf_owned = 0;
#endif
    for (int64_t j = 0; j < nb; j++) {
        K4J_BUCKET_RANGE(bounds, j, kstart != NULL ? ndst : nkeys, from, len);
        /* where the bucket's keys are: read once, then checked */
        int64_t kf = from;
        if (kstart != NULL) {
            kf = kstart[j];
            if (kf < 0 || kf > nkeys - len) continue;
        }
#if K4J_USE_RNET
        if (len > K4J_RN_LEAF_MAX && K4J_RNET_ON) {
            const K4J_K *pf = NULL;
            int64_t npf = 0;
            if (j + 1 < nb) {
                int64_t f2 = bounds[j + 1], t2 = bounds[j + 2];
                if (f2 >= 0 && t2 > f2 && t2 <= (kstart != NULL ? ndst : nkeys)) {
                    int64_t l2 = t2 - f2;
                    if (kstart != NULL) f2 = kstart[j + 1];
                    if (f2 >= 0 && f2 <= nkeys - l2) pf = keys + f2, npf = l2;
                }
            }
            /* radix level and networks (rnet_into) into the bucket's place in
             * dst, or through tmp back into the keys */
            if (dst != NULL) {
                K4J_K *out = (K4J_K *)(void *)(dst + from);
                if (stage && len <= K4J_STAGE_MAX && sbuf == NULL) {
                    if (tmp != NULL && ntmp >= K4J_STAGE_MAX && (uintptr_t)tmp % 64 == 0) {
                        sbuf = tmp;
                    } else {
                        sbuf = aligned_alloc(64, K4J_STAGE_MAX * sizeof(K4J_K));
                        sbuf_owned = sbuf != NULL;
                    }
                }
                if (stage && len <= K4J_STAGE_MAX && sbuf != NULL) {
                    K4J_LOCAL(rnet_into)(keys + kf, sbuf, len, work, out, pf, npf, stream);
                    continue;
                }
                K4J_LOCAL(rnet_into)(keys + kf, out, len, work, out, pf, npf, 0);
                continue;
            }
            if (tmp != NULL && len <= ntmp) {
                K4J_LOCAL(rnet_into)(keys + kf, tmp, len, work, tmp, pf, npf, 0);
                memcpy(keys + kf, tmp, (size_t)len * sizeof(K4J_K));
                continue;
            }
        }
#endif
#if K4J_USE_VSORT
        /* in place, no scratch: the vectorised quicksort (vsort.h) */
        K4J_VSORT(keys + kf, len);
#if K4J_SORT_HAVE_WC
        if (stream) {
            K4J_LOCAL(unkey_stream)(keys + kf, (K4J_K *)(void *)(dst + from), len, 0);
            continue;
        }
#endif
        K4J_LOCAL(unkey_to)(keys + kf, dst != NULL ? (K4J_K *)(void *)(dst + from) : keys + kf, len);
        (void)tmp;
        (void)ntmp;
        (void)work;
        continue;
#endif
        if (dst != NULL) {
            K4J_K *d = (K4J_K *)(void *)(dst + from);
            K4J_LOCAL(msd_keys_into)(keys + kf, d, len, work, 0);
            K4J_LOCAL(unkey_inplace)(d, len);
        } else {
            K4J_LOCAL(sort_inplace_any)(keys + kf, len, tmp, ntmp, work, 0);
            K4J_LOCAL(unkey_inplace)(keys + kf, len);
        }
    }
#if K4J_USE_RNET
    if (sbuf_owned) free(sbuf);
#endif
#if K4J_SORT_HAVE_WC
    if (stream) _mm_sfence(); /* the streamed lines are ordered before what the caller does next */
#endif
    (void)stream;
    return K4J_OK;
}

int32_t K4J_OP(sort_buckets)(K4J_K *keys, int64_t nkeys, K4J_T *dst, const int64_t *bounds, int64_t nb, K4J_K *tmp,
                             int64_t ntmp, int64_t *work) {
    return K4J_LOCAL(buckets_impl)(keys, nkeys, NULL, dst, nkeys, bounds, nb, tmp, ntmp, work);
}

int32_t K4J_OP(sort_buckets_at)(K4J_K *keys, int64_t nkeys, const int64_t *kstart, K4J_T *dst, int64_t ndst,
                                const int64_t *bounds, int64_t nb, K4J_K *tmp, int64_t ntmp, int64_t *work) {
    return K4J_LOCAL(buckets_impl)(keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work);
}

/* ---- argsort: the same MSD recursion on (key, index) pairs ---------------------------
 * Scatters are sequential and the insertion passes stable, so ties keep
 * increasing index order. */

static void K4J_LOCAL(scatter_pairs)(const K4J_K *ks, const int64_t *is, K4J_K *kd, int64_t *id, int64_t n,
                                     K4J_K base, int shift, K4J_K mask, int64_t *off) {
    for (int64_t i = 0; i < n; i++) {
        K4J_K v = ks[i];
        int64_t o = off[K4J_DIGIT(v, base, shift, mask)]++;
        if (__builtin_expect((uint64_t)o < (uint64_t)n, 1)) {
            kd[o] = v;
            id[o] = is[i];
        }
    }
}

/* Stable insertion sort of pairs by key, a pair moving back at most `reach`
 * places (as insertion_keys_near). */
static void K4J_LOCAL(insertion_pairs)(K4J_K *k, int64_t *idx, int64_t n, int64_t reach) {
    for (int64_t i = 1; i < n; i++) {
        K4J_K v = k[i];
        if (!(k[i - 1] > v)) continue;
        int64_t w = idx[i];
        int64_t j = i, lim = i > reach ? i - reach : 0;
        do {
            k[j] = k[j - 1];
            idx[j] = idx[j - 1];
            j--;
        } while (j > lim && k[j - 1] > v);
        k[j] = v;
        idx[j] = w;
    }
}

/* finish_keys for pairs: the compare-exchanges swap only when the left key is
 * strictly greater, so equal keys keep their order (stable). */
static void K4J_LOCAL(finish_pairs)(K4J_K *k, int64_t *idx, int64_t n) {
    for (int pass = 0; pass < 2 && n > 1; pass++) {
        K4J_K c = k[0];
        int64_t ci = idx[0];
        for (int64_t i = 1; i < n; i++) {
            K4J_K v = k[i];
            int64_t vi = idx[i];
            /* masks rather than selects: the compiler keeps this free of branches */
            K4J_K km = (K4J_K)0 - (K4J_K)(c > v);
            int64_t im = -(int64_t)(c > v);
            K4J_K kx = (c ^ v) & km;
            int64_t ix = (ci ^ vi) & im;
            k[i - 1] = c ^ kx;  /* min */
            idx[i - 1] = ci ^ ix;
            c = v ^ kx;         /* max */
            ci = vi ^ ix;
        }
        k[n - 1] = c;
        idx[n - 1] = ci;
    }
    K4J_LOCAL(insertion_pairs)(k, idx, n, K4J_LEAF);
}

#if K4J_HAVE_RNET64
/* w[i] = (ka[i] - mn) << s | low, low the index's distance from imin or (positions, a
 * constant) the position i, masked by lowmask; *lo and *hi the least and greatest word. */
K4J_ALWAYS_INLINE void K4J_LOCAL(pack_words)(const K4J_K *ka, const int64_t *ia, const int positions, int64_t n,
                                             K4J_K mn, int s, int64_t imin, uint64_t lowmask, uint64_t *w,
                                             uint64_t *lo, uint64_t *hi) {
    uint64_t least = UINT64_MAX, most = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t low = positions ? (uint64_t)i : (uint64_t)ia[i] - (uint64_t)imin;
        uint64_t v = (uint64_t)(K4J_K)(ka[i] - mn) << s | (low & lowmask);
        w[i] = v;
        least = v < least ? v : least;
        most = v > most ? v : most;
    }
    *lo = least;
    *hi = most;
}

/* Pairs in (ka, ia) sorted as one array of 64-bit words (keys mn..mx, mn < mx):
 * - when the key range (h bits) and the index range (q bits) fit in 64 bits, the
 *   word is (key - mn) << q | (index - min index): ties sort by index, so the
 *   order is the stable one whatever order the pairs came in; sorted from it into
 *   ia (as words), then unpacked in place;
 * - else, for 8-byte keys, when the key range and the position in [0, n) fit: the
 *   word is (key - mn) << p | position, sorted into kt, and each index fetched from
 *   its old position (stable when the pairs came in index order, as a stable
 *   scatter leaves them).
 * Returns 0 (nothing done) when neither fits. cnt: 2 * 2^12 int64. Nothing read
 * from the pairs is used as an address but the positions, which come from the
 * words built here and are checked against n all the same. */
static int K4J_LOCAL(arg_packed)(K4J_K *ka, int64_t *ia, K4J_K *kt, int64_t *it, int64_t n, K4J_K mn, K4J_K mx,
                                 int64_t *cnt) {
    const int h = K4J_LOCAL(top_bit)((K4J_K)(mx - mn)) + 1;
    int64_t imin = ia[0], imax = ia[0];
    for (int64_t i = 1; i < n; i++) {
        int64_t v = ia[i];
        imin = v < imin ? v : imin;
        imax = v > imax ? v : imax;
    }
    const uint64_t ir = (uint64_t)imax - (uint64_t)imin;
    int q = ir == 0 ? 0 : 64 - __builtin_clzll(ir);
    uint64_t *w = (uint64_t *)(void *)it, lo, hi;
    if (h + q <= 64) {
        const uint64_t qmask = q == 0 ? 0 : UINT64_MAX >> (64 - q);
        K4J_LOCAL(pack_words)(ka, ia, 0, n, mn, q, imin, qmask, w, &lo, &hi);
        uint64_t *d = (uint64_t *)(void *)ia;
        k4j_rnet_level64(w, d, n, lo, hi, cnt, NULL, 0);
        for (int64_t i = 0; i < n; i++) {
            uint64_t t = d[i] ^ K4J_VBIAS64;
            ka[i] = (K4J_K)(mn + (K4J_K)(t >> q));
            ia[i] = (int64_t)((uint64_t)imin + (t & qmask));
        }
        return 1;
    }
    const int p = 64 - __builtin_clzll((unsigned long long)(n - 1));
    if (sizeof(K4J_K) != 8 || h + p > 64) return 0;
    const uint64_t pmask = UINT64_MAX >> (64 - p);
    K4J_LOCAL(pack_words)(ka, ia, 1, n, mn, p, 0, pmask, w, &lo, &hi);
    uint64_t *d = (uint64_t *)(void *)kt;
    k4j_rnet_level64(w, d, n, lo, hi, cnt, NULL, 0);
    for (int64_t i = 0; i < n; i++) {
        uint64_t t = d[i] ^ K4J_VBIAS64;
        uint64_t j = t & pmask;
        it[i] = ia[j < (uint64_t)n ? j : 0];
        ka[i] = (K4J_K)(mn + (K4J_K)(t >> p));
    }
    memcpy(ia, it, sizeof(int64_t) * (size_t)n);
    return 1;
}
#endif

/* Pairs in (ka, ia) sorted in place, stably; (kt, it) hold n and are clobbered.
 * Where the vector path has networks for 64-bit words (K4J_HAVE_RNET64), pairs are
 * sorted as packed words (arg_packed) once they fit in 64 bits, and until then by
 * levels just wide enough that each of their buckets does (every bucket of more
 * than one pair then sorted, no insertion pass). Otherwise one level as msd_level:
 * copy to the scratch, count and scatter the copy back (stable; count and scatter
 * read the same copy), recurse into the buckets above K4J_LEAF, one stable
 * insertion pass. Out of levels (keys changing under the call): the stable merge
 * sort. */
static void K4J_LOCAL(arg_inplace)(K4J_K *ka, int64_t *ia, K4J_K *kt, int64_t *it, int64_t n, int64_t *work,
                                   int level) {
    K4J_K mn, mx, mask;
    int shift;
    if (n <= K4J_LEAF) {
        K4J_LOCAL(insertion_pairs)(ka, ia, n, n);
        return;
    }
    if (level > K4J_MAX_DEPTH) {
        K4J_LOCAL(merge_pairs)(ka, ia, kt, it, n);
        return;
    }
    int64_t *counts = K4J_LEVEL_COUNTS(work, level);
    K4J_LOCAL(key_range)(ka, n, &mn, &mx);
    if (mn == mx) return;
    int64_t least = K4J_LEAF; /* buckets above this are recursed into */
#if K4J_HAVE_RNET64
    if (K4J_LOCAL(arg_packed)(ka, ia, kt, it, n, mn, mx, counts)) return;
    if (sizeof(K4J_K) == 8) {
        /* the key range's surplus over the bits a position leaves */
        int h = K4J_LOCAL(top_bit)((K4J_K)(mx - mn)) + 1, p = 64 - __builtin_clzll((unsigned long long)(n - 1));
        int bits = h + p - 64 < 1 ? 1 : h + p - 64 > K4J_RADIX_BITS ? K4J_RADIX_BITS : h + p - 64;
        shift = h - bits;
        mask = (K4J_K)((1u << bits) - 1);
        least = 1;
    } else
#endif
        K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
    int nb = (int)mask + 1;
    memcpy(kt, ka, sizeof(K4J_K) * (size_t)n);
    memcpy(it, ia, sizeof(int64_t) * (size_t)n);
    int64_t *off = counts + K4J_RADIX;
    K4J_LOCAL(count_offsets)(kt, n, mn, shift, mask, counts, off);
    K4J_LOCAL(scatter_pairs)(kt, it, ka, ia, n, mn, shift, mask, off);
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > least && len <= n - start)
            K4J_LOCAL(arg_inplace)(ka + start, ia + start, kt + start, it + start, len, work, level + 1);
        start += len;
    }
    if (least == K4J_LEAF) K4J_LOCAL(finish_pairs)(ka, ia, n);
}

/* argsort buckets, in place with a small scratch. A bucket larger than the
 * scratch gets in-place MSD levels (American flag on pairs), which do not keep
 * index order; the tied runs of such a bucket are put back in index order
 * afterwards, so the result is the stable order all the same. */

static void K4J_LOCAL(arg_flag_level)(K4J_K *a, int64_t *ia, int64_t n, K4J_K base, int shift, K4J_K mask,
                                      int64_t *counts) {
    int nb = (int)mask + 1;
    int64_t *next = counts + K4J_RADIX, *end = counts + 2 * K4J_RADIX;
    K4J_LOCAL(count_offsets)(a, n, base, shift, mask, counts, next);
    for (int b = 0; b < nb; b++) end[b] = next[b] + counts[b];
    for (int b = 0; b < nb; b++) {
        while (next[b] < end[b]) {
            K4J_K v = a[next[b]];
            int64_t w = ia[next[b]];
            int d = (int)K4J_DIGIT(v, base, shift, mask);
            while (d != b && __builtin_expect(next[d] < end[d], 1)) {
                int64_t o = next[d]++;
                K4J_K t = a[o];
                int64_t u = ia[o];
                a[o] = v;
                ia[o] = w;
                v = t;
                w = u;
                d = (int)K4J_DIGIT(v, base, shift, mask);
            }
            int64_t o = next[b]++;
            a[o] = v;
            ia[o] = w;
        }
    }
}

static void K4J_LOCAL(sort_indices)(int64_t *v, int64_t n, int depth) {
    while (n > 16) {
        if (depth-- == 0) { /* heapsort: bounded worst case */
            for (int64_t i = n / 2; i-- > 0;) {
                int64_t r = i, x = v[r];
                for (;;) {
                    int64_t c = 2 * r + 1;
                    if (c >= n) break;
                    if (c + 1 < n && v[c + 1] > v[c]) c++;
                    if (v[c] <= x) break;
                    v[r] = v[c];
                    r = c;
                }
                v[r] = x;
            }
            for (int64_t e = n - 1; e > 0; e--) {
                int64_t x = v[e], r = 0;
                v[e] = v[0];
                for (;;) {
                    int64_t c = 2 * r + 1;
                    if (c >= e) break;
                    if (c + 1 < e && v[c + 1] > v[c]) c++;
                    if (v[c] <= x) break;
                    v[r] = v[c];
                    r = c;
                }
                v[r] = x;
            }
            return;
        }
        int64_t a = v[0], b = v[n / 2], c = v[n - 1];
        int64_t p = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        int64_t i = 0, j = n - 1;
        for (;;) { /* bounded scans: v may be the caller's output, written by another thread */
            while (i < n - 1 && v[i] < p) i++;
            while (j > 0 && v[j] > p) j--;
            if (i >= j) break;
            int64_t t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        int64_t left = j + 1;
        if (left < n - left) {
            K4J_LOCAL(sort_indices)(v, left, depth);
            v += left;
            n -= left;
        } else {
            K4J_LOCAL(sort_indices)(v + left, n - left, depth);
            n = left;
        }
    }
    for (int64_t i = 1; i < n; i++) {
        int64_t x = v[i], j = i;
        while (j > 0 && v[j - 1] > x) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

/* Sorted keys: each run of equal keys gets its indices in increasing order. */
static void K4J_LOCAL(order_ties)(const K4J_K *a, int64_t *ia, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int64_t j = i + 1;
        while (j < n && a[j] == a[i]) j++;
        if (j - i > 1) K4J_LOCAL(sort_indices)(ia + i, j - i, 2 * (64 - __builtin_clzll((unsigned long long)(j - i))));
        i = j;
    }
}

/* Returns whether a flag level or the heapsort ran (the order among ties is then lost). */
static int K4J_LOCAL(arg_inplace_any)(K4J_K *a, int64_t *ia, int64_t n, K4J_K *kt, int64_t *it, int64_t ntmp,
                                      int64_t *work, int level) {
    if (n <= ntmp) {
        K4J_LOCAL(arg_inplace)(a, ia, kt, it, n, work, level);
        return 0;
    }
    if (level > K4J_MAX_DEPTH) {
        K4J_LOCAL(heapsort_pairs)(a, ia, n);
        return 1;
    }
    K4J_K mn, mx, mask;
    int shift;
    int64_t *counts = K4J_LEVEL_COUNTS(work, level);
    K4J_LOCAL(key_range)(a, n, &mn, &mx);
    if (mn == mx) return 0; /* all tied: already in index order */
    int64_t least = K4J_LEAF; /* buckets above this are recursed into */
#if K4J_HAVE_RNET64
    {
        /* with packed words below (arg_inplace): buckets of about ntmp / 4 pairs */
        int h = K4J_LOCAL(top_bit)((K4J_K)(mx - mn)) + 1;
        int lt = ntmp > 0 ? 63 - __builtin_clzll((unsigned long long)ntmp) : 0;
        int bits = 63 - __builtin_clzll((unsigned long long)n) - lt + 3;
        bits = bits < 1 ? 1 : bits > K4J_RADIX_BITS ? K4J_RADIX_BITS : bits;
        bits = bits > h ? h : bits;
        shift = h - bits;
        mask = (K4J_K)((1u << bits) - 1);
        least = 1;
    }
#else
    K4J_LOCAL(plan_digit)(mn, mx, n, K4J_RADIX_BITS, &shift, &mask);
#endif
    K4J_LOCAL(arg_flag_level)(a, ia, n, mn, shift, mask, counts);
    int nb = (int)mask + 1;
    int64_t start = 0;
    for (int b = 0; b < nb; b++) {
        int64_t len = counts[b];
        if (len > least && len <= n - start)
            K4J_LOCAL(arg_inplace_any)(a + start, ia + start, len, kt, it, ntmp, work, level + 1);
        start += len;
    }
    if (least == K4J_LEAF) K4J_LOCAL(finish_pairs)(a, ia, n);
    return 1;
}

int32_t K4J_OP(sort_argbuckets)(K4J_K *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb,
                                K4J_K *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work) {
    for (int64_t j = 0; j < nb; j++) {
        K4J_BUCKET_RANGE(bounds, j, nkeys, from, len);
        if (K4J_LOCAL(arg_inplace_any)(keys + from, idx + from, len, ktmp, itmp, ntmp, work, 0))
            K4J_LOCAL(order_ties)(keys + from, idx + from, len);
    }
    return K4J_OK;
}

/* ---- whole sorts in one call: the passes above, run in sequence ---------------------- */

/* Bucket bounds (nb + 1) from counts; offsets[j] = bounds[j]. */
static void K4J_LOCAL(bucket_bounds)(const int64_t *counts, int64_t nb, int64_t *bounds, int64_t *offsets) {
    int64_t sum = 0;
    for (int64_t j = 0; j < nb; j++) {
        bounds[j] = sum;
        offsets[j] = sum;
        sum += counts[j];
    }
    bounds[nb] = sum;
}

int32_t K4J_OP(sort_config)(int64_t *config) {
#if K4J_SORT_HAVE_WC
    config[0] = k4j_sort_wc;
#else
    config[0] = 0;
#endif
#if K4J_USE_RNET
    config[1] = K4J_RNET_ON ? 1 : K4J_USE_VSORT ? 2 : 0;
    config[2] = K4J_RNET_ON ? (int64_t)K4J_RN_CAT(K4J_RNET_WIN, K4J_RNET_W) : 0;
#elif K4J_USE_VSORT
    config[1] = 2;
    config[2] = 0;
#else
    config[1] = 0;
    config[2] = 0;
#endif
    return K4J_OK;
}

int32_t K4J_OP(sort_bits)(int64_t n, int32_t canon) {
    return k4j_sort_first_bits(n, canon ? 0 : (int)sizeof(K4J_K));
}

/* The direct sort (sort.c, k4j_sort_direct_max): keys, then the whole array as one bucket. */
int32_t K4J_OP(sort_direct)(int64_t n) {
    return n > K4J_SORT_CMP_MAX && n <= k4j_sort_direct_max((int)sizeof(K4J_K));
}

int32_t K4J_OP(sort_tokeys)(const K4J_T *x, int64_t n, K4J_K *keys) {
    K4J_LOCAL(keys_of)(x, n, keys);
    return K4J_OK;
}

/* The keys in place, as keys: the vectorised quicksort where this path has one, else the
 * in-place radix levels (tmp, work). */
int32_t K4J_OP(sort_keysort)(K4J_K *keys, int64_t n, K4J_K *tmp, int64_t ntmp, int64_t *work) {
#if K4J_USE_VSORT
    (void)tmp;
    (void)ntmp;
    (void)work;
    K4J_VSORT(keys, n);
#else
    K4J_LOCAL(sort_inplace_any)(keys, n, tmp, ntmp, work, 0);
#endif
    return K4J_OK;
}

int32_t K4J_OP(sort_fromkeys)(const K4J_K *keys, int64_t n, K4J_T *x) {
    K4J_LOCAL(unkey_to)(keys, (K4J_K *)(void *)x, n);
    return K4J_OK;
}

int32_t K4J_OP(sort_sort)(K4J_T *x, int64_t n, K4J_T *scratch) {
    if (n <= K4J_SORT_CMP_MAX) {
        K4J_LOCAL(small_sort)(x, n);
        return K4J_OK;
    }
    K4J_T buf[K4J_SORT_STACK_MAX];
    K4J_K *keys = (K4J_K *)(void *)(scratch != NULL ? scratch : buf);
    if (K4J_OP(sort_direct)(n)) {
        /* no first-level buckets: the keys sorted as one bucket straight into x */
        int64_t *work = malloc(sizeof(int64_t) * (size_t)K4J_SORT_WORK_WORDS);
        if (work == NULL) return K4J_ENOMEM;
        const int64_t whole[2] = {0, n};
        K4J_OP(sort_tokeys)(x, n, keys);
        K4J_OP(sort_buckets)(keys, n, x, whole, 1, NULL, 0, work);
        free(work);
        return K4J_OK;
    }
    int64_t plan[K4J_SORT_PLAN_WORDS];
    K4J_OP(sort_plan)(x, n, 0, 0, plan);
    int64_t nb = (int64_t)1 << plan[1];
    int64_t *mem = malloc(sizeof(int64_t) * (size_t)(3 * nb + 1 + K4J_SORT_WORK_WORDS));
    if (mem == NULL) return K4J_ENOMEM;
    int64_t *counts = mem, *bounds = mem + nb, *offsets = mem + 2 * nb + 1, *work = mem + 3 * nb + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_OP(sort_count)(x, n, plan, counts);
    K4J_LOCAL(bucket_bounds)(counts, nb, bounds, offsets);
    K4J_OP(sort_scatter)(x, n, plan, offsets, keys, n);
    K4J_OP(sort_buckets)(keys, n, x, bounds, nb, NULL, 0, work);
    free(mem);
    return K4J_OK;
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
    K4J_K *keys = keys_out != NULL ? keys_out : k2;
    if (n <= K4J_SORT_CMP_MAX) {
        for (int64_t i = 0; i < n; i++) {
            keys[i] = K4J_CANON(K4J_LOCAL(bits_of)(&x[i]));
            out[i] = base + i;
        }
        K4J_LOCAL(merge_pairs)(keys, out, k1, i1, n);
        return K4J_OK;
    }
    int64_t plan[K4J_SORT_PLAN_WORDS];
    K4J_OP(sort_plan)(x, n, 1, 0, plan);
    int64_t nb = (int64_t)1 << plan[1];
    int64_t *mem = malloc(sizeof(int64_t) * (size_t)(3 * nb + 1 + K4J_SORT_WORK_WORDS));
    if (mem == NULL) return K4J_ENOMEM;
    int64_t *counts = mem, *bounds = mem + nb, *offsets = mem + 2 * nb + 1, *work = mem + 3 * nb + 1;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_OP(sort_count)(x, n, plan, counts);
    K4J_LOCAL(bucket_bounds)(counts, nb, bounds, offsets);
    K4J_OP(sort_argscatter)(x, n, base, plan, offsets, keys, out, n);
    K4J_OP(sort_argbuckets)(keys, out, n, bounds, nb, keys == k2 ? k1 : k2, i1, n, work);
    free(mem);
    return K4J_OK;
}

/* ---- selection ----------------------------------------------------------------------------
 *
 * multiselect: quickselect on keys for every rank in ks[0, nk) (ascending),
 * Hoare partitions around a median-of-3 pivot, recursing on the side with
 * fewer ranks; after 2 log2(n) + 8 levels a range is heapsorted instead, which
 * bounds the worst case to O(n log n). Ranges of at most 16 are insertion
 * sorted. Every rank ends at its sorted position, everything left of a rank
 * is <= it and everything right >= it (NumPy's partition contract).
 *
 * partition runs on the caller's array, which another thread may write
 * meanwhile: the partition scans are bounded by the range (they do not rely
 * on meeting the pivot again), a range that fails to shrink uses up the depth
 * budget and is heapsorted, and ranks are only compared, never used as an
 * index, until the final clamped read of keyselect. */

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
            while (i < n - 1 && k[i] < p) i++;
            while (j > 0 && k[j] > p) j--;
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


int32_t K4J_OP(sort_keyselect)(K4J_K *keys, int64_t n, const int64_t *ks, int64_t nk, K4J_T *vals) {
    if (!K4J_LOCAL(ranks_sorted)(ks, nk)) return K4J_EINVAL;
    K4J_LOCAL(multiselect)(keys, 0, n, ks, nk, K4J_LOCAL(depth_limit)(n));
    K4J_K *v = (K4J_K *)(void *)vals;
    for (int64_t j = 0; j < nk; j++) {
        int64_t r = ks[j]; /* validated; clamped in case ks was rewritten since */
        v[j] = K4J_UNKEY(keys[(uint64_t)r < (uint64_t)n ? r : n - 1]);
    }
    return K4J_OK;
}

/* Selection in one call: count the buckets of a plan, gather the keys of the
 * buckets that hold a requested rank into scratch, select there. Two reads of
 * x (plus the sample); x is only read. */
int32_t K4J_OP(sort_select)(const K4J_T *x, int64_t n, const int64_t *ks, int64_t nk, K4J_T *vals,
                            K4J_K *scratch) {
    if (!K4J_LOCAL(ranks_sorted)(ks, nk)) return K4J_EINVAL;
    if (nk == 0) return K4J_OK;
    int64_t plan[K4J_SORT_PLAN_WORDS];
    K4J_OP(sort_plan)(x, n, 0, K4J_SELECT_BITS, plan);
    int64_t nb = (int64_t)1 << plan[1];
    int64_t *mem = malloc(sizeof(int64_t) * (size_t)(2 * nb + nk));
    if (mem == NULL) return K4J_ENOMEM;
    int64_t *counts = mem, *offsets = mem + nb, *local = mem + 2 * nb;
    memset(counts, 0, sizeof(int64_t) * (size_t)nb);
    K4J_OP(sort_count)(x, n, plan, counts);
    /* offsets: where each needed bucket's keys go in scratch; -1: not needed */
    int64_t start = 0, filled = 0, j = 0;
    for (int64_t b = 0; b < nb; b++) {
        int64_t end = start + counts[b];
        offsets[b] = -1;
        if (j < nk && ks[j] < end) {
            offsets[b] = filled;
            filled += counts[b];
            while (j < nk && ks[j] < end) j++;
        }
        start = end;
    }
    K4J_OP(sort_gather)(x, n, plan, offsets, scratch, n);
    start = 0;
    filled = 0;
    j = 0;
    for (int64_t b = 0; b < nb && j < nk; b++) {
        int64_t end = start + counts[b];
        if (ks[j] < end) {
            int64_t first = j;
            while (j < nk && ks[j] < end) {
                local[j] = ks[j] - start;
                j++;
            }
            K4J_OP(sort_keyselect)(scratch + filled, counts[b], local + first, j - first, vals + first);
            filled += counts[b];
        }
        start = end;
    }
    free(mem);
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
#undef K4J_PLAN_TRIAL_BITS
#undef K4J_PLAN_SAMPLE
#undef K4J_BLOCK
#ifdef K4J_KEY_INF
#undef K4J_KEY_INF
#endif
#undef K4J_FLOATING
#ifdef K4J_INF_BITS
#undef K4J_INF_BITS
#endif
#ifdef K4J_WC_W
#undef K4J_WC_W
#undef K4J_WC_B
#undef K4J_WC_STATE_BYTES
#endif
#undef K4J_DIGIT
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_K
#undef K4J_KEY
#undef K4J_UNKEY
#undef K4J_CANON
#undef K4J_VSORT
#undef K4J_USE_VSORT
#undef K4J_USE_RNET
#undef K4J_RNET_ON
#undef K4J_RNET_W
#ifdef K4J_RN_CAT
#undef K4J_RN_CAT_
#undef K4J_RN_CAT
#undef K4J_RN_BIAS
#undef K4J_RN_LEAF_MAX
#endif
