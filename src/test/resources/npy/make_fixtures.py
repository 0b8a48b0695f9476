#!/usr/bin/env python3
"""Writes the small .npy files NpyTest reads (run from this directory; NumPy 2.x).

Values follow one rule so the test can check them without NumPy: element k in C order
(row-major, whatever order the file uses) is k * 1.5 - 3 for floats, k * 7 - 20 for
integers, (k * 37) % 256 for uint8 and k % 3 == 0 for bool.
"""
import numpy as np
from numpy.lib import format as npf


def values(kind, shape):
    n = int(np.prod(shape, dtype=np.int64))
    k = np.arange(n)
    if kind == "f":
        v = k * 1.5 - 3
    elif kind == "i":
        v = k * 7 - 20
    elif kind == "u":
        v = (k * 37) % 256
    else:
        v = k % 3 == 0
    return v.reshape(shape)


def save(name, arr, version=None):
    with open(name, "wb") as f:
        npf.write_array(f, arr, version=version, allow_pickle=True)


for code, kind in [("f8", "f"), ("f4", "f"), ("i8", "i"), ("i4", "i"), ("u1", "u"), ("b1", "b")]:
    dt = np.dtype(code) if code != "b1" else np.dtype(bool)
    save(f"{code}_1d.npy", values(kind, (7,)).astype(dt))
    save(f"{code}_2d_c.npy", values(kind, (3, 4)).astype(dt))
    save(f"{code}_2d_f.npy", np.asfortranarray(values(kind, (3, 4)).astype(dt)))
    if code not in ("u1", "b1"):
        save(f"{code}_2d_be.npy", values(kind, (3, 4)).astype(dt.newbyteorder(">")))
save("f8_3d_f.npy", np.asfortranarray(values("f", (2, 3, 4))))
save("f4_3d_f_be.npy", np.asfortranarray(values("f", (2, 3, 4)).astype(">f4")))
save("f8_v2.npy", values("f", (5,)), version=(2, 0))
save("f8_v3.npy", values("f", (5,)), version=(3, 0))
save("f8_scalar.npy", np.array(-3.0))
save("f8_empty.npy", np.zeros((0,)))
save("f8_empty_2d.npy", np.zeros((2, 0)))
# Types that must be refused with a clear error.
save("bad_object.npy", np.array([1, "a", None], dtype=object))
save("bad_structured.npy", np.zeros(2, dtype=[("a", "<f8"), ("b", "<i4")]))
save("bad_unicode.npy", np.array(["ab", "c"]))
save("bad_complex.npy", np.array([1 + 2j]))
save("bad_datetime.npy", np.array(["2026-12-04"], dtype="M8[D]"))
save("bad_f2.npy", np.zeros(3, dtype=np.float16))
save("bad_i2.npy", np.zeros(3, dtype=np.int16))
