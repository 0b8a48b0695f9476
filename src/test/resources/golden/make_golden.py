#!/usr/bin/env python3
"""Golden cases for kernels4j, computed by NumPy.

Run by hand from the repository root, then commit the output:

    python3 src/test/resources/golden/make_golden.py

It rewrites src/test/resources/golden/numpy_golden.txt (deterministic: fixed seeds, so a rerun
with the same NumPy gives the same file; the header records the NumPy version). The JUnit test
org.kernels4j.GoldenTest reads that file, so tests need no NumPy at test time.

File format (plain text, no dependencies to parse):

    # comment lines and blank lines are ignored
    input <name> <v1> <v2> ...          a shared input array, referred to as @<name> below
    case <op> <label>                   starts a case; <op> selects the check in GoldenTest
    <key> <v1> <v2> ...                 named argument or expected value (any number of values)
    end                                 ends the case

Numbers are written as Python's repr of a float (the shortest decimal that reads back to the
same double; Double.parseDouble reads it to the same bits), with NaN, Infinity, -Infinity, and
integers as plain decimals. An expected exception is written `want error`: NumPy rejected the
input, and kernels4j must throw IllegalArgumentException. Where the library departs from NumPy
on purpose (the semantics table in the README, e.g. var of fewer than ddof+1 values, which
NumPy answers with NaN and a warning), no case is written.

Adding goldens for a new operation:
  1. write a function gen_<op>(out) below that calls case(out, op, label, key=values, ...) for
     random and edge-case inputs (empty, NaN, +-Inf, +-0, ties), using only NumPy;
  2. call it from main();
  3. in GoldenTest, add a branch for <op> to the switch in check(), calling the kernels4j
     operation and comparing bit for bit where the library promises NumPy's bits (the README's
     semantics table), else within a tolerance in ulps stated next to the comparison;
  4. rerun this script and commit both files.
"""

import math
from fractions import Fraction
import os
import sys
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy_golden.txt")

QUANTILE_METHODS = ["linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf",
                    "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
                    "hazen", "weibull", "median_unbiased", "normal_unbiased"]
QS = [0.0, 0.01, 0.05, 0.1, 0.125, 0.25, 1.0 / 3.0, 0.5, 0.75, 0.9, 0.999, 1.0]


def fmt(v):
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(v)


INPUTS = {}  # id(array) -> name of the shared input it was written as


def case(out, op, label, **keys):
    out.append("case %s %s" % (op, label))
    for k, vals in keys.items():
        if isinstance(vals, np.ndarray) and id(vals) in INPUTS:
            out.append("%s @%s" % (k, INPUTS[id(vals)]))
            continue
        if isinstance(vals, str):
            out.append("%s %s" % (k, vals))
            continue
        vals = np.asarray(vals).ravel().tolist() if not np.isscalar(vals) else [vals]
        out.append(" ".join([k] + [fmt(v) for v in vals]))
    out.append("end")


_INPUTS = None


def inputs():
    """(label, float64 array) pairs: random, ties and edge cases; built once, so the same
    array objects come back and cases refer to them by name."""
    global _INPUTS
    if _INPUTS is None:
        _INPUTS = make_inputs()
    return _INPUTS


def make_inputs():
    rng = np.random.default_rng(20261204)
    xs = [
        ("one", np.array([2.5])),
        ("two", np.array([3.0, -1.0])),
        ("uniform7", rng.random(7)),
        ("uniform100", rng.random(100)),
        ("normal301", rng.standard_normal(301) * 1e3),
        ("ties200", np.round(rng.standard_normal(200), 1)),
        ("smallints50", rng.integers(-3, 4, 50).astype(np.float64)),
        ("signedzeros", np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0])),
        ("wide", np.array([1e308, -1e308, 5e-324, -5e-324, 1.0, 1e-300, 3.0])),
    ]
    nan = rng.random(40)
    nan[[3, 17, 29]] = np.nan
    xs.append(("nan40", nan))
    inf = rng.standard_normal(30)
    inf[[0, 11]] = np.inf
    inf[[5]] = -np.inf
    xs.append(("inf30", inf))
    xs.append(("allnan", np.array([np.nan, np.nan, np.nan])))
    return xs


def gen_quantile(out):
    for label, x in inputs() + [("empty", np.array([]))]:
        for m in QUANTILE_METHODS:
            if x.size == 0:
                case(out, "quantile", label, method=m, x=x, q=QS, want="error")
                continue
            case(out, "quantile", label, method=m, x=x, q=QS, want=np.quantile(x, QS, method=m))
            ps = [q * 100 for q in QS]
            case(out, "percentile", label, method=m, x=x, p=ps, want=np.percentile(x, ps, method=m))
            if np.isnan(x).any():
                case(out, "nanquantile", label, method=m, x=x, q=QS, want=np.nanquantile(x, QS, method=m))
        if x.size:
            case(out, "median", label, x=x, want=np.median(x))


def gen_moments(out):
    # mean, var and std with ddof 0..2, where ddof < n (fewer values: the library throws, see header)
    # Not "wide": under cancellation (1e308 - 1e308 beside 1 and 3) the summation order decides
    # the answer (NumPy's sequential order for n < 8 gives mean 4/7, a tree order may give 0);
    # both lie within the forward error bound n * u * sum|x|, so no ulp tolerance applies there.
    for label, x in inputs():
        if label == "wide":
            continue
        with np.errstate(all="ignore"):
            for ddof in (0, 1, 2):
                if ddof >= x.size:
                    continue
                case(out, "moments", label, ddof=ddof, x=x,
                     want_mean=np.mean(x), want_var=np.var(x, ddof=ddof), want_std=np.std(x, ddof=ddof))


def gen_cumsum(out):
    for label, x in inputs() + [("empty", np.array([]))]:
        case(out, "cumsum", label, x=x, want=np.cumsum(x))


def gen_sort(out):
    rng = np.random.default_rng(7)
    for label, x in inputs() + [("empty", np.array([]))]:
        case(out, "sort", label, x=x, want=np.sort(x))
    f = (rng.standard_normal(300) * 10).astype(np.float32)
    f[[4, 8]] = np.nan
    f[[9]] = np.float32(-0.0)
    f[[10]] = np.float32(np.inf)
    case(out, "sort_f32", "normal300", x=f, want=np.sort(f))


def gen_histogram(out):
    rng = np.random.default_rng(11)
    for label, x in inputs() + [("empty", np.array([]))]:
        finite = x[np.isfinite(x)]
        for bins in (1, 10, 37):
            # a given range
            lo, hi = (-2.0, 2.0)
            c, e = np.histogram(x, bins=bins, range=(lo, hi))
            case(out, "histogram_range", label, bins=bins, lo=lo, hi=hi, x=x, want_counts=c, want_edges=e)
            # the range from the data: NumPy rejects non-finite data
            if finite.size == x.size:
                with np.errstate(all="ignore"):
                    try:
                        c, e = np.histogram(x, bins=bins)
                        case(out, "histogram_auto", label, bins=bins, x=x, want_counts=c, want_edges=e)
                    except (ValueError, IndexError):  # NumPy fails on a range it cannot divide
                        case(out, "histogram_auto", label, bins=bins, x=x, want="error")
            else:
                case(out, "histogram_auto", label, bins=bins, x=x, want="error")
        edges = [-np.inf, -1.0, -0.0, 0.5, 1.0, 2.0, np.inf]
        c, _ = np.histogram(x, bins=edges)
        case(out, "histogram_edges", label, edges=edges, x=x, want_counts=c)
    # values on and one ulp beside every edge
    lo, hi, bins = -1.0, 3.0, 8
    e = np.linspace(lo, hi, bins + 1)
    x = np.concatenate([e, np.nextafter(e, -np.inf), np.nextafter(e, np.inf), rng.random(50) * 4 - 1])
    c, e2 = np.histogram(x, bins=bins, range=(lo, hi))
    case(out, "histogram_range", "edges-ulp", bins=bins, lo=lo, hi=hi, x=x, want_counts=c, want_edges=e2)
    f = (rng.standard_normal(500)).astype(np.float32)
    f[[1, 2]] = np.nan
    c, e = np.histogram(f, bins=13, range=(-1.5, 2.25))
    case(out, "histogram_range_f32", "normal500", bins=13, lo=-1.5, hi=2.25, x=f, want_counts=c, want_edges=e)
    c, e = np.histogram(f[np.isfinite(f)], bins=10)
    case(out, "histogram_auto_f32", "normal500", bins=10, x=f[np.isfinite(f)], want_counts=c, want_edges=e)


def gen_unique(out):
    for label, x in inputs() + [("empty", np.array([]))]:
        v, c = np.unique(x, return_counts=True)
        case(out, "unique", label, x=x, want_values=v, want_counts=c)


BIN_RULES = ["auto", "fd", "sturges", "sqrt", "scott", "rice", "doane"]


_BIN_INPUTS = None


def bin_inputs():
    """Extra shared inputs for the bin rules (written once as input lines, like inputs())."""
    global _BIN_INPUTS
    if _BIN_INPUTS is None:
        rng = np.random.default_rng(7)
        _BIN_INPUTS = [
            ("normal1000", rng.standard_normal(1000)),
            ("lognormal500", rng.lognormal(0.0, 1.0, 500)),
            ("skewed4096", rng.exponential(2.0, 4096)),
            ("const5", np.full(5, 3.25)),
            ("iqrzero", np.array([1.0] * 40 + [2.0, 5.0])),
            ("ints300", rng.integers(-50, 200, 300).astype(np.float64)),
        ]
    return _BIN_INPUTS


def gen_binrule(out):
    # numpy.histogram(x, bins=<rule>) and with a range: the bin count, edges and counts
    xs = [(l, x) for l, x in bin_inputs() if l != "ints300"]
    for label, x in inputs():
        if np.isfinite(x).all() and x.size > 0 and label != "wide":
            xs.append((label, x))
    for label, x in xs:
        for rule in BIN_RULES:
            c, e = np.histogram(x, bins=rule)
            case(out, "binrule", label, rule=rule, x=x, want_bins=len(c), want_counts=c, want_edges=e)
            lo, hi = float(np.percentile(x, 10)), float(np.percentile(x, 90))
            c, e = np.histogram(x, bins=rule, range=(lo, hi))
            case(out, "binrule_range", label, rule=rule, x=x, lo=lo, hi=hi, want_bins=len(c),
                 want_counts=c, want_edges=e)
    ints = dict(bin_inputs())["ints300"]
    for rule in BIN_RULES:
        c, e = np.histogram(ints.astype(np.int64), bins=rule)
        case(out, "binrule_i64", "ints300", rule=rule, x=ints, want_bins=len(c), want_counts=c, want_edges=e)


def gen_cov(out):
    # numpy.cov (ddof None/0/2, bias) and numpy.corrcoef of small matrices, rows as variables
    # and (rowvar=False) columns as variables; compared within a tolerance (GEMM's order differs)
    rng = np.random.default_rng(11)
    mats = [
        ("normal3x50", rng.standard_normal((3, 50))),
        ("mixed5x20", rng.standard_normal((5, 20)) * np.array([[1], [10], [0.01], [1e3], [2]]) + 7),
        ("corr4x200", np.vstack([np.linspace(0, 1, 200), np.linspace(0, 1, 200) ** 2,
                                 -np.linspace(0, 1, 200), rng.random(200)])),
        ("tall30x4", rng.standard_normal((30, 4))),
        ("one1x9", rng.standard_normal((1, 9))),
    ]
    for label, m in mats:
        for rowvar in (True, False):
            if not rowvar and m.shape[0] < 3:
                continue
            r, c = m.shape
            case(out, "cov", label, rows=r, cols=c, rowvar=int(rowvar), ddof=1, x=m.ravel(),
                 want=np.cov(m, rowvar=rowvar))
            case(out, "cov", label + "_ddof0", rows=r, cols=c, rowvar=int(rowvar), ddof=0, x=m.ravel(),
                 want=np.cov(m, rowvar=rowvar, bias=True))
            case(out, "cov", label + "_ddof2", rows=r, cols=c, rowvar=int(rowvar), ddof=2, x=m.ravel(),
                 want=np.cov(m, rowvar=rowvar, ddof=2))
            case(out, "corrcoef", label, rows=r, cols=c, rowvar=int(rowvar), x=m.ravel(),
                 want=np.corrcoef(m, rowvar=rowvar))


def gen_more_reductions(out):
    # nanvar/nanstd (ddof 0..2), average with weights, weighted bincount, integer reductions
    rng = np.random.default_rng(13)
    for label, x in inputs():
        if label == "wide":
            continue
        for ddof in (0, 1, 2):
            case(out, "nanvar", label, ddof=ddof, x=x, want_var=np.nanvar(x, ddof=ddof),
                 want_std=np.nanstd(x, ddof=ddof))
        if x.size and np.isfinite(x).all():
            w = rng.random(x.size) + 0.1
            case(out, "average", label, x=x, w=w, want=np.average(x, weights=w))
    for n, bins in ((0, 0), (1, 3), (50, 7), (1000, 40)):
        v = rng.integers(0, bins if bins else 1, n)
        w = rng.standard_normal(n) * 10
        case(out, "bincount_w", "n%d" % n, x=v, w=w, minlength=bins // 2, want=np.bincount(v, weights=w, minlength=bins // 2))
    for label, v in (("small", rng.integers(-1000, 1000, 300)), ("big", rng.integers(-2**62, 2**62, 40)),
                     ("wraps", np.array([2**62, 2**62, 2**62, 5], dtype=np.int64)), ("one", np.array([-7]))):
        v = v.astype(np.int64)
        case(out, "int_reduce", label, x=v, want_sum=int(np.sum(v)), want_prod=int(np.prod(v)),
             want_mean=np.mean(v), want_mean_exact=float(Fraction(sum(int(t) for t in v), v.size)),
             want_min=int(v.min()), want_max=int(v.max()),
             want_argmin=int(np.argmin(v)), want_argmax=int(np.argmax(v)))


CMP_NAMES = (("lt", np.less), ("le", np.less_equal), ("eq", np.equal), ("ne", np.not_equal), ("gt", np.greater),
             ("ge", np.greater_equal))


def gen_masks(out):
    # comparisons, where, isnan/isinf/isfinite, nan_to_num, count_nonzero, any, all (the mask family)
    rng = np.random.default_rng(77)
    xs = [(label, x) for label, x in inputs()] + [("empty", np.array([], dtype=np.float64)),
                                                 ("specials", np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0,
                                                                        -1.0, 5e-324, np.nan, -np.inf]))]
    for label, x in xs:
        y = np.roll(x, 1) if x.size else x
        if x.size > 3:
            y = y.copy()
            y[::3] = x[::3]               # equal pairs
            y[1::5] = -x[1::5]            # +0 against -0, and sign flips
        ms = {"want_" + n: f(x, y).astype(np.int64) for n, f in CMP_NAMES}
        case(out, "mask_cmp", label, x=x, y=y, **ms)
        xf, yf = x.astype(np.float32), y.astype(np.float32)
        ms = {"want_" + n: f(xf, yf).astype(np.int64) for n, f in CMP_NAMES}
        case(out, "mask_cmp_f32", label, x=xf.astype(np.float64), y=yf.astype(np.float64), **ms)
        for s in (0.0, -0.0, 0.5, np.nan, np.inf, -np.inf, 0.1):
            ms = {"want_" + n: f(x, s).astype(np.int64) for n, f in CMP_NAMES}
            ms32 = {"want32_" + n: f(xf, s).astype(np.int64) for n, f in CMP_NAMES}  # s rounded to float32 (weak scalar)
            case(out, "mask_cmp_scalar", label + "_" + fmt(s), x=x, s=s, **ms, **ms32)
        m = rng.random(x.size) < 0.5
        case(out, "mask_where", label, m=m.astype(np.int64), x=x, y=y, want=np.where(m, x, y),
             want_xs=np.where(m, x, -0.0), want_sy=np.where(m, 2.5, y), want_ss=np.where(m, 1.0, np.full(x.size, np.nan)))
        case(out, "mask_predicates", label, x=x,
             want_isnan=np.isnan(x).astype(np.int64), want_isinf=np.isinf(x).astype(np.int64),
             want_isfinite=np.isfinite(x).astype(np.int64),
             want_nan_to_num=np.nan_to_num(x), want_nan_to_num_f32=np.nan_to_num(xf).astype(np.float64),
             want_nan_to_num_args=np.nan_to_num(x, nan=-1.0, posinf=7.0, neginf=-7.0),
             want_count=int(np.count_nonzero(x)), want_any=int(np.any(x)), want_all=int(np.all(x)),
             want_mask_count=int(np.count_nonzero(m)), want_mask_any=int(np.any(m)), want_mask_all=int(np.all(m)))
    for label, v in (("small", rng.integers(-3, 4, 60)), ("empty", np.array([], dtype=np.int64)),
                     ("zeros", np.zeros(9, dtype=np.int64)), ("big", rng.integers(-2**62, 2**62, 20))):
        v = v.astype(np.int64)
        w = np.roll(v, 2)
        ms = {"want_" + n: f(v, w).astype(np.int64) for n, f in CMP_NAMES}
        for s in (2.5, -0.5, 3.0):
            ms.update({"want_%s_s%s" % (n, str(s).replace(".", "p").replace("-", "m")): f(v, s).astype(np.int64)
                       for n, f in CMP_NAMES})
        case(out, "mask_int", label, x=v, y=w, want_count=int(np.count_nonzero(v)), want_any=int(np.any(v)),
             want_all=int(np.all(v)), **ms)


def gen_weighted_histogram(out):
    # numpy.histogram(x, bins, range, weights=w, density=d): the sums bit for bit (the same order
    # of additions); weights finite, with NaN/Inf/-0.0, or none (density of the integer counts)
    rng = np.random.default_rng(19)
    for label, x in inputs() + [("empty", np.array([]))]:
        wf = np.round(rng.standard_normal(x.size) * 3, 3) + rng.random(x.size) / 7
        wn = wf.copy()
        if x.size >= 4:
            wn[[0, x.size // 2]] = np.nan
            wn[[1]] = np.inf
            wn[[2]] = -0.0
        for wlabel, w in (("wfinite", wf), ("wnan", wn), ("none", None)):
            for density in (False, True):
                for bins in (1, 10, 37):
                    if w is None and not density:
                        continue
                    c, e = np.histogram(x, bins=bins, range=(-2.0, 2.0), weights=w, density=density)
                    case(out, "histogram_w", label + "_" + wlabel, bins=bins, lo=-2.0, hi=2.0,
                         density=int(density), x=x, w="none" if w is None else w, want_counts=c, want_edges=e)
                    if np.isfinite(x).all():
                        try:
                            c, e = np.histogram(x, bins=bins, weights=w, density=density)
                        except (ValueError, IndexError):
                            continue
                        case(out, "histogram_w_auto", label + "_" + wlabel, bins=bins, density=int(density),
                             x=x, w="none" if w is None else w, want_counts=c, want_edges=e)
    f = (rng.standard_normal(500)).astype(np.float32)
    f[[1, 2]] = np.nan
    w = rng.standard_normal(500) * 2
    for density in (False, True):
        c, e = np.histogram(f, bins=13, range=(-1.5, 2.25), weights=w, density=density)
        case(out, "histogram_w_f32", "normal500", bins=13, lo=-1.5, hi=2.25, density=int(density), x=f, w=w,
             want_counts=c, want_edges=e)
        ff = f[np.isfinite(f)]
        c, e = np.histogram(ff, bins=10, weights=w[:ff.size], density=density)
        case(out, "histogram_w_f32_auto", "normal500", bins=10, density=int(density), x=ff, w=w[:ff.size],
             want_counts=c, want_edges=e)
    # more than NumPy's 65536-element block: x and the weights from a formula GoldenTest repeats
    # (each one IEEE operation, so the same bits), only the result written here
    for n in (65537, 200003):
        i = np.arange(n, dtype=np.int64)
        x = ((i * 7919) % 10007).astype(np.float64) / 1000.0 - 5.0
        w = 1.0 / (1 + (i % 97)).astype(np.float64)
        for density in (False, True):
            c, e = np.histogram(x, bins=23, range=(-4.0, 4.5), weights=w, density=density)
            case(out, "histogram_w_gen", "n%d" % n, n=n, bins=23, lo=-4.0, hi=4.5, density=int(density),
                 want_counts=c, want_edges=e)


def gen_unique_dtypes(out):
    # numpy.unique(x, return_counts=True) of float32 (NaN collapsed, +-0 one value) and int32
    rng = np.random.default_rng(23)
    f = np.round(rng.standard_normal(400), 1).astype(np.float32)
    f[[3, 9, 200]] = np.nan
    f[[4, 5]] = np.float32(-0.0)
    f[[6]] = np.float32(np.inf)
    f[[7]] = np.float32(-np.inf)
    for label, x in (("normal400", f), ("empty", np.array([], dtype=np.float32)),
                     ("allnan", np.array([np.nan, np.nan], dtype=np.float32))):
        v, c = np.unique(x, return_counts=True)
        case(out, "unique_f32", label, x=x, want_values=v, want_counts=c)
    i = rng.integers(-2**31, 2**31, 50).astype(np.int32)
    i = np.concatenate([i, i[:20], np.array([2**31 - 1, -2**31, 0, 0], dtype=np.int32)])
    for label, x in (("mixed74", i), ("empty", np.array([], dtype=np.int32))):
        v, c = np.unique(x, return_counts=True)
        case(out, "unique_i32", label, x=x, want_values=v, want_counts=c)


def main():
    np.seterr(all="ignore")  # NaN and Inf inputs are the point; NumPy's warnings are noise here
    warnings.simplefilter("ignore", RuntimeWarning)
    out = ["# kernels4j golden cases, written by make_golden.py with NumPy %s, Python %s"
           % (np.__version__, sys.version.split()[0]),
           "# Do not edit by hand: edit make_golden.py and rerun it (see its header)."]
    for label, x in inputs() + bin_inputs():
        INPUTS[id(x)] = label
        out.append(" ".join(["input", label] + [fmt(v) for v in x.tolist()]))
    gen_quantile(out)
    gen_moments(out)
    gen_cumsum(out)
    gen_sort(out)
    gen_histogram(out)
    gen_unique(out)
    gen_binrule(out)
    gen_cov(out)
    gen_more_reductions(out)
    gen_masks(out)
    gen_weighted_histogram(out)
    gen_unique_dtypes(out)
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %s: %d cases" % (OUT, sum(1 for l in out if l.startswith("case "))))


if __name__ == "__main__":
    main()
