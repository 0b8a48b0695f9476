#!/usr/bin/env python3
"""NumPy's side of SortBench: the same calls on 10^7 uniform random float64, best of
several runs (milliseconds). Run twice, as NumPy dispatches by CPU: by default, and with
NPY_DISABLE_CPU_FEATURES="X86_V4 AVX512_ICL AVX512_SPR", which selects NumPy's AVX2 sort
(faster than its AVX-512 one on Zen 4).

    python3 benchmarks/numpy_bench.py            # both configurations
"""
import os
import subprocess
import sys
import time

N = 10_000_000
RUNS = 5
AVX2_ONLY = "X86_V4 AVX512_ICL AVX512_SPR"


def best(fn, prepare=None):
    times = []
    for _ in range(RUNS):
        arg = prepare() if prepare else None
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return min(times) * 1e3


def measure():
    import numpy as np
    x = np.random.default_rng(42).random(N)
    x32 = x.astype(np.float32)
    rows = {
        "sort (np.sort, copy included)": best(lambda _: np.sort(x)),
        "sort in place (a.sort())": best(lambda a: a.sort(), prepare=lambda: x.copy()),
        "argsort (default)": best(lambda _: np.argsort(x)),
        "argsort (stable)": best(lambda _: np.argsort(x, kind="stable")),
        "percentile(50)": best(lambda _: np.percentile(x, 50)),
        "histogram(100 bins, range)": best(lambda _: np.histogram(x, bins=100, range=(0.0, 1.0))),
        "histogram float32(100 bins, range)": best(lambda _: np.histogram(x32, bins=100, range=(0.0, 1.0))),
    }
    label = os.environ.get("NPY_DISABLE_CPU_FEATURES", "") or "default dispatch"
    print(f"numpy {np.__version__}, n = {N}, best of {RUNS} ({label})")
    for k, v in rows.items():
        print(f"  {k:32s} {v:9.1f} ms")


if __name__ == "__main__":
    try:
        import numpy  # noqa: F401
    except ImportError:
        print("numpy is not installed: nothing to compare")
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        measure()
    else:
        for env in ({}, {"NPY_DISABLE_CPU_FEATURES": AVX2_ONLY}):
            subprocess.run([sys.executable, __file__, "--one"], env={**os.environ, **env}, check=True)
