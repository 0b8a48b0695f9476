#!/usr/bin/env python3
"""Times NumPy on the ops and sizes of `kernels4j bench`, as its peer column.

Same data as the JMH benchmarks (uniform float64; exp's input in [-2, 2)), same kind of
measurement: warmup, then several timed iterations of back-to-back calls; prints one
tab-separated line per (op, n): op, n, calls per second (mean over iterations) and the
half-width of its 99.9% confidence interval (Student t, as JMH reports its error).

  python3 benchmarks/numpy_peer.py --ops sum,exp --sizes 1000,10000000 --time 0.5

Ops this script does not know are skipped (the command shows "n/a" for them).
"""
import argparse
import math
import sys
import time

try:
    import numpy as np
except ImportError:  # the command checks for numpy first; this is for runs by hand
    sys.exit("numpy is not installed")

# Two-sided 99.9% Student t quantiles by degrees of freedom (JMH's error uses the same).
T999 = {1: 636.619, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041,
        9: 4.781, 10: 4.587, 15: 4.073, 20: 3.850, 30: 3.646}


def t999(df):
    if df <= 0:
        return float("nan")
    for k in sorted(T999):
        if df <= k:
            return T999[k]
    return 3.291


class Data:
    def __init__(self, n):
        rng = np.random.default_rng(42)
        self.x = rng.uniform(-1.0, 1.0, n)
        self.y = np.random.default_rng(43).uniform(-1.0, 1.0, n)
        self.e = rng.uniform(-2.0, 2.0, n)
        self.out = np.empty(n)
        self.u = np.random.default_rng(44).uniform(0.0, 1.0, n)
        self.base = self.x + 2.0
        self.n = n
        self._m = None

    def sortdata(self):
        """The sort family's inputs, the values of BenchData.uniform(n, 42, 0, 1) (SplitMix64 as
        java.util.SplittableRandom.nextDouble computes it) and their float32, int32 and int64
        conversions, as SortFamilyBench makes them; made on first use."""
        if getattr(self, "_s", None) is None:
            gamma = np.uint64(0x9E3779B97F4A7C15)
            z = np.uint64(42) + np.arange(1, self.n + 1, dtype=np.uint64) * gamma
            z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            z ^= z >> np.uint64(31)
            x = (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
            # Java's (int) and (long) casts truncate toward zero, as astype does here (no value
            # is out of range: |x - 0.5| * 4e9 < 2^31, |x - 0.5| * 1.8e19 < 2^63).
            self._s = {"f64": x, "f32": x.astype(np.float32),
                       "i32": ((x - 0.5) * 4.0e9).astype(np.int32),
                       "i64": ((x - 0.5) * 1.8e19).astype(np.int64)}
        return self._s

    def grid(self):
        """x as a (n / 2500) x 2500 matrix (the axis family), the same values as the JMH benchmark."""
        rows = max(1, self.n // 2500)
        if getattr(self, "_g", None) is None:
            self._g = np.random.default_rng(42).uniform(-1.0, 1.0, rows * 2500).reshape(rows, 2500)
        return self._g

    def matrices(self):
        """n x n A, B and C for dgemm (n is the matrix order there), made on first use."""
        if self._m is None:
            rng = np.random.default_rng(45)
            self._m = (rng.uniform(-0.5, 0.5, (self.n, self.n)), rng.uniform(-0.5, 0.5, (self.n, self.n)),
                       np.empty((self.n, self.n)))
        return self._m

    def fmatrices(self):
        """The float32 A, B and C for sgemm: dgemm's values rounded to float32."""
        if getattr(self, "_fm", None) is None:
            a, b, _ = self.matrices()
            self._fm = (a.astype(np.float32), b.astype(np.float32), np.empty((self.n, self.n), np.float32))
        return self._fm


OPS = {
    "sum": lambda d: np.sum(d.x),
    "dot": lambda d: np.dot(d.x, d.y),
    "min": lambda d: np.min(d.x),
    "argmax": lambda d: np.argmax(d.x),
    "std": lambda d: np.std(d.x, ddof=1),
    "add": lambda d: np.add(d.x, d.y, out=d.out),
    "exp": lambda d: np.exp(d.e, out=d.out),
    "cumsum": lambda d: np.cumsum(d.x, out=d.out),
    "expr": lambda d: d.x * d.y * (1 - d.u),
    # the sort family: SortFamilyBench's arrays (sortdata); np.sort copies, as the benchmark does
    "sort": lambda d: np.sort(d.sortdata()["f64"]),
    "sortf32": lambda d: np.sort(d.sortdata()["f32"]),
    "sorti32": lambda d: np.sort(d.sortdata()["i32"]),
    "sorti64": lambda d: np.sort(d.sortdata()["i64"]),
    # NumPy's default kind (quicksort: x86-simd-sort's argsort where the CPU has AVX-512 or
    # AVX2); kernels4j's argsort is always stable
    "argsort": lambda d: np.argsort(d.sortdata()["f64"]),
    "percentile": lambda d: np.percentile(d.sortdata()["f64"], 50),
    "quantiles": lambda d: np.quantile(d.sortdata()["f64"], [0.01, 0.25, 0.5, 0.75, 0.99]),
    "histogram": lambda d: np.histogram(d.sortdata()["f64"], bins=100, range=(0.0, 1.0)),
    "sin": lambda d: np.sin(d.x, out=d.out),
    "pow": lambda d: np.power(d.base, d.y, out=d.out),
    "floor": lambda d: np.floor(d.x, out=d.out),
    "minimum": lambda d: np.minimum(d.x, d.y, out=d.out),
    "dgemm": lambda d: np.matmul(*d.matrices()[:2], out=d.matrices()[2]),
    "sgemm": lambda d: np.matmul(*d.fmatrices()[:2], out=d.fmatrices()[2]),
    # the axis family: n elements as a (n / 2500) x 2500 row-major matrix
    "colsum": lambda d: d.grid().sum(axis=0),
    "colmean": lambda d: d.grid().mean(axis=0),
    "rowsum": lambda d: d.grid().sum(axis=1),
}


def simd():
    """The CPU features NumPy dispatches to here (its baseline and the dispatched ones enabled,
    NPY_DISABLE_CPU_FEATURES applied), e.g. "X86_V2 X86_V3 X86_V4 AVX512_ICL AVX512_SPR"."""
    try:
        from numpy._core._multiarray_umath import __cpu_baseline__, __cpu_dispatch__, __cpu_features__
        on = list(__cpu_baseline__) + [f for f in __cpu_dispatch__ if __cpu_features__.get(f)]
        return " ".join(dict.fromkeys(on)) or "none"
    except ImportError:
        return "unknown"


def rate(fn, d, seconds):
    """Calls per second over at least `seconds`, calling in batches to keep timer overhead low."""
    batch = 1
    calls = 0
    start = time.perf_counter()
    while True:
        for _ in range(batch):
            fn(d)
        calls += batch
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return calls / elapsed
        if elapsed < seconds / 20:
            batch *= 2


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ops", default=",".join(OPS))
    p.add_argument("--sizes", default="1000,100000,10000000")
    p.add_argument("--warmup", type=float, default=0.1, help="warmup seconds per (op, n)")
    p.add_argument("--time", type=float, default=0.1, help="seconds per timed iteration")
    p.add_argument("--iterations", type=int, default=3)
    a = p.parse_args()
    print("# numpy\t%s" % np.__version__, flush=True)
    print("# simd\t%s" % simd(), flush=True)
    sizes = [int(s) for s in a.sizes.split(",") if s]
    for n in sizes:
        d = Data(n)
        for op in [o for o in a.ops.split(",") if o]:
            fn = OPS.get(op)
            if fn is None:
                continue
            if a.warmup > 0:
                rate(fn, d, a.warmup)
            r = [rate(fn, d, a.time) for _ in range(max(1, a.iterations))]
            mean = sum(r) / len(r)
            if len(r) > 1:
                sd = math.sqrt(sum((v - mean) ** 2 for v in r) / (len(r) - 1))
                err = t999(len(r) - 1) * sd / math.sqrt(len(r))
            else:
                err = float("nan")
            print("%s\t%d\t%.6g\t%.6g" % (op, n, mean, err), flush=True)


if __name__ == "__main__":
    main()
