#!/usr/bin/env python3
"""Correctly rounded reference values for the transcendental functions of the ufunc family,
computed with mpmath at 400 bits (deterministic: fixed seeds).

Run by hand from the repository root, then commit the output:

    python3 src/test/resources/ufunc/make_reference.py

It writes src/test/resources/ufunc/reference.txt, which org.kernels4j.UfuncAccuracyTest reads, so
the tests need neither Python nor mpmath. One case per line:

    <op> <dtype> <a> [<b>] <want>

with every number as the hex bits of its IEEE value (16 digits for f64, 8 for f32): <want> is the
exact value of op(a[, b]) rounded to nearest (ties to even) in dtype, overflow to +-Inf. Only
finite inputs whose result is a real number are written (NaN, infinities and domain errors are
checked exactly by GoldenTest and UfuncTest). The exact value is approximated to 400 bits, so a
case would only be misrounded if it lay within 2^-400 relative of a rounding boundary; the
hardest double cases of these functions come within about 2^-120.
"""

import math
import os
import random
import struct
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

mp.prec = 400
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.txt")


def bits64(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]


def bits32(v):
    return "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]


def f32(v):
    """v rounded to float32 (to +-Inf beyond its range)."""
    if abs(v) >= 2.0 ** 128 - 2.0 ** 103:
        return float("inf") if v > 0 else float("-inf")
    return struct.unpack("<f", struct.pack("<f", v))[0]


def next32(v, up):
    u = struct.unpack("<I", struct.pack("<f", v))[0]
    if v == 0:
        u = 1 if up else 0x80000001
    elif (v > 0) == up:
        u += 1
    else:
        u -= 1
    return struct.unpack("<f", struct.pack("<I", u))[0]


def exact(x):
    """The mpf x as an exact Fraction."""
    if x == 0:
        return Fraction(0)
    sign, man, exp, _ = x._mpf_
    q = Fraction(man) * (Fraction(2) ** exp) if exp >= 0 else Fraction(man, 2 ** -exp)
    return -q if sign else q


def round64(x):
    if abs(x) >= mpf(2) ** 1024 - mpf(2) ** 970:  # at or past the midpoint above the largest double
        return float("inf") if x > 0 else float("-inf")
    return float(exact(x))  # int / int true division: correctly rounded, subnormals included


def round32(x):
    if abs(x) >= mpf(2) ** 128 - mpf(2) ** 103:
        return float("inf") if x > 0 else float("-inf")
    q = exact(x)
    c = f32(float(q))  # within one float of the answer (double rounding at worst)
    if abs(c) == float("inf"):
        c = math.copysign(3.4028234663852886e38, c)
    best = None
    for cand in (next32(c, False), c, next32(c, True)):
        if cand != cand or abs(cand) == float("inf"):
            continue
        d = abs(Fraction(cand) - q)
        if best is None or d < best[0] or (d == best[0] and (struct.unpack("<I", struct.pack("<f", cand))[0] & 1) == 0):
            best = (d, cand)
    return best[1]


def is_int(v):
    return v == int(v)


FUNCS = {
    "SIN": lambda a: mpmath.sin(a),
    "COS": lambda a: mpmath.cos(a),
    "TAN": lambda a: mpmath.tan(a),
    "TANH": lambda a: mpmath.tanh(a),
    "LOG1P": lambda a: mpmath.log1p(a) if a > -1 else None,
    "EXPM1": lambda a: mpmath.expm1(a) if a < 1e6 else None,
    "LOG2": lambda a: mpmath.log(a, 2) if a > 0 else None,
    "LOG10": lambda a: mpmath.log10(a) if a > 0 else None,
    "POW": None,
    "ATAN2": None,
}


def pow_ref(a, b):
    if a == 0:
        return None  # exact special cases: GoldenTest
    if a < 0 and not is_int(b):
        return None
    if abs(b) * abs(mpmath.log(abs(a), 2)) > 5000:
        return mpf("inf") if (a > 0 or not is_int(b) or int(b) % 2 == 0) and b * mpmath.log(abs(a)) > 0 else None
    r = mpmath.power(abs(mpf(a)), mpf(b))
    if a < 0 and int(b) % 2 == 1:
        r = -r
    return r


def atan2_ref(a, b):
    if a == 0 or b == 0:
        return None
    return mpmath.atan2(mpf(a), mpf(b))


def rnd_exp(r, lo, hi):
    """A random double with a random binary exponent in [lo, hi) and a random sign."""
    return r.choice((-1.0, 1.0)) * (1 + r.random()) * 2.0 ** r.randrange(lo, hi)


def inputs(op, r, count, single):
    big = 127 if single else 1023
    tiny = -149 if single else -1074
    out = []
    for i in range(count):
        k = i % 8
        if op in ("SIN", "COS", "TAN"):
            v = [lambda: r.uniform(-10, 10), lambda: rnd_exp(r, -30, 30), lambda: rnd_exp(r, 30, big),
                 lambda: rnd_exp(r, tiny, -30), lambda: r.choice((1.5707963267948966, 3.141592653589793,
                                                                 4.71238898038469, 6.283185307179586, 1e22, 1e300,
                                                                 355.0, 103993.0, 1.0, 0.5))
                 * r.choice((1, -1)) * (1 + r.randrange(-4, 5) * 2.0 ** -52),
                 lambda: r.uniform(-1e6, 1e6), lambda: r.uniform(-3.2, 3.2), lambda: float(r.randrange(-100000, 100000))][k]()
        elif op == "TANH":
            v = [lambda: r.uniform(-20, 20), lambda: rnd_exp(r, -30, 6), lambda: rnd_exp(r, tiny, -20),
                 lambda: r.uniform(-1, 1), lambda: r.uniform(-0.6, 0.6), lambda: rnd_exp(r, 4, 10),
                 lambda: r.uniform(-3, 3), lambda: rnd_exp(r, -60, 2)][k]()
        elif op == "LOG1P":
            v = [lambda: r.uniform(-1, 10), lambda: rnd_exp(r, -60, 0), lambda: abs(rnd_exp(r, 0, big)),
                 lambda: rnd_exp(r, tiny, -30), lambda: -1 + abs(rnd_exp(r, -52, -1)), lambda: r.uniform(-0.3, 0.5),
                 lambda: abs(rnd_exp(r, -10, 60)), lambda: r.uniform(-0.999, 1e3)][k]()
        elif op == "EXPM1":
            lim = 88.7 if single else 709.7
            v = [lambda: r.uniform(-40, lim), lambda: rnd_exp(r, -60, 0), lambda: rnd_exp(r, tiny, -30),
                 lambda: r.uniform(-1, 1), lambda: r.uniform(-0.4, 0.4), lambda: r.uniform(lim - 5, lim + 2),
                 lambda: r.uniform(-800, 0), lambda: r.uniform(-5, 5)][k]()
        elif op in ("LOG2", "LOG10"):
            v = [lambda: abs(rnd_exp(r, tiny, big)), lambda: r.uniform(0.5, 2), lambda: r.uniform(0.9, 1.1),
                 lambda: 1 + rnd_exp(r, -52, -10), lambda: abs(rnd_exp(r, tiny, -1022 if not single else -126)),
                 lambda: r.uniform(0, 1e6), lambda: 10.0 ** r.randrange(-300 if not single else -37, 300 if not single else 38),
                 lambda: 2.0 ** r.randrange(tiny, big) * (1 + r.randrange(0, 3) * 2.0 ** -52)][k]()
        if single:
            v = f32(v)
        out.append(v)
    return out


def pairs(op, r, count, single):
    out = []
    for i in range(count):
        k = i % 6
        if op == "POW":
            a, b = [lambda: (r.uniform(0, 10), r.uniform(-30, 30)), lambda: (abs(rnd_exp(r, -60, 60)), r.uniform(-20, 20)),
                    lambda: (r.uniform(0.5, 2), r.uniform(-2000, 2000)),
                    lambda: (-r.uniform(0, 10), float(r.randrange(-40, 40))),
                    lambda: (r.uniform(0, 3), r.choice((0.5, 2.0, 3.0, -1.0, -0.5, 1.0 / 3, 10.0))),
                    lambda: (1 + rnd_exp(r, -40, -5), rnd_exp(r, 5, 45))][k]()
        else:
            a, b = [lambda: (r.uniform(-10, 10), r.uniform(-10, 10)), lambda: (rnd_exp(r, -100, 100), rnd_exp(r, -100, 100)),
                    lambda: (rnd_exp(r, -1074 if not single else -149, -900 if not single else -100), rnd_exp(r, 0, 10)),
                    lambda: (rnd_exp(r, 0, 5), rnd_exp(r, -60, -20)), lambda: (rnd_exp(r, -5, 5), rnd_exp(r, 300 if not single else 100, 1000 if not single else 127)),
                    lambda: (r.uniform(-1, 1), r.uniform(-1, 1))][k]()
        if single:
            a, b = f32(a), f32(b)
        out.append((a, b))
    return out


def main():
    lines = ["# generated by make_reference.py (mpmath %s, %d bits); see its docstring" % (mpmath.__version__, mp.prec)]
    for dtype, count, bits, rnd, single in (("f64", 1200, bits64, round64, False), ("f32", 600, bits32, round32, True)):
        for op in FUNCS:
            r = random.Random(sum(map(ord, op + dtype)) * 7919)
            if op in ("POW", "ATAN2"):
                for a, b in pairs(op, r, count, single):
                    ref = pow_ref(a, b) if op == "POW" else atan2_ref(a, b)
                    if ref is None:
                        continue
                    w = rnd(ref) if ref != mpf("inf") else float("inf")
                    lines.append("%s %s %s %s %s" % (op, dtype, bits(a), bits(b), bits(w)))
            else:
                for a in inputs(op, r, count, single):
                    if a != a or abs(a) == float("inf"):
                        continue
                    ref = FUNCS[op](mpf(a))
                    if ref is None:
                        continue
                    lines.append("%s %s %s %s" % (op, dtype, bits(a), bits(rnd(ref))))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d cases" % (OUT, len(lines) - 1))


if __name__ == "__main__":
    main()
