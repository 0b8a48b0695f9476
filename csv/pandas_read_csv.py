"""pandas.read_csv on the benchmark file, the default (C) engine and the pyarrow engine, MB/s."""
import os
import sys
import time

import pandas as pd

path = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
size = os.path.getsize(path)
print(f"pandas {pd.__version__}, file {size / 1e6:.1f} MB")
for engine in ("c", "pyarrow"):
    best = 0.0
    for r in range(rounds):
        t0 = time.perf_counter()
        df = pd.read_csv(path, engine=engine)
        s = time.perf_counter() - t0
        best = max(best, size / 1e6 / s)
        print(f"round {r} read_csv(engine={engine!r}) {s:6.2f} s {size / 1e6 / s:7.1f} MB/s  rows {len(df)}")
        del df
    print(f"  best read_csv(engine={engine!r}) {best:7.1f} MB/s")
