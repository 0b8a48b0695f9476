/* k4j_perf: timings of the native library from C, below the Java layers, for tuning.
 *
 *   k4j_perf sort DTYPE N [ISA [THREADS [REPS]]]
 *       A sort of N uniform random DTYPE (f64 f32 i64 i32) values by the pass kernels
 *       (plan, count, scatter, buckets), the input cut into THREADS equal pieces (1..8) and
 *       the buckets into THREADS groups of about equal keys, one thread each. Prints, for
 *       the best of REPS runs, each phase's time in ns per element (the slowest thread's),
 *       then each thread's own times: uneven threads show cores that are not equal.
 *   k4j_perf argsort DTYPE N [ISA [THREADS [REPS]]]
 *       The same for the stable argsort's kernels (argscatter of keys and indices,
 *       argbuckets); the output indices are checked for order, ties in index order.
 *   k4j_perf gemm DTYPE ISA N [N ...]
 *       GFLOP/s of square C = A B (f64 or f32) against the library's FMA probe.
 *
 * ISA: -1 the best path (default), 0 baseline, 1 AVX2, 2 AVX-512. The environment variable
 * K4J_PERF_CPUS="c0,c1,..." pins thread i to CPU ci (taskset pins the whole process; this
 * pins each thread, so that the two cores of a small machine can be compared).
 * K4J_PERF_BITS=b takes 2^b first-level buckets instead of the library's choice. With
 * K4J_PERF_LOCAL=1 each sort thread copies its own piece of the input before the clock
 * starts (else the main thread copies all of it), to see whether where the input was last
 * written matters. The input is on huge pages (k4j_mem_alloc_huge) and written before the clock starts: no page
 * faults are timed. The sorted output is checked (order, and the sum of its bits against
 * the input's) and a failure ends the run with status 1. Built with the library's tests
 * (cmake -DK4J_BUILD_TESTS=ON); not installed. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "k4j.h"

#define MAX_THREADS 8

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void usage(void) {
    fprintf(stderr, "usage: k4j_perf sort DTYPE N [ISA [THREADS [REPS]]]\n"
                    "       k4j_perf argsort DTYPE N [ISA [THREADS [REPS]]]\n"
                    "       k4j_perf gemm DTYPE ISA N [N ...]\n"
                    "DTYPE f64 f32 i64 i32 (gemm: f64 f32); ISA -1 best, 0 baseline, 1 avx2, 2 avx512\n");
    exit(2);
}

static void *huge(int64_t bytes) {
    void *p = k4j_mem_alloc_huge(bytes);
    if (p == NULL) {
        fprintf(stderr, "k4j_perf: cannot map %lld bytes\n", (long long)bytes);
        exit(1);
    }
    memset(p, 0, (size_t)bytes); /* fault every page in before anything is timed */
    return p;
}

/* CPU of thread i from K4J_PERF_CPUS, or -1 */
static int cpu_of(int i) {
    const char *e = getenv("K4J_PERF_CPUS");
    for (int k = 0; e != NULL && *e != '\0'; k++) {
        char *end;
        long c = strtol(e, &end, 10);
        if (end == e) return -1;
        if (k == i) return (int)c;
        e = *end == ',' ? end + 1 : end;
    }
    return -1;
}

static void pin(int i) {
    int c = cpu_of(i);
    if (c < 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(c, &set);
    if (pthread_setaffinity_np(pthread_self(), sizeof set, &set) != 0) fprintf(stderr, "k4j_perf: cannot pin to CPU %d\n", c);
}

/* ---- sort ---------------------------------------------------------------------------- */

enum { F64, F32, I64, I32 };

static struct {
    int dt, isa, threads;
    int arg; /* argsort: canon 1, keys with indices */
    int64_t *idx; /* argsort: n indices */
    int64_t n, nb;
    size_t es;
    void *src, *x, *keys, *out;
    int local; /* K4J_PERF_LOCAL=1: each thread writes its own piece of x (else the main thread all of it) */
    int64_t plan[K4J_SORT_PLAN_WORDS];
    int64_t *rows;   /* threads rows of nb counts, then offsets */
    int64_t *bounds; /* nb + 1 */
    int64_t group[MAX_THREADS + 1];
    pthread_barrier_t bar;
    double t[MAX_THREADS][3];
    int failed;
} S;

static int64_t count_call(const void *x, int64_t n, int64_t *row) {
    switch (S.dt) {
    case F64: return k4j_sort_count_f64(S.isa, x, n, S.plan, row);
    case F32: return k4j_sort_count_f32(S.isa, x, n, S.plan, row);
    case I64: return k4j_sort_count_i64(S.isa, x, n, S.plan, row);
    default: return k4j_sort_count_i32(S.isa, x, n, S.plan, row);
    }
}

static int32_t scatter_call(const void *x, int64_t n, int64_t base, int64_t *offsets) {
    if (S.arg) switch (S.dt) {
    case F64: return k4j_sort_argscatter_f64(S.isa, x, n, base, S.plan, offsets, S.keys, S.idx, S.n);
    case F32: return k4j_sort_argscatter_f32(S.isa, x, n, base, S.plan, offsets, S.keys, S.idx, S.n);
    case I64: return k4j_sort_argscatter_i64(S.isa, x, n, base, S.plan, offsets, S.keys, S.idx, S.n);
    default: return k4j_sort_argscatter_i32(S.isa, x, n, base, S.plan, offsets, S.keys, S.idx, S.n);
    }
    switch (S.dt) {
    case F64: return k4j_sort_scatter_f64(S.isa, x, n, S.plan, offsets, S.keys, S.n);
    case F32: return k4j_sort_scatter_f32(S.isa, x, n, S.plan, offsets, S.keys, S.n);
    case I64: return k4j_sort_scatter_i64(S.isa, x, n, S.plan, offsets, S.keys, S.n);
    default: return k4j_sort_scatter_i32(S.isa, x, n, S.plan, offsets, S.keys, S.n);
    }
}

static int32_t buckets_call(int64_t g0, int64_t g1, void *tmp, int64_t *work) {
    const int64_t *b = S.bounds + g0, nb = g1 - g0, ntmp = (int64_t)1 << 16;
    int64_t *itmp = (int64_t *)((char *)tmp + ((size_t)1 << 16) * 8);
    if (S.arg) switch (S.dt) {
    case F64: return k4j_sort_argbuckets_f64(S.isa, S.keys, S.idx, S.n, b, nb, tmp, itmp, ntmp, work);
    case F32: return k4j_sort_argbuckets_f32(S.isa, S.keys, S.idx, S.n, b, nb, tmp, itmp, ntmp, work);
    case I64: return k4j_sort_argbuckets_i64(S.isa, S.keys, S.idx, S.n, b, nb, tmp, itmp, ntmp, work);
    default: return k4j_sort_argbuckets_i32(S.isa, S.keys, S.idx, S.n, b, nb, tmp, itmp, ntmp, work);
    }
    switch (S.dt) {
    case F64: return k4j_sort_buckets_f64(S.isa, S.keys, S.n, S.out, b, nb, tmp, ntmp, work);
    case F32: return k4j_sort_buckets_f32(S.isa, S.keys, S.n, S.out, b, nb, tmp, ntmp, work);
    case I64: return k4j_sort_buckets_i64(S.isa, S.keys, S.n, S.out, b, nb, tmp, ntmp, work);
    default: return k4j_sort_buckets_i32(S.isa, S.keys, S.n, S.out, b, nb, tmp, ntmp, work);
    }
}

static void *sort_thread(void *arg) {
    const int id = (int)(intptr_t)arg;
    pin(id);
    const int64_t piece = (S.n + S.threads - 1) / S.threads;
    const int64_t from = piece * id < S.n ? piece * id : S.n;
    const int64_t len = from + piece < S.n ? piece : S.n - from;
    const char *x = (const char *)S.x + (size_t)from * S.es;
    int64_t *row = S.rows + (size_t)id * (size_t)S.nb;
    void *tmp = aligned_alloc(64, ((size_t)1 << 16) * 16); /* keys, then argsort's indices */
    int64_t *work = malloc(K4J_SORT_WORK_WORDS * sizeof(int64_t));
    if (tmp == NULL || work == NULL) {
        fprintf(stderr, "k4j_perf: out of memory\n");
        exit(1);
    }
    memset(row, 0, (size_t)S.nb * sizeof(int64_t));
    if (S.local) memcpy((char *)S.x + (size_t)from * S.es, (const char *)S.src + (size_t)from * S.es, (size_t)len * S.es);
    pthread_barrier_wait(&S.bar);
    double t0 = now();
    if (count_call(x, len, row) < 0) S.failed = 1;
    double t1 = now();
    pthread_barrier_wait(&S.bar);
    if (id == 0) { /* offsets: bucket by bucket, piece by piece; groups of about n / threads keys */
        int64_t sum = 0;
        for (int64_t b = 0; b < S.nb; b++) {
            S.bounds[b] = sum;
            for (int i = 0; i < S.threads; i++) {
                int64_t c = S.rows[(size_t)i * (size_t)S.nb + (size_t)b];
                S.rows[(size_t)i * (size_t)S.nb + (size_t)b] = sum;
                sum += c;
            }
        }
        S.bounds[S.nb] = sum;
        if (sum != S.n) S.failed = 1;
        S.group[0] = 0;
        for (int i = 1; i < S.threads; i++) {
            int64_t b = S.group[i - 1];
            while (b < S.nb && S.bounds[b] < S.n / S.threads * i) b++;
            S.group[i] = b;
        }
        S.group[S.threads] = S.nb;
    }
    pthread_barrier_wait(&S.bar);
    double t2 = now();
    if (scatter_call(x, len, from, row) != K4J_OK) S.failed = 1;
    double t3 = now();
    pthread_barrier_wait(&S.bar);
    double t4 = now();
    if (S.group[id + 1] > S.group[id] && buckets_call(S.group[id], S.group[id + 1], tmp, work) != K4J_OK) S.failed = 1;
    double t5 = now();
    S.t[id][0] = t1 - t0;
    S.t[id][1] = t3 - t2;
    S.t[id][2] = t5 - t4;
    free(tmp);
    free(work);
    return NULL;
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint64_t bits_at(const void *a, int64_t i) {
    if (S.es == 8) {
        uint64_t v;
        memcpy(&v, (const char *)a + (size_t)i * 8, 8);
        return v;
    }
    uint32_t v;
    memcpy(&v, (const char *)a + (size_t)i * 4, 4);
    return v;
}

static int ordered(const void *a, int64_t i) { /* a[i - 1] <= a[i] */
    switch (S.dt) {
    case F64: return ((const double *)a)[i - 1] <= ((const double *)a)[i];
    case F32: return ((const float *)a)[i - 1] <= ((const float *)a)[i];
    case I64: return ((const int64_t *)a)[i - 1] <= ((const int64_t *)a)[i];
    default: return ((const int32_t *)a)[i - 1] <= ((const int32_t *)a)[i];
    }
}

static int sort_main(int argc, char **argv) {
    if (argc < 4) usage();
    S.arg = !strcmp(argv[1], "argsort");
    const char *d = argv[2];
    S.dt = !strcmp(d, "f64") ? F64 : !strcmp(d, "f32") ? F32 : !strcmp(d, "i64") ? I64 : !strcmp(d, "i32") ? I32 : -1;
    if (S.dt < 0) usage();
    S.es = S.dt == F64 || S.dt == I64 ? 8 : 4;
    S.n = (int64_t)strtod(argv[3], NULL);
    S.isa = argc > 4 ? atoi(argv[4]) : K4J_ISA_AUTO;
    S.threads = argc > 5 ? atoi(argv[5]) : 1;
    int reps = argc > 6 ? atoi(argv[6]) : 5;
    if (S.n < 1 || S.threads < 1 || S.threads > MAX_THREADS || reps < 1) usage();
    int bits = S.dt == F64 ? k4j_sort_bits_f64(S.isa, S.n, S.arg) : S.dt == F32 ? k4j_sort_bits_f32(S.isa, S.n, S.arg)
             : S.dt == I64 ? k4j_sort_bits_i64(S.isa, S.n, S.arg) : k4j_sort_bits_i32(S.isa, S.n, S.arg);
    if (getenv("K4J_PERF_BITS") != NULL) bits = atoi(getenv("K4J_PERF_BITS")); /* to try other bucket counts */
    if (bits < 1) {
        fprintf(stderr, "k4j_perf: no bucket count for n = %lld\n", (long long)S.n);
        return 1;
    }
    S.nb = (int64_t)1 << bits;
    const int64_t bytes = S.n * (int64_t)S.es;
    void *src = huge(bytes);
    S.x = huge(bytes);
    S.src = src;
    S.local = getenv("K4J_PERF_LOCAL") != NULL && atoi(getenv("K4J_PERF_LOCAL")) == 1;
    S.keys = huge(bytes);
    S.out = huge(bytes);
    if (S.arg) S.idx = huge(S.n * 8);
    /* rows on 64-byte lines (nb * 8 is a multiple of 64): two threads' counts never share a
     * line, which would cost a transfer between their cores on every increment there */
    S.rows = aligned_alloc(64, (size_t)S.threads * (size_t)S.nb * sizeof(int64_t));
    S.bounds = calloc((size_t)S.nb + 1, sizeof(int64_t));
    if (S.rows == NULL || S.bounds == NULL) return 1;
    uint64_t sum_in = 0;
    for (int64_t i = 0; i < S.n; i++) {
        uint64_t r = next();
        double u = (double)(r >> 11) * 0x1p-53;
        switch (S.dt) {
        case F64: ((double *)src)[i] = u; break;
        case F32: ((float *)src)[i] = (float)u; break;
        case I64: ((int64_t *)src)[i] = (int64_t)r; break;
        default: ((int32_t *)src)[i] = (int32_t)(uint32_t)r; break;
        }
        sum_in += bits_at(src, i);
    }
    double best[4] = {1e30, 1e30, 1e30, 1e30}, per[MAX_THREADS][3];
    for (int r = 0; r < reps; r++) {
        if (!S.local) memcpy(S.x, src, (size_t)bytes);
        double t0 = now();
        const void *px = S.local ? src : S.x; /* the same values */
        int32_t rc = S.dt == F64 ? k4j_sort_plan_f64(S.isa, px, S.n, S.arg, bits, S.plan)
                   : S.dt == F32 ? k4j_sort_plan_f32(S.isa, px, S.n, S.arg, bits, S.plan)
                   : S.dt == I64 ? k4j_sort_plan_i64(S.isa, px, S.n, S.arg, bits, S.plan)
                                 : k4j_sort_plan_i32(S.isa, px, S.n, S.arg, bits, S.plan);
        double tplan = now() - t0;
        if (rc != K4J_OK) return 1;
        pthread_barrier_init(&S.bar, NULL, (unsigned)S.threads);
        pthread_t th[MAX_THREADS];
        for (int i = 0; i < S.threads; i++) pthread_create(&th[i], NULL, sort_thread, (void *)(intptr_t)i);
        for (int i = 0; i < S.threads; i++) pthread_join(th[i], NULL);
        pthread_barrier_destroy(&S.bar);
        double ph[3] = {0, 0, 0};
        for (int i = 0; i < S.threads; i++)
            for (int k = 0; k < 3; k++) ph[k] = S.t[i][k] > ph[k] ? S.t[i][k] : ph[k];
        double total = tplan + ph[0] + ph[1] + ph[2];
        if (total < best[3]) {
            best[0] = ph[0], best[1] = ph[1], best[2] = ph[2], best[3] = total;
            memcpy(per, S.t, sizeof per);
        }
    }
    if (S.arg) { /* the indices: a permutation, values in order, ties in index order */
        const void *v = S.src;
        unsigned char *seen = calloc((size_t)S.n, 1);
        if (seen == NULL) return 1;
        for (int64_t i = 0; i < S.n && !S.failed; i++) {
            int64_t j = S.idx[i];
            if (j < 0 || j >= S.n || seen[j]) {
                fprintf(stderr, "k4j_perf: index %lld at %lld is out of range or repeated\n", (long long)j, (long long)i);
                S.failed = 1;
                break;
            }
            seen[j] = 1;
            if (i == 0) continue;
            int64_t k = S.idx[i - 1];
            int lt, eq;
            switch (S.dt) {
            case F64: lt = ((const double *)v)[k] < ((const double *)v)[j], eq = ((const double *)v)[k] == ((const double *)v)[j]; break;
            case F32: lt = ((const float *)v)[k] < ((const float *)v)[j], eq = ((const float *)v)[k] == ((const float *)v)[j]; break;
            case I64: lt = ((const int64_t *)v)[k] < ((const int64_t *)v)[j], eq = ((const int64_t *)v)[k] == ((const int64_t *)v)[j]; break;
            default: lt = ((const int32_t *)v)[k] < ((const int32_t *)v)[j], eq = ((const int32_t *)v)[k] == ((const int32_t *)v)[j]; break;
            }
            if (!(lt || (eq && k < j))) {
                fprintf(stderr, "k4j_perf: indices out of order at %lld\n", (long long)i);
                S.failed = 1;
            }
        }
        free(seen);
        if (S.failed) return 1;
    }
    uint64_t sum_out = S.arg ? sum_in : bits_at(S.out, 0);
    for (int64_t i = 1; i < S.n && !S.failed && !S.arg; i++) {
        if (!ordered(S.out, i)) {
            fprintf(stderr, "k4j_perf: not sorted at %lld\n", (long long)i);
            S.failed = 1;
        }
        sum_out += bits_at(S.out, i);
    }
    if (!S.failed && sum_out != sum_in) {
        fprintf(stderr, "k4j_perf: the output is not a permutation of the input\n");
        S.failed = 1;
    }
    if (S.failed) return 1;
    const double ns = 1e9 / (double)S.n;
    printf("%s %s n=%lld isa=%d (path %d) threads=%d buckets=2^%d: count %.3f scatter %.3f buckets %.3f "
           "total %.3f ns per element (best of %d)\n",
           argv[1], d, (long long)S.n, S.isa, k4j_info_resolve_isa(S.isa), S.threads, bits, best[0] * ns, best[1] * ns,
           best[2] * ns, best[3] * ns, reps);
    if (S.threads > 1)
        for (int i = 0; i < S.threads; i++)
            printf("  thread %d (cpu %d): count %.2f scatter %.2f buckets %.2f ms\n", i, cpu_of(i), per[i][0] * 1e3,
                   per[i][1] * 1e3, per[i][2] * 1e3);
    return 0;
}

/* ---- gemm ---------------------------------------------------------------------------- */

static int gemm_main(int argc, char **argv) {
    if (argc < 5) usage();
    int f32 = !strcmp(argv[2], "f32");
    if (!f32 && strcmp(argv[2], "f64") != 0) usage();
    int isa = atoi(argv[3]);
    pin(0);
    /* The best of three probes: the first of a process has come out 20% low (float32 on AMD
     * Zen 5: 169 against 212 GFLOP/s a moment later), and a busy host only ever lowers one. */
    double probe = 0;
    for (int r = 0; r < 3; r++) {
        double t0 = now();
        int64_t flops = f32 ? k4j_probe_fma_f32(isa, 20000000) : k4j_probe_fma_f64(isa, 20000000);
        double g = (double)flops / (now() - t0) * 1e-9;
        probe = g > probe ? g : probe;
    }
    printf("gemm %s isa=%d (path %d): FMA probe %.1f GFLOP/s;", argv[2], isa, k4j_info_resolve_isa(isa), probe);
    for (int a = 4; a < argc; a++) {
        int64_t n = atol(argv[a]);
        if (n < 1 || n > 16384) usage();
        size_t es = f32 ? 4 : 8, bytes = (size_t)(n * n) * es;
        char *A = huge((int64_t)bytes), *B = huge((int64_t)bytes), *C = huge((int64_t)bytes);
        for (int64_t i = 0; i < n * n; i++) {
            double va = (double)(i % 7) * 0.1, vb = (double)(i % 5) * 0.2;
            if (f32) ((float *)A)[i] = (float)va, ((float *)B)[i] = (float)vb;
            else ((double *)A)[i] = va, ((double *)B)[i] = vb;
        }
        int64_t ws = f32 ? k4j_gemm_workspace_size_f32(isa, n, n, n) : k4j_gemm_workspace_size_f64(isa, n, n, n);
        void *W = huge(ws > 0 ? ws : 64);
        int calls = n <= 256 ? 200 : n <= 512 ? 30 : n <= 1024 ? 6 : 1;
        double best = 1e30;
        for (int r = 0; r < 5; r++) {
            double s = now();
            for (int q = 0; q < calls; q++) {
                int32_t rc = f32 ? k4j_gemm_gemm_f32(isa, 0, 0, n, n, n, 1.0f, (float *)A, n, (float *)B, n, 0.0f,
                                                     (float *)C, n, W)
                                 : k4j_gemm_gemm_f64(isa, 0, 0, n, n, n, 1.0, (double *)A, n, (double *)B, n, 0.0,
                                                     (double *)C, n, W);
                if (rc != K4J_OK) return 1;
            }
            double t = (now() - s) / calls;
            best = t < best ? t : best;
        }
        double g = 2.0 * (double)n * (double)n * (double)n / best * 1e-9;
        printf(" n=%lld %.1f GFLOP/s (%.0f%%)", (long long)n, g, 100.0 * g / probe);
        k4j_mem_free_huge(A, (int64_t)bytes);
        k4j_mem_free_huge(B, (int64_t)bytes);
        k4j_mem_free_huge(C, (int64_t)bytes);
        k4j_mem_free_huge(W, ws > 0 ? ws : 64);
    }
    printf("\n");
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) usage();
    if (!strcmp(argv[1], "sort") || !strcmp(argv[1], "argsort")) return sort_main(argc, argv);
    if (!strcmp(argv[1], "gemm")) return gemm_main(argc, argv);
    usage();
    return 2;
}
