"""The per-dtype operations of Kernels (synchronous) and AsyncKernels (on a pool): one table,
OPS, and the shapes (templates) its entries use. src/tools/gen_typed.py renders them into the
marked regions of Kernels.java and AsyncKernels.java; see its docstring for the workflow.

An entry of OPS is `op(name, shape-or-forms, docs...)`:
- the shape (REDUCE, BINARY, UNARY, ...) is a function returning the method forms: for each, the
  Java parameter list (with {P} for the primitive type and {A} for its typed-array class), the
  body (an expression, or statements when it contains `;`), and the element types it is
  generated for (None: once, for NumericArray);
- the docs are written once per operation: `doc` (what it computes, with NaN, signed zero and
  empty-input behaviour where it matters), `ret` (the @return text of the synchronous form;
  the async form returns "a future of" it), `iae` (the conditions for IllegalArgumentException,
  as phrases joined with "or"), `pool_doc` (what a cancel leaves behind and how the work is
  split, for AsyncKernels), `params` (overrides of the shared parameter texts in PARAMS),
  `notes` (a sentence per element type, e.g. float32 arithmetic).
Every form gets full @param, @return and @throws text (NullPointerException, the index check of
offset forms, IllegalArgumentException, IllegalStateException for arrays in an arena, and, for
the async forms, the confined-arena refusal and RejectedExecutionException).
"""

# element type -> (typed-array class {A}, NumPy name, matrix class {M})
PRIMS = {
    "double": ("DoubleArray", "float64", "DoubleMatrix"),
    "float": ("FloatArray", "float32", "FloatMatrix"),
    "int": ("IntArray", "int32", None),
    "long": ("LongArray", "int64", None),
}
DF = ("double", "float")
ALL4 = ("double", "float", "int", "long")
D = ("double",)


def wrap(v):
    return '{A}.wrap(Objects.requireNonNull(' + v + ', "' + v + '"))'


class Form:
    """One overload: `params` is the Java parameter list, `sync`/`pool` the bodies."""

    def __init__(self, params, body, prims=None, note=None, ret=None, doc=None):
        self.rtype = None   # overrides the op's return type (and ptype its future's type)
        self.ptype = None
        self.params = params
        self.body = body
        self.prims = prims
        self.note = note    # a sentence added to this form's description
        self.ret = ret      # overrides the op's @return text
        self.doc = doc      # overrides the op's description


class Op:
    def __init__(self, name, sync, pool, rtype, ptype, doc, ret, iae=(), pool_doc=None, params=None,
                 notes=None, floating=True, ioobe=None, done=None):
        self.name = name
        self.sync = sync
        self.pool = pool
        self.rtype = rtype      # Java return type of the synchronous form
        self.ptype = ptype      # type argument of the async form's CompletableFuture
        self.doc = doc
        self.ret = ret
        self.iae = list(iae)
        self.pool_doc = pool_doc
        self.params = params or {}
        self.notes = notes or {}
        self.floating = floating  # NumericArray arguments must be F64 or F32
        self.ioobe = ioobe
        self.done = done        # what has happened when the async form's Void future completes


# ---- shared parameter texts (an op's `params` overrides them) ---------------------------------

PARAMS = {
    ("x", "heap"): "the values, read in place (not copied)",
    ("x", "array"): "the array",
    ("offset", None): "the index of the first element",
    ("length", None): "the number of elements",
    ("xOffset", None): "the index of the first element of {@code x}",
    ("yOffset", None): "the index of the first element of {@code y}",
    ("a", None): "the left operand",
    ("b", None): "the right operand",
    ("s", None): "the scalar right operand",
    ("out", None): "receives the results in its first n elements (n the input's length); may be the input itself",
    ("alpha", None): "the factor",
    ("y", None): "the second operand",
    ("ddof", None): "delta degrees of freedom: the divisor is {@code n - ddof}",
    ("lo", None): "the lower bound",
    ("hi", None): "the upper bound",
    ("kth", None): "the ranks to put in place (a negative k counts from the end)",
    ("q", None): "the quantile, in [0, 1]",
    ("qs", None): "the quantiles, each in [0, 1]",
    ("p", None): "the percentile, in [0, 100]",
    ("ps", None): "the percentiles, each in [0, 100]",
    ("m", None): "the interpolation method (NumPy's {@code method})",
    ("bins", None): "the number of equal bins, at least 1",
    ("edges", None): "the bin edges, at least 2, not NaN, non-decreasing",
    ("minlength", None): "the least length of the result",
    ("pool", None): "the pool whose workers share the work with the calling thread",
    ("percentiles", None): "the percentiles to report, fractions in [0, 1]",
}

# ---- shapes: the method forms of a family of operations ---------------------------------------


def REDUCE(impl, pool, index=False):
    """x -> value, with offset forms: sum, mean, min, argmin (index=True), ..."""
    return ([Form("{P}[] x", impl + "(" + wrap("x") + ")", DF),
             Form("{P}[] x, int offset, int length", impl + "(view(x, offset, length))", DF,
                  note="Reads {@code x[offset, offset + length)}" + ("; the index counts from {@code offset}."
                                                                     if index else ".")),
             Form("NumericArray x", impl + "(x)")],
            [Form("NumericArray x", "PoolKernels." + pool.format(x="x")),
             Form("{P}[] x", "PoolKernels." + pool.format(x=wrap("x")), DF)])


def DDOF(kind):
    """var and std: with and without ddof, with offset forms."""
    sq = kind == "std"
    f = (lambda e: "Math.sqrt(" + e + ")") if sq else (lambda e: e)
    return ([Form("{P}[] x", f("varOf(" + wrap("x") + ", 0)"), DF, note="The population form, ddof 0."),
             Form("{P}[] x, int ddof", f("varOf(" + wrap("x") + ", ddof)"), DF),
             Form("{P}[] x, int offset, int length, int ddof", f("varOf(view(x, offset, length), ddof)"), DF,
                  note="Reads {@code x[offset, offset + length)}."),
             Form("NumericArray x", f("varOf(x, 0)"), note="The population form, ddof 0."),
             Form("NumericArray x, int ddof", f("varOf(x, ddof)"))],
            [Form("NumericArray x, int ddof", "PoolKernels.var(owner(), chunkSize(), x, ddof, " + str(sq).lower() + ")"),
             Form("NumericArray x", kind + "(x, 0)", note="The population form, ddof 0."),
             Form("{P}[] x, int ddof", "PoolKernels.var(owner(), chunkSize(), " + wrap("x") + ", ddof, "
                  + str(sq).lower() + ")", DF),
             Form("{P}[] x", kind + "(x, 0)", DF, note="The population form, ddof 0.")])


def DOT():
    return ([Form("{P}[] x, {P}[] y", "dotOf(" + wrap("x") + ", " + wrap("y") + ")", DF),
             Form("{P}[] x, int xOffset, {P}[] y, int yOffset, int length",
                  'dotOf(view(x, xOffset, length), {A}.wrap(Objects.requireNonNull(y, "y"), yOffset, length))', DF,
                  note="Reads {@code x[xOffset, xOffset + length)} and {@code y[yOffset, yOffset + length)}."),
             Form("NumericArray x, NumericArray y", "dotOf(x, y)")],
            [Form("NumericArray x, NumericArray y", "PoolKernels.dot(owner(), chunkSize(), x, y)"),
             Form("{P}[] x, {P}[] y", "PoolKernels.dot(owner(), chunkSize(), " + wrap("x") + ", " + wrap("y") + ")", DF)])


def BINARY(op):
    args = lambda a, b, o: "BinaryOp." + op + ", " + a + ", " + b + ", " + o
    return ([Form("{P}[] a, {P}[] b, {P}[] out", "binaryOf(" + args(wrap("a"), wrap("b"), wrap("out")) + ")", DF),
             Form("NumericArray a, NumericArray b, NumericArray out", "binaryOf(" + args("a", "b", "out") + ")")],
            [Form("NumericArray a, NumericArray b, NumericArray out",
                  "PoolKernels.binary(owner(), chunkSize(), " + args("a", "b", "out") + ")"),
             Form("{P}[] a, {P}[] b, {P}[] out",
                  "PoolKernels.binary(owner(), chunkSize(), " + args(wrap("a"), wrap("b"), wrap("out")) + ")", DF)])


def SCALAR(op):
    args = lambda a, o: "BinaryOp." + op + ", " + a + ", s, " + o
    return ([Form("{P}[] a, {P} s, {P}[] out", "scalarOf(" + args(wrap("a"), wrap("out")) + ")", DF),
             Form("NumericArray a, double s, NumericArray out", "scalarOf(" + args("a", "out") + ")",
                  note="For a float32 array s is rounded to float32 first.")],
            [Form("NumericArray a, double s, NumericArray out",
                  "PoolKernels.scalar(owner(), chunkSize(), " + args("a", "out") + ")",
                  note="For a float32 array s is rounded to float32 first."),
             Form("{P}[] a, {P} s, {P}[] out",
                  "PoolKernels.scalar(owner(), chunkSize(), " + args(wrap("a"), wrap("out")) + ")", DF)])


def SCALE():
    return ([Form("{P} alpha, {P}[] x, {P}[] out", "scalarOf(BinaryOp.MUL, " + wrap("x") + ", alpha, " + wrap("out") + ")", DF),
             Form("double alpha, NumericArray x, NumericArray out", "scalarOf(BinaryOp.MUL, x, alpha, out)")],
            [Form("double alpha, NumericArray x, NumericArray out",
                  "PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, x, alpha, out)"),
             Form("{P} alpha, {P}[] x, {P}[] out", "PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, "
                  + wrap("x") + ", alpha, " + wrap("out") + ")", DF)])


def AXPY():
    return ([Form("{P} alpha, {P}[] x, {P}[] y", "axpyOf(alpha, " + wrap("x") + ", " + wrap("y") + ")", DF),
             Form("double alpha, NumericArray x, NumericArray y", "axpyOf(alpha, x, y)")],
            [Form("double alpha, NumericArray x, NumericArray y", "PoolKernels.axpy(owner(), chunkSize(), alpha, x, y)"),
             Form("{P} alpha, {P}[] x, {P}[] y", "PoolKernels.axpy(owner(), chunkSize(), alpha, " + wrap("x") + ", "
                  + wrap("y") + ")", DF)])


def UNARY(op):
    return ([Form("{P}[] x, {P}[] out", "unaryOf(UnaryOp." + op + ", " + wrap("x") + ", " + wrap("out") + ")", DF),
             Form("NumericArray x, NumericArray out", "unaryOf(UnaryOp." + op + ", x, out)")],
            [Form("NumericArray x, NumericArray out", "PoolKernels.unary(owner(), chunkSize(), UnaryOp." + op + ", x, out)"),
             Form("{P}[] x, {P}[] out", "PoolKernels.unary(owner(), chunkSize(), UnaryOp." + op + ", " + wrap("x") + ", "
                  + wrap("out") + ")", DF)])


def CLIP():
    return ([Form("{P}[] x, {P} lo, {P} hi, {P}[] out", "clipOf(" + wrap("x") + ", lo, hi, " + wrap("out") + ")", DF),
             Form("NumericArray x, double lo, double hi, NumericArray out", "clipOf(x, lo, hi, out)")],
            [Form("NumericArray x, double lo, double hi, NumericArray out", "PoolKernels.clip(owner(), chunkSize(), x, lo, hi, out)"),
             Form("{P}[] x, {P} lo, {P} hi, {P}[] out", "PoolKernels.clip(owner(), chunkSize(), " + wrap("x") + ", lo, hi, "
                  + wrap("out") + ")", DF)])


def CUMSUM():
    return ([Form("{P}[] x, {P}[] out", "cumsumOf(" + wrap("x") + ", " + wrap("out") + ")", DF),
             Form("NumericArray x, NumericArray out", "cumsumOf(x, out)")],
            [Form("NumericArray x, NumericArray out", "PoolKernels.cumsum(owner(), chunkSize(), x, out)"),
             Form("{P}[] x, {P}[] out", "PoolKernels.cumsum(owner(), chunkSize(), " + wrap("x") + ", " + wrap("out") + ")", DF)])


def op(name, shape, rtype, ptype, doc, ret, **kw):
    sync, pool = shape
    return Op(name, sync, pool, rtype, ptype, doc, ret, **kw)


# ---- the common texts of the families ---------------------------------------------------------

F32_ACC = "float32 values are accumulated in float64."
REDUCE_POOL = ("The reduction is split into chunks that the workers claim in turn, and the partial results "
               "merge in chunk order by fixed rules, so the value is the synchronous one bit for bit, for any "
               "worker count. Cancelling the future stops the work at the next chunk boundary; nothing visible "
               "is left behind.")
ELEMENTWISE_POOL = ("The elements are split into chunks that the workers claim in turn; each element is computed "
                    "once, by the code of the synchronous call. Cancelling the future stops the work at the next "
                    "chunk boundary and leaves the output partly written: each chunk holds either its old values "
                    "or all of its new ones, and one chunk per worker may still be written for a moment after "
                    "{@code cancel} returns.")
EMPTY_IAE = "{@code x} is empty"
OUT_IAE = "{@code out} is shorter than the input, read-only or of another type"

OPS = [
    # ---- reductions
    op("sum", REDUCE("sumOf", "sum(owner(), chunkSize(), {x})"), "double", "Double",
       "The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log n, "
       "as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).",
       "the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no elements",
       notes={"float": F32_ACC}, pool_doc=REDUCE_POOL),
    op("mean", REDUCE("meanOf", "mean(owner(), chunkSize(), {x})"), "double", "Double",
       "The arithmetic mean: the tree-order sum divided by the number of elements.",
       "the mean: NaN if an element is NaN or there are no elements",
       notes={"float": F32_ACC}, pool_doc=REDUCE_POOL),
    op("nansum", REDUCE("nansumOf", "nansum(owner(), chunkSize(), {x})"), "double", "Double",
       "NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order.",
       "the sum of the non-NaN elements: 0.0 if there are none",
       notes={"float": F32_ACC}, pool_doc=REDUCE_POOL),
    op("nanmean", REDUCE("nanmeanOf", "nanmean(owner(), chunkSize(), {x})"), "double", "Double",
       "NumPy's {@code nanmean}: the mean of the elements that are not NaN.",
       "the mean of the non-NaN elements: NaN if there are none",
       notes={"float": F32_ACC}, pool_doc=REDUCE_POOL),
    op("min", REDUCE("minOf", "extremum(owner(), chunkSize(), {x}, Extremum.MIN)"), "double", "Double",
       "The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the result NaN.",
       "the minimum, widened to double; NaN if an element is NaN",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("max", REDUCE("maxOf", "extremum(owner(), chunkSize(), {x}, Extremum.MAX)"), "double", "Double",
       "The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result NaN.",
       "the maximum, widened to double; NaN if an element is NaN",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("nanmin", REDUCE("nanminOf", "extremum(owner(), chunkSize(), {x}, Extremum.NANMIN)"), "double", "Double",
       "NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0).",
       "the minimum of the non-NaN elements, widened to double; NaN if all are NaN",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("nanmax", REDUCE("nanmaxOf", "extremum(owner(), chunkSize(), {x}, Extremum.NANMAX)"), "double", "Double",
       "NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0).",
       "the maximum of the non-NaN elements, widened to double; NaN if all are NaN",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("argmin", REDUCE("argminOf", "arg(owner(), chunkSize(), {x}, true)", index=True), "long", "Long",
       "NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest element "
       "(-0.0 and +0.0 are equal here: the first occurrence wins).",
       "the index of the first NaN or first minimum",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("argmax", REDUCE("argmaxOf", "arg(owner(), chunkSize(), {x}, false)", index=True), "long", "Long",
       "NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest element "
       "(-0.0 and +0.0 are equal here: the first occurrence wins).",
       "the index of the first NaN or first maximum",
       iae=[EMPTY_IAE], pool_doc=REDUCE_POOL),
    op("norm2", REDUCE("norm2Of", "norm2(owner(), chunkSize(), {x})"), "double", "Double",
       "The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.",
       "the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements",
       notes={"float": F32_ACC}, pool_doc=REDUCE_POOL),
    op("var", DDOF("var"), "double", "Double",
       "The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by "
       "{@code n - ddof}.",
       "the variance: NaN if an element is NaN or infinite",
       iae=["{@code ddof} is not in [0, n) (in particular when there are no elements)"],
       notes={"float": F32_ACC},
       pool_doc="A parallel sum gives the mean, then a parallel sum of the squared deviations: the same value "
                "bit for bit as the synchronous call. Cancelling the future stops the work at the next chunk "
                "boundary; nothing visible is left behind."),
    op("std", DDOF("std"), "double", "Double",
       "The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.",
       "the standard deviation: NaN if an element is NaN or infinite",
       iae=["{@code ddof} is not in [0, n) (in particular when there are no elements)"],
       notes={"float": F32_ACC},
       pool_doc="A parallel sum gives the mean, then a parallel sum of the squared deviations: the same value "
                "bit for bit as the synchronous call. Cancelling the future stops the work at the next chunk "
                "boundary; nothing visible is left behind."),
    op("dot", DOT(), "double", "Double",
       "The dot product: the products rounded (no FMA), then added in the k4j tree order.",
       "the dot product: NaN if a product is NaN, 0.0 if there are no elements",
       iae=["the lengths or the types differ"],
       params={("x", "heap"): "the first operand, read in place", ("x", "array"): "the first operand",
               ("y", None): "the second operand, as long as {@code x}"},
       notes={"float": "The products and the sum are computed in float64."}, pool_doc=REDUCE_POOL),
    # ---- elementwise
    *[op(n, BINARY(c), "void", "Void", "{@code out[i] = a[i] " + s + " b[i]}, in the arrays' type, IEEE arithmetic"
         + (" (x / 0 is ±Inf or NaN, never an exception)." if c == "DIV" else "."),
         None, iae=["{@code a} and {@code b} differ in length or type", OUT_IAE], pool_doc=ELEMENTWISE_POOL)
      for n, c, s in (("add", "ADD", "+"), ("sub", "SUB", "-"), ("mul", "MUL", "*"), ("div", "DIV", "/"))],
    *[op(n, SCALAR(c), "void", "Void", "{@code out[i] = a[i] " + s + " s}, in the array's type, IEEE arithmetic.",
         None, iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL,
         params={("a", None): "the array operand"})
      for n, c, s in (("add", "ADD", "+"), ("sub", "SUB", "-"), ("mul", "MUL", "*"), ("div", "DIV", "/"))],
    op("scale", SCALE(), "void", "Void", "{@code out[i] = alpha * x[i]}, in the array's type.", None,
       iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("axpy", AXPY(), "void", "Void",
       "{@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the arrays' type.",
       None, iae=["the lengths or the types differ, or {@code y} is read-only"], pool_doc=ELEMENTWISE_POOL,
       params={("x", "heap"): "the array added, read in place", ("x", "array"): "the array added",
               ("y", None): "the array updated in place, as long as {@code x}"}),
    op("abs", UNARY("ABS"), "void", "Void", "{@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0).", None,
       iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("neg", UNARY("NEG"), "void", "Void", "{@code out[i] = -x[i]} (the sign flips, also of zeros and NaN).", None,
       iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("sqrt", UNARY("SQRT"), "void", "Void",
       "{@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.", None,
       iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("exp", UNARY("EXP"), "void", "Void",
       "{@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0, NaN stays NaN.",
       None, iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("log", UNARY("LOG"), "void", "Void",
       "{@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a negative value, "
       "-Inf for ±0, log(+Inf) is +Inf.",
       None, iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("clip", CLIP(), "void", "Void",
       "{@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN.", None,
       iae=["{@code lo > hi} or a bound is NaN", OUT_IAE], pool_doc=ELEMENTWISE_POOL),
    op("cumsum", CUMSUM(), "double", "Double",
       "The running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first output "
       "equals {@code x[0]} exactly); NaN from the first NaN on.",
       "the total, {@code out[n - 1]} before rounding to the output type; 0.0 if there are no elements",
       iae=[OUT_IAE], notes={"float": "The running sum is kept in float64 and each output rounded to float32."},
       params={("out", None): "receives the running sums in its first n elements; may be {@code x}"},
       pool_doc="It is not parallel: each sum is rounded from the previous one, so one worker runs it chunk by "
                "chunk, carrying the running sum. Cancelling the future stops it at the next chunk boundary and "
                "leaves a prefix of whole chunks of {@code out} written."),
]


# ---- sorting, selection, histograms: forms listed per operation ------------------------------

SORT_NOTE = ("Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit for bit. "
             "Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see "
             "{@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in critical "
             "pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from a pool task "
             "that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x "
             "unchanged or sorted.")
POOL_SORT_DOC = ("On the native backend an array of at least 2^19 elements is sorted by up to "
                 "{@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort groups "
                 "of buckets: off-heap straight into x, for a heap array in the keys and then copied back); smaller "
                 "arrays, and every array on the Java backend, by one task. Memory: n elements of reused off-heap "
                 "scratch plus 1.2 MiB of counters per task. Cancelling the future stops the tasks at their next "
                 "chunk boundary, and x is left either unchanged or completely sorted: it is written only by the "
                 "last step (the bucket sorts, or the copy), which runs to its end once begun and may go on after "
                 "{@code cancel} returns, so do not touch x until the pool has finished the task. A timed-out "
                 "{@code get} leaves the sort running.")
QUANT_POOL = ("On the native backend at least 2^19 elements are split over the workers: each task buckets its "
              "chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which are "
              "selected at the end; the same bits as the synchronous call. x is only read. Cancelling the future "
              "stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out "
              "{@code get} leaves the work running.")
HELPED_DOC = ("The same bits as without a pool, computed by the calling thread with the help of the pool's workers "
              "(native backend, at least 2^19 elements; else the calling thread alone): the reads of x are split "
              "into chunks that the threads claim in turn. The calling thread works while work is left, so this "
              "finishes even when the pool is busy or it is called from one of its workers. Blocks until done "
              "and ignores interrupts (keeping the interrupt status).")
QUANT_DOC = ("NumPy's {name} by the given method (default \"linear\"): NumPy's bits on float64 input. x is not "
             "modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the buckets "
             "holding the ranks needed; no copy of x.")


def qforms(fn, scale, skip, heap_forms, array_forms, pool_forms=(), helped=()):
    """Quantile-family forms: heap_forms are (prims, kind) with kind q1 (default method), qm, qsm."""
    s = str(skip).lower()
    sync = []
    for prims, kind in heap_forms:
        sync.append(qform(kind, scale, s, wrap("x"), prims, fn))
    for kind in array_forms:
        sync.append(qform(kind, scale, s, "x", None, fn))
    for prims, kind in helped:
        # synchronous, with the help of a pool
        x = "x" if prims is None else wrap("x")
        pv = "p" if scale == 100 else "q"
        what = '"percentile"' if scale == 100 else '"q"'
        params = qparams(kind, scale) + ", ComputePool pool"
        if prims is None:
            params = params.replace("{P}[] x", "NumericArray x")
        m = "QuantileMethod.LINEAR" if kind == "q1" else "m"
        qs = pv + "s" if kind == "qsm" else "new double[] {" + pv + "}"
        body = "PoolSorts.quantilesSync(pool, " + x + ", checkedQ(" + qs + ", " + str(scale) + ", " + what + "), " \
            + m + ", " + s + ", " + ("false)" if kind == "qsm" else "true)[0]")
        sync.append(Form(params, body, prims, doc=HELPED_DOC))
    pool = []
    for prims, kind in pool_forms:
        x = "x" if prims is None else wrap("x")
        pv = "p" if scale == 100 else "q"
        what = '"percentile"' if scale == 100 else '"q"'
        if kind == "qsm":
            body = "PoolSorts.quantiles(owner(), " + x + ", QuantileMath.checkedQ(" + pv + "s, " + str(scale) + ", " + what \
                + "), m, " + s + ", false)"
        else:
            m = "m" if kind == "qm" else "QuantileMethod.LINEAR"
            body = "PoolSorts.quantiles(owner(), " + x + ", QuantileMath.checkedQ(new double[] {" + pv + "}, " \
                + str(scale) + ", " + what + "), " + m + ", " + s + ", true).thenApply(v -> v[0])"
        params = qparams(kind, scale)
        if prims is None:
            params = params.replace("{P}[] x", "NumericArray x")
        pool.append(Form(params, body, prims))
    return sync, pool


def qparams(kind, scale):
    v = "p" if scale == 100 else "q"
    return {"q1": "{P}[] x, double " + v, "qm": "{P}[] x, double " + v + ", QuantileMethod m",
            "qsm": "{P}[] x, double[] " + v + "s, QuantileMethod m"}[kind]


def qform(kind, scale, skip, x, prims, fn):
    params = qparams(kind, scale)
    if prims is None:
        params = params.replace("{P}[] x", "NumericArray x")
    v = "p" if scale == 100 else "q"
    if kind == "qsm":
        return Form(params, "quantileN(" + x + ", " + v + "s, " + str(scale) + ", m, " + skip + ")", prims)
    m = "m" if kind == "qm" else "QuantileMethod.LINEAR"
    return Form(params, "quantile1(" + x + ", " + v + ", " + str(scale) + ", " + m + ", " + skip + ")", prims)


def quantile_op(name, scale, skip, heap_forms, array_forms, pool_forms, numpy, what, helped=()):
    sync, pool = qforms(name, scale, skip, heap_forms, array_forms, pool_forms, helped)
    nan = ("NaN elements are ignored; the result is NaN when all are NaN." if skip
           else "The result is NaN if x holds a NaN.")
    rng = "[0, 100]" if scale == 100 else "[0, 1]"
    o = Op(name, sync, pool, "double", "Double",
           QUANT_DOC.format(name="{@code " + numpy + "}") + " " + nan,
           "the " + what + ", widened to double",
           iae=[EMPTY_IAE, "a " + ("percentile" if scale == 100 else "quantile") + " is outside " + rng + " or NaN"],
           pool_doc=QUANT_POOL, floating=False,
           notes={"float": "A scalar " + what + " of float32 values is interpolated in float32, several in float64, "
                           "as NumPy does.",
                  "int": "Integers interpolate in float64, as NumPy."})
    for f in o.sync + o.pool:
        if "[] qs" in f.params or "[] ps" in f.params:
            f.rtype, f.ptype, f.ret = "double[]", "double[]", "the " + what + "s, in the order given, widened to double"
    return o


OPS += [
    Op("sort",
       [Form("{P}[] x", "sortOf(" + wrap("x") + ")", ALL4),
        Form("{P}[] x, int offset, int length", "sortOf(view(x, offset, length))", D,
             note="Sorts {@code x[offset, offset + length)}."),
        Form("NumericArray x", "sortOf(x)", note="Off-heap arrays may have any {@code long} length."),
        Form("{P}[] x, ComputePool pool", "PoolSorts.sortSync(pool, " + wrap("x") + ")", ALL4,
             doc="Sorts in place with the help of a pool: the calling thread and up to "
                 "{@code pool.workerCount() - 1} workers share the passes (native backend, at least 2^19 elements; "
                 "else the calling thread alone). The calling thread works on every pass while work is left, so "
                 "this finishes even when the pool is busy or it is called from one of its workers. The same result "
                 "as the sort without a pool. Blocks until done and ignores interrupts (keeping the interrupt "
                 "status); called from a pool task that gets cancelled, it throws "
                 "{@link java.util.concurrent.CancellationException} and leaves x unchanged or sorted."),
        Form("NumericArray x, ComputePool pool", "PoolSorts.sortSync(pool, x)",
             doc="Sorts in place with the help of a pool: the calling thread and up to "
                 "{@code pool.workerCount() - 1} workers share the passes (native backend, at least 2^19 elements; "
                 "else the calling thread alone; an array of a confined arena is sorted by the calling thread "
                 "alone). The calling thread works on every pass while work is left, so this finishes even when "
                 "the pool is busy or it is called from one of its workers. The same result as "
                 "{@link #sort(NumericArray)}. Blocks until done and ignores interrupts (keeping the interrupt "
                 "status); called from a pool task that gets cancelled, it throws "
                 "{@link java.util.concurrent.CancellationException} and leaves x unchanged or sorted.")],
       [Form("NumericArray x", "PoolSorts.sort(owner(), x)"),
        Form("{P}[] x", "PoolSorts.sort(owner(), " + wrap("x") + ")", ALL4)],
       "void", "Void", "Sorts in place, ascending. " + SORT_NOTE, None,
       iae=["{@code x} is read-only"], pool_doc=POOL_SORT_DOC, floating=False,
       params={("x", "heap"): "the values, sorted in place", ("x", "array"): "the array, sorted in place"}),
    Op("sorted",
       [Form("{P}[] x", "{P}[] c = new {P}[Objects.requireNonNull(x, \"x\").length]; sort({A}.wrap(x), {A}.wrap(c)); return c;", ALL4)], [],
       "{P}[]", None, "A sorted copy of x; x is unchanged (sorted straight from x into the copy on the native "
       "backend). Memory: the copy, plus the scratch of the sort. "
       + SORT_NOTE.split(" Memory:")[0], "a new array with the elements of x in ascending order", floating=False),
    Op("argsort",
       [Form("{P}[] x", "argsortOf(" + wrap("x") + ")", ALL4),
        Form("{P}[] x, ComputePool pool", "PoolSorts.argsortSync(pool, " + wrap("x") + ")", D,
             doc="Stable argsort with the help of a pool; the same result as the argsort without one. The calling "
                 "thread and up to {@code pool.workerCount() - 1} workers share the passes; it blocks until done "
                 "and ignores interrupts (keeping the interrupt status).")],
       [Form("{P}[] x", "PoolSorts.argsort(owner(), " + wrap("x") + ")", ALL4)],
       "long[]", "long[]",
       "The indices that sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always stable (equal "
       "elements keep increasing index order; -0.0 equals +0.0 and every NaN equals every NaN, last), which is "
       "NumPy's {@code argsort(kind=\"stable\")}. Memory: the result plus, above 1024 elements, 16n bytes of reused "
       "off-heap scratch and the fixed parts of a sort. x is only read. Runs on the calling thread; interrupts are "
       "ignored.",
       "the sorting permutation", iae=["{@code x} has more elements than a Java array holds"],
       pool_doc="On the native backend the work is split over the workers as a sort is. Cancelling the future stops "
                "the tasks at their next chunk boundary; nothing visible is left behind.",
       floating=False),
    Op("partition",
       [Form("{P}[] x, long... kth", "partitionOf(" + wrap("x") + ", kth)", ALL4),
        Form("NumericArray x, long... kth", "partitionOf(x, kth)")],
       [Form("NumericArray x, long... kth", "PoolSorts.partition(owner(), x, kth)"),
        Form("{P}[] x, long... kth", "PoolSorts.partition(owner(), " + wrap("x") + ", kth)", ALL4)],
       "void", "Void",
       "NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full sort would "
       "put there (NaN last, -0.0 before +0.0), every element before it sorts no later and every element after it "
       "no earlier. The arrangement within the pieces is unspecified and differs between the native and Java "
       "backends (the element at each k does not). Memory: none natively for off-heap arrays and up to 1024 "
       "elements (introselect in place); a larger heap array is partitioned in an off-heap copy.",
       None, iae=["{@code x} is read-only"], ioobe="if a k is outside [-n, n)",
       pool_doc="It runs as one pool task (on the calling thread for at most 2^15 elements), which leaves exactly the arrangement of the synchronous call: a "
                "partition is one selection pass in place that the workers cannot share. kth is checked and copied "
                "by the call. Cancelling the future before the task starts leaves x untouched; once it runs, it "
                "runs to its end (x is then partitioned although the future reports cancellation).",
       floating=False,
       params={("x", "heap"): "the values, partitioned in place", ("x", "array"): "the array, partitioned in place"}),
    Op("argpartition",
       [Form("{P}[] x, long... kth", "QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, \"x\").length); "
             "return argsort(x);", DF)],
       [Form("{P}[] x, long... kth", "QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, \"x\").length); "
             "return argsort(x);", DF)],
       "long[]", "long[]",
       "NumPy's {@code argpartition}: indices r such that x[r[k]] is the element of rank k for each k of "
       "{@code kth}, with the argpartition contract around it. This implementation returns the full stable "
       "argsort, which satisfies the contract, at radix-sort cost; memory as argsort. x is only read.",
       "the indices", ioobe="if a k is outside [-n, n)", iae=["{@code x} has more elements than a Java array holds"],
       pool_doc="The ranks are checked by the call, before anything is submitted; the argsort is split as an async "
                "argsort is. Cancelling the future stops the tasks at their next chunk boundary.",
       floating=False),
    quantile_op("quantile", 1, False,
                [(D, "q1"), (D, "qm"), (D, "qsm"), (("float",), "q1"), (("float",), "qm"), (("float",), "qsm")],
                ["qm", "qsm"], [(None, "qsm"), (None, "qm"), (("double", "float"), "q1")],
                "quantile", "quantile", helped=[(None, "qsm"), (D, "q1")]),
    quantile_op("percentile", 100, False, [(D, "q1"), (D, "qm"), (D, "qsm"), (("float",), "q1")],
                ["qm", "qsm"], [(None, "qm"), (None, "qsm"), (("double", "float"), "q1")],
                "percentile", "percentile", helped=[(D, "q1"), (None, "qm")]),
    quantile_op("nanquantile", 1, True, [(D, "q1"), (D, "qm"), (D, "qsm"), (("float",), "q1")],
                ["qm", "qsm"], [(None, "qsm"), (None, "qm"), (D, "q1")],
                "nanquantile", "quantile"),
    quantile_op("nanpercentile", 100, True, [(D, "q1"), (D, "qm"), (D, "qsm")],
                ["qm"], [(None, "qsm"), (None, "qm"), (D, "q1")],
                "nanpercentile", "percentile"),
    Op("median",
       [Form("{P}[] x", "medianOf(" + wrap("x") + ", false)", DF), Form("NumericArray x", "medianOf(x, false)")],
       [Form("NumericArray x", "PoolSorts.median(owner(), x, false)"),
        Form("{P}[] x", "PoolSorts.median(owner(), " + wrap("x") + ", false)", DF)],
       "double", "Double",
       "NumPy's {@code median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in float32 "
       "for float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work and memory as a "
       "quantile.",
       "the median, widened to double", iae=[EMPTY_IAE], pool_doc=QUANT_POOL, floating=False),
    Op("nanmedian",
       [Form("{P}[] x", "medianOf(" + wrap("x") + ", true)", D), Form("NumericArray x", "medianOf(x, true)")],
       [Form("NumericArray x", "PoolSorts.median(owner(), x, true)"),
        Form("{P}[] x", "PoolSorts.median(owner(), " + wrap("x") + ", true)", D)],
       "double", "Double",
       "NumPy's {@code nanmedian}: the median of the elements that are not NaN; NaN when all are NaN. x is not "
       "modified; work and memory as a quantile.",
       "the median of the non-NaN elements, widened to double", iae=[EMPTY_IAE], pool_doc=QUANT_POOL, floating=False),
]

# numpy.histogram, the arithmetic per element type written once here
HIST_RANGE_NOTES = {
    "float": "float32 values follow NumPy's float32 arithmetic: the edges are float32 (the float64 linspace "
             "rounded; returned widened to double), lo and hi are rounded to float32 for the range test and the "
             "subtraction {@code v - lo} (in float32), while the division by {@code hi - lo} (a float64) and the "
             "product with bins happen in float64.",
    "int": "int32 values are converted to double exactly.",
    "long": "int64 values are converted to double (beyond 2^53 rounded to the nearest double, as NumPy compares and "
            "subtracts them).",
}
HIST_DATA_NOTES = {
    "float": "For float32 values min and max are float32 scalars in NumPy, so edges, subtraction, division and "
             "product are all computed in float32 (unlike the float32 form with a range, whose range is float64).",
    "int": "For int32 values it is exactly the form with the range (min, max) given as doubles.",
    "long": "For int64 values the edges come from (double) min and (double) max, the values are converted to double, "
            "and (as NumPy's unsigned subtraction does) the divisor is the exact integer max - min rounded once to "
            "double. When min == max the range is [(double) min - 0.5, (double) max + 0.5], which for |min| >= 2^53 "
            "is empty in double: then, as NumPy, too many bins.",
}
HIST_POOL = ("On the native backend arrays of at least 2^19 elements are split: each task adds its chunks into a "
             "partial histogram of its own, and the partial histograms are added up in task order (integer counts: "
             "the same for any worker count). Memory: one {@code long[bins]} per task. Cancelling the future stops "
             "the tasks at their next chunk boundary; nothing visible is left behind.")

OPS += [
    Op("histogram",
       [Form("{P}[] x, int bins, double lo, double hi", "histogramOf(" + wrap("x") + ", bins, lo, hi)", ALL4),
        Form("NumericArray x, int bins, double lo, double hi", "histogramOf(x, bins, lo, hi)",
             note="Off-heap arrays are read in place; each element type with its NumPy arithmetic (see the "
                  "overloads for Java arrays)."),
        Form("{P}[] x, int bins, double lo, double hi, ComputePool pool",
             "PoolSorts.histogramSync(pool, " + wrap("x") + ", bins, lo, hi)", D,
             note="The calling thread and the pool's workers share the counting; the same counts. Blocks until "
                  "done, ignoring interrupts."),
        Form("NumericArray x, int bins, double lo, double hi, ComputePool pool",
             "PoolSorts.histogramSync(pool, x, bins, lo, hi)",
             note="The calling thread and the pool's workers share the counting; the same counts. Blocks until "
                  "done, ignoring interrupts.")],
       [Form("NumericArray x, int bins, double lo, double hi", "PoolSorts.histogram(owner(), x, bins, lo, hi)"),
        Form("{P}[] x, int bins, double lo, double hi", "PoolSorts.histogram(owner(), " + wrap("x") + ", bins, lo, hi)",
             ALL4)],
       "Histogram", "Histogram",
       "numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo, hi] (an "
       "empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed; the counts equal "
       "NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo, hi], NaN and infinities are "
       "not counted. Memory: the result only; no copy of x.",
       "the counts and the edges",
       iae=["{@code bins <= 0}, lo or hi is not finite, {@code lo > hi}, {@code hi - lo} overflows, or the bins "
            "would be narrower than the element type's edges resolve (for float32: more than 2^24 bins, or a "
            "range not finite in float32)"],
       notes=HIST_RANGE_NOTES, pool_doc=HIST_POOL, floating=False,
       params={("lo", None): "the lower end of the range", ("hi", None): "the upper end of the range"}),
    Op("histogram",
       [Form("{P}[] x, int bins", "histogramOf(" + wrap("x") + ", bins)", ALL4),
        Form("NumericArray x, int bins", "histogramOf(x, bins)",
             note="Each element type with its NumPy arithmetic (see the overloads for Java arrays).")],
       [Form("NumericArray x, int bins", "PoolSorts.histogram(owner(), x, bins)"),
        Form("{P}[] x, int bins", "PoolSorts.histogram(owner(), " + wrap("x") + ", bins)", DF)],
       "Histogram", "Histogram",
       "numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1] when x is "
       "empty), found by one extra read of x; then counted as with a given range. Memory: the result only.",
       "the counts and the edges",
       iae=["x holds NaN or infinity (the range is not finite)", "{@code bins <= 0}",
            "the bins would be narrower than the element type resolves (float32: also more than 2^24 bins, or "
            "{@code max - min} overflows float32)"],
       notes=HIST_DATA_NOTES, floating=False,
       pool_doc="One task finds min and max, then the counting is split as with a given range. A range that is "
                "not finite or too narrow is found only by that task: the future then completes exceptionally "
                "with the IllegalArgumentException. Cancelling the future stops the range task (if not started) "
                "or the counting at its next chunk boundary."),
    Op("histogram",
       [Form("{P}[] x, double[] edges", "histogramOf(" + wrap("x") + ", edges)", ALL4),
        Form("NumericArray x, double[] edges", "histogramOf(x, edges)")],
       [Form("NumericArray x, double[] edges", "PoolSorts.histogram(owner(), x, edges)"),
        Form("{P}[] x, double[] edges", "PoolSorts.histogram(owner(), " + wrap("x") + ", edges)", D)],
       "long[]", "long[]",
       "numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values outside "
       "[edges[0], edges[last]] and NaN are not counted, infinities only when an edge is infinite. Each value is "
       "compared as a double (NumPy's searchsorted converts float32 and integers to float64; int64 beyond 2^53 "
       "rounds). Binary search per value; memory: a copy of the edges and the counts.",
       "the counts, {@code edges.length - 1} of them",
       iae=["fewer than 2 edges are given, an edge is NaN (NumPy allows NaN edges, with meaningless counts), or "
            "the edges decrease"],
       floating=False,
       pool_doc="Split as a histogram with a range is; the edges are copied by the call. Memory: one "
                "{@code long[edges.length - 1]} per task. Cancelling the future stops the tasks at their next "
                "chunk boundary; nothing visible is left behind."),
    Op("bincount",
       [Form("{P}[] x", "bincountOf(" + wrap("x") + ", 0)", ("int", "long")),
        Form("{P}[] x, int minlength", "bincountOf(" + wrap("x") + ", minlength)", ("int",)),
        Form("NumericArray x, int minlength", "bincountOf(x, minlength)",
             note="x must be an int32 or int64 array.")],
       [], "long[]", None,
       "numpy.bincount: {@code counts[v]} is the number of elements equal to v. Two reads of x: its range sizes "
       "the counts, then the values are counted; if another thread writes x meanwhile the counts are unspecified, "
       "but no memory outside x and the counts is touched.",
       "the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)",
       iae=["x holds a negative value (x is only read)", "{@code minlength} is negative or too large",
            "the maximum is too large for a {@code long[]} of counts", "array:x is not an int32 or int64 array"],
       floating=False),
    Op("moments",
       [Form("{P}[] x", "moments(" + wrap("x") + ")", DF)], [], "Moments", None,
       "The mergeable {@link Moments} of x's values, NaN left out: count, mean, sum of squared deviations, min "
       "and max, over fixed chunks of 2^16 elements merged in order (the same bits on every backend and CPU path); "
       "see {@link #moments(NumericArray)}.",
       "the moments; {@link Moments#EMPTY} (count 0) if x is empty or all NaN", floating=False),
    Op("describe",
       [Form("{P}[] x", "describe(" + wrap("x") + ", QUARTILES)", DF)],
       [Form("{P}[] x", "describe(" + wrap("x") + ", 0.25, 0.5, 0.75)", DF)],
       "Description", "Description",
       "pandas' {@code Series.describe()} with the default percentiles 0.25, 0.5 and 0.75: NaNs ignored; count, "
       "mean, std (ddof 1), min, the quartiles, max; see {@link #describe(NumericArray, double...)}.",
       "the statistics", floating=False,
       notes={"float": "The statistics are computed in float64."},
       pool_doc="The moments and the selection run side by side on the pool, the same result bit for bit. "
                "Cancelling the future stops both at their next chunk boundary; nothing visible is left behind."),
]

# ---- dense linear algebra (row-major, BLAS's contract) ----------------------------------------

GEMM_PARAMS = {
    ("transA", None): "whether op(A) is the transpose of A",
    ("transB", None): "whether op(B) is the transpose of B",
    ("alpha", None): "the factor of the product",
    ("beta", None): "the factor of the old values of the output (0: the output is not read)",
    ("a", None): "the matrix A",
    ("b", None): "the matrix B",
    ("c", None): "the matrix C, m x n, updated in place",
    ("x", None): "the vector x, of op(A)'s column count",
    ("x", "heap"): "the vector x, of op(A)'s column count, read in place",
    ("y", None): "the vector y, of op(A)'s row count, updated in place",
    ("y", "heap"): "the vector y, of op(A)'s row count, updated in place",
    ("arena", None): "the arena the result is allocated in",
}
GEMM_ERR = ("Error bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha| "
            "|op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner dimension; the paths "
            "round differently (FMA or not, block order), so they agree within that bound, not bit for bit.")

OPS += [
    Op("gemm",
       [Form("boolean transA, boolean transB, {P} alpha, {M} a, {M} b, {P} beta, {M} c",
             "LinearAlgebra.gemm(backend(), transA, transB, alpha, a, b, beta, c)", DF)],
       [Form("boolean transA, boolean transB, {P} alpha, {M} a, {M} b, {P} beta, {M} c",
             "PoolGemm.gemm(owner(), org.kernels4j.backend.Backends.current(), transA, transB, alpha, a, b, beta, c)",
             DF)],
       "void", "Void",
       "The general matrix product {@code C = alpha * op(A) * op(B) + beta * C}, BLAS's GEMM on row-major "
       "matrices; op(X) is X, or its transpose when the flag is set. As in BLAS: when {@code beta == 0} C is not "
       "read (NaN or infinity in C does not propagate); when {@code alpha == 0} or the inner dimension is 0, A and "
       "B are not read and C becomes {@code beta * C}. Off-heap matrices are the fast path; heap matrices of large "
       "products are copied to off-heap memory around the call. " + GEMM_ERR,
       None, floating=False, params=GEMM_PARAMS, done="C is updated",
       iae=["the shapes do not agree (op(A) m x k, op(B) k x n, C m x n)", "C is read-only",
            "C shares an element with A or B"],
       notes={"float": "float32 arithmetic (SGEMM)."},
       pool_doc="The same bits as the synchronous call: C is cut into row or column blocks of whole micro-tiles "
                "that the workers compute at once (at most four blocks per worker). A product of at most 2^21 "
                "multiply-adds runs on the calling thread, and the future returned is already complete. "
                "Cancelling the future cancels the blocks not yet started; a running block completes, so C may be "
                "left partly updated."),
    Op("gemv",
       [Form("boolean transA, {P} alpha, {M} a, {A} x, {P} beta, {A} y",
             "LinearAlgebra.gemv(backend(), transA, alpha, a, x, beta, y)", DF),
        Form("boolean transA, {P} alpha, {M} a, {P}[] x, {P} beta, {P}[] y",
             "gemv(transA, alpha, a, " + wrap("x") + ", beta, " + wrap("y") + ")", DF)],
       [], "void", None,
       "The matrix-vector product {@code y = alpha * op(A) * x + beta * y}, BLAS's GEMV on a row-major matrix: "
       "when {@code beta == 0} y is not read; when {@code alpha == 0} A and x are not read. " + GEMM_ERR,
       None, floating=False, params=GEMM_PARAMS,
       iae=["the lengths do not match op(A)", "y is read-only", "y shares memory with A or x"],
       notes={"float": "float32 arithmetic (SGEMV)."}),
    Op("matmul",
       [Form("{M} a, {M} b", "LinearAlgebra.checkMatmul(a, b); {M} c = {M}.zeros(SizeLimits.arrayLength(a.rows(), "
             "\"rows of A\"), SizeLimits.arrayLength(b.cols(), \"columns of B\")); gemm(false, false, 1, a, b, 0, c); "
             "return c;", DF, note="The result is on the Java heap.",
             ret="the product, a new row-major matrix on the Java heap"),
        Form("{M} a, {M} b, Arena arena", "LinearAlgebra.checkMatmul(a, b); {M} c = {M}.allocate(arena, a.rows(), "
             "b.cols()); gemm(false, false, 1, a, b, 0, c); return c;", DF,
             ret="the product, a new contiguous matrix in {@code arena}")],
       [], "{M}", None,
       "The matrix product {@code A * B} as a new matrix, computed by gemm.",
       None, floating=False, params=GEMM_PARAMS,
       iae=["A's column count differs from B's row count", "heap:the result does not fit in a Java array (use the "
            "form with an arena)"],
       notes={"float": "float32 arithmetic."}),
]


# ---- integer reductions, nan-variance, weights, bin rules -------------------------------------

INT2 = ("int", "long")
PARAMS[("x", None)] = "the array"
BOXED = {"int": "Integer", "long": "Long", "double": "Double", "float": "Float"}


def typed(params, body, prim, rtype=None, note=None):
    """A form for one element type whose return type depends on it ({P} -> int or long)."""
    f = Form(params, body, (prim,), note=note)
    if rtype:
        f.rtype = rtype.replace("{P}", prim)
        f.ptype = BOXED[f.rtype] if f.rtype in BOXED else f.rtype
    return f


def one(call, arrays):
    """The async body of an operation without a split form: one pool task running the synchronous call."""
    return "PoolSorts.one(owner(), () -> Kernels." + call + ", " + arrays + ")"


def IREDUCE(name, impl, rtype=None):
    sync, pool = [], []
    for prim in INT2:
        sync.append(typed("{P}[] x", impl + "(" + wrap("x") + ")", prim, rtype))
        sync.append(typed("{A} x", impl + "(x)", prim, rtype))
        pool.append(typed("{A} x", one(name + "(x)", "x"), prim, rtype))
        pool.append(typed("{P}[] x", one(name + "(x)", wrap("x")), prim, rtype))
    return sync, pool


INT_POOL = ("It runs as one task on a worker, or on the calling thread for at most 2^15 elements (integer "
            "reductions have no split form yet). Cancelling the future "
            "before the task starts stops it; a started task runs to its end, and its result is dropped.")
WRAP_NOTE = ("NumPy's integer rule: int32 and int64 values accumulate in int64, which wraps around on overflow "
             "(two's complement) without an error, as NumPy's does.")

OPS += [
    op("sum", IREDUCE("sum", "isumOf", "long"), "long", "Long",
       "The sum of integers, NumPy's {@code sum}: " + WRAP_NOTE + " For a sum that cannot wrap, "
       "{@link #mean} times the length is exact up to one rounding.",
       "the sum in int64 (0 if there are no elements)", pool_doc=INT_POOL, floating=False),
    op("prod", IREDUCE("prod", "iprodOf", "long"), "long", "Long",
       "The product of integers, NumPy's {@code prod}: " + WRAP_NOTE,
       "the product in int64 (1 if there are no elements)", pool_doc=INT_POOL, floating=False),
    op("mean", IREDUCE("mean", "imeanOf", "double"), "double", "Double",
       "The mean of integers: their exact sum (held in 128 bits, so it never wraps), rounded once to double, "
       "divided by the count: within one unit in the last place of the exact mean. NumPy sums the values "
       "converted to float64 pairwise; both give the same bits whenever NumPy's partial sums stay below 2^53 in "
       "magnitude, beyond that NumPy's sum rounds at every step.",
       "the mean: NaN if there are no elements", pool_doc=INT_POOL, floating=False),
    op("min", ([typed("{P}[] x", "({P}) irangeOf(" + wrap("x") + ", \"min\")[0]", p, "{P}") for p in INT2]
               + [typed("{A} x", "({P}) irangeOf(x, \"min\")[0]", p, "{P}") for p in INT2],
               [typed("{A} x", one("min(x)", "x"), p, "{P}") for p in INT2]),
       "int", "Integer", "The smallest of the integers.", "the minimum", iae=[EMPTY_IAE], pool_doc=INT_POOL,
       floating=False),
    op("max", ([typed("{P}[] x", "({P}) irangeOf(" + wrap("x") + ", \"max\")[1]", p, "{P}") for p in INT2]
               + [typed("{A} x", "({P}) irangeOf(x, \"max\")[1]", p, "{P}") for p in INT2],
               [typed("{A} x", one("max(x)", "x"), p, "{P}") for p in INT2]),
       "int", "Integer", "The largest of the integers.", "the maximum", iae=[EMPTY_IAE], pool_doc=INT_POOL,
       floating=False),
    op("argmin", ([typed("{P}[] x", "iargOf(" + wrap("x") + ", false)", p, "long") for p in INT2]
                  + [typed("{A} x", "iargOf(x, false)", p, "long") for p in INT2],
                  [typed("{A} x", one("argmin(x)", "x"), p, "long") for p in INT2]),
       "long", "Long", "NumPy's {@code argmin} of integers: the first index of the minimum.",
       "the index of the first smallest element", iae=[EMPTY_IAE], pool_doc=INT_POOL, floating=False),
    op("argmax", ([typed("{P}[] x", "iargOf(" + wrap("x") + ", true)", p, "long") for p in INT2]
                  + [typed("{A} x", "iargOf(x, true)", p, "long") for p in INT2],
                  [typed("{A} x", one("argmax(x)", "x"), p, "long") for p in INT2]),
       "long", "Long", "NumPy's {@code argmax} of integers: the first index of the maximum.",
       "the index of the first largest element", iae=[EMPTY_IAE], pool_doc=INT_POOL, floating=False),
]


def NANDDOF(kind):
    sq = kind == "nanstd"
    f = (lambda e: "Math.sqrt(" + e + ")") if sq else (lambda e: e)
    return ([Form("{P}[] x", f("nanvarOf(" + wrap("x") + ", 0)"), DF, note="The population form, ddof 0."),
             Form("{P}[] x, int ddof", f("nanvarOf(" + wrap("x") + ", ddof)"), DF),
             Form("NumericArray x", f("nanvarOf(x, 0)"), note="The population form, ddof 0."),
             Form("NumericArray x, int ddof", f("nanvarOf(x, ddof)"))],
            [Form("NumericArray x, int ddof", one(kind + "(x, ddof)", "x")),
             Form("{P}[] x, int ddof", one(kind + "(x, ddof)", wrap("x")), DF)])


ONE_POOL = ("It runs as one task on a worker, or on the calling thread for at most 2^15 elements. Cancelling the "
            "future before the task starts stops it; a started "
            "task runs to its end, and its result is dropped.")

OPS += [
    op("nanvar", NANDDOF("nanvar"), "double", "Double",
       "NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) / (count - "
       "ddof)} with m their mean (two passes, each in the k4j tree order).",
       "the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a warning), for "
       "example when every element is NaN",
       iae=["{@code ddof} is negative"], notes={"float": F32_ACC}, pool_doc=ONE_POOL),
    op("nanstd", NANDDOF("nanstd"), "double", "Double",
       "NumPy's {@code nanstd}: the square root of {@link #nanvar}.",
       "the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}",
       iae=["{@code ddof} is negative"], notes={"float": F32_ACC}, pool_doc=ONE_POOL),
    op("average", ([Form("{P}[] x, {P}[] weights", "averageOf(" + wrap("x") + ", " + wrap("weights") + ")", DF),
                    Form("NumericArray x, NumericArray weights", "averageOf(x, weights)")],
                   [Form("NumericArray x, NumericArray weights", one("average(x, weights)", "x, weights")),
                    Form("{P}[] x, {P}[] weights", one("average(x, weights)", wrap("x") + ", " + wrap("weights")),
                         DF)]),
       "double", "Double",
       "NumPy's {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j tree "
       "order (products rounded, no fused multiply-add). NaN in x or the weights gives NaN.",
       "the weighted mean",
       iae=["the lengths or element types differ", "the weights sum to zero (NumPy: ZeroDivisionError)"],
       notes={"float": F32_ACC}, pool_doc=ONE_POOL,
       params={("weights", "heap"): "the weights, one per element, read in place",
               ("weights", "array"): "the weights, one per element, of x's element type"}),
    Op("bincount",
       [Form("{P}[] x, double[] weights", "bincountOf(" + wrap("x") + ", DoubleArray.wrap(Objects.requireNonNull("
             "weights, \"weights\")), 0)", INT2),
        Form("{P}[] x, double[] weights, int minlength", "bincountOf(" + wrap("x") + ", DoubleArray.wrap("
             "Objects.requireNonNull(weights, \"weights\")), minlength)", INT2),
        Form("NumericArray x, NumericArray weights, int minlength", "bincountOf(x, weights, minlength)",
             note="x must be an int32 or int64 array, the weights float64.")],
       [Form("NumericArray x, NumericArray weights, int minlength",
             one("bincount(x, weights, minlength)", "x, weights"))],
       "double[]", "double[]",
       "numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to v, added "
       "in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the sums, then the "
       "weights are added; if another thread writes x meanwhile the sums are unspecified, but no memory outside "
       "x, the weights and the sums is touched.",
       "the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)",
       iae=["x holds a negative value (x is only read)", "{@code minlength} is negative or too large",
            "the maximum is too large for a {@code double[]} of sums", "the weights are not as many as the values",
            "array:x is not an int32 or int64 array, or the weights are not float64"],
       floating=False, pool_doc=ONE_POOL,
       params={("weights", "heap"): "one weight per element of x, read in place",
               ("weights", "array"): "one float64 weight per element of x"}),
    Op("histogram",
       [Form("{P}[] x, BinRule rule", "histogramOf(" + wrap("x") + ", rule)", ALL4),
        Form("NumericArray x, BinRule rule", "histogramOf(x, rule)")],
       [Form("NumericArray x, BinRule rule", one("histogram(x, rule)", "x")),
        Form("{P}[] x, BinRule rule", one("histogram(x, rule)", wrap("x")), DF)],
       "Histogram", "Histogram",
       "{@code numpy.histogram(x, bins=name)}, name the rule's (\"fd\", \"auto\", ...): the rule chooses the number of equal bins from the data (see "
       "{@link BinRule}), then the histogram is the one over [min, max] of x with that many bins. Reads x a few "
       "times (range, and the statistics the rule needs: std, or a selection of the quartiles).",
       "the counts and the edges",
       iae=["x holds NaN or infinity (the range is not finite)",
            "the rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or a "
            "range)"],
       floating=False, pool_doc=ONE_POOL,
       params={("rule", None): "how the number of bins is chosen"}),
    Op("histogram",
       [Form("{P}[] x, BinRule rule, double lo, double hi", "histogramOf(" + wrap("x") + ", rule, lo, hi)", ALL4),
        Form("NumericArray x, BinRule rule, double lo, double hi", "histogramOf(x, rule, lo, hi)")],
       [Form("NumericArray x, BinRule rule, double lo, double hi", one("histogram(x, rule, lo, hi)", "x"))],
       "Histogram", "Histogram",
       "{@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the values inside [lo, hi] "
       "(as NumPy's does; NaN and infinities are outside), then the histogram is the one over [lo, hi] with the "
       "bins it chose. Memory: a copy of the values inside the range.",
       "the counts and the edges",
       iae=["lo or hi is not finite", "{@code lo > hi}", "the rule asks for more than 2^24 bins"],
       floating=False, pool_doc=ONE_POOL,
       params={("rule", None): "how the number of bins is chosen", ("lo", None): "the lower end of the range",
               ("hi", None): "the upper end of the range"}),
]



# ---- ufunc family: NumPy's elementwise functions beyond + - * /, and the forms of every
# elementwise operation that return a new array (on the Java heap, or in a given arena) -------

def fresh(params, body, prims, rtype, ret, iae):
    """A form returning a new array: its own return type, @return text and IllegalArgumentException list."""
    where = "in {@code arena}" if "Arena arena" in params else "on the Java heap"
    f = Form(params, body, prims, ret=ret, note="This form returns the results in a new array " + where
             + " instead of writing an {@code out}.")
    f.rtype = rtype
    f.ptype = rtype
    f.iae = list(iae)
    return f


FRESH_HEAP_RET = "a new array on the Java heap, as long as {@code %s}, holding the results"
FRESH_ARENA_RET = "a new array of the same type and length as {@code %s}, allocated in {@code arena}, holding the results"
CONFINED_RESULT = "{@code arena} is confined (the workers could not write the result)"
PARAMS[("arena", None)] = "the arena the result is allocated in"


def FRESH(name, lead, heap_args, arena_args, any_args, call_args, first="x", iae_heap=(), iae_arena=()):
    """The new-array forms of the elementwise operation `name`: heap_args/arena_args/any_args are the parameter
    lists before the result (Java arrays; typed arrays; NumericArray), call_args the arguments of its out form."""
    def body(rt, alloc, pool):
        call = name + "(" + call_args + ", r)"
        if pool:
            return rt + " r = " + alloc + "; return NewArrays.returning(" + call + ", r);"
        return rt + " r = " + alloc + "; " + call + "; return r;"
    heap_alloc = 'NewArrays.like(' + first + ', "' + first + '")'
    arena_alloc = ('NewArrays.like(a, b, arena)' if lead == "binary"
                   else 'NewArrays.like(' + first + ', "' + first + '", arena)')
    hr, ar = FRESH_HEAP_RET % first, FRESH_ARENA_RET % first
    sync = [fresh(heap_args, body("{P}[]", heap_alloc, False), DF, "{P}[]", hr, iae_heap),
            fresh(arena_args + ", Arena arena", body("{A}", arena_alloc, False), DF, "{A}", ar, iae_arena),
            fresh(any_args + ", Arena arena", body("NumericArray", arena_alloc, False), None, "NumericArray", ar, iae_arena)]
    pool = [fresh(heap_args, body("{P}[]", heap_alloc, True), DF, "{P}[]", hr, iae_heap),
            fresh(arena_args + ", Arena arena", body("{A}", arena_alloc, True), DF, "{A}", ar,
                  list(iae_arena) + [CONFINED_RESULT]),
            fresh(any_args + ", Arena arena", body("NumericArray", arena_alloc, True), None, "NumericArray", ar,
                  list(iae_arena) + [CONFINED_RESULT])]
    return sync, pool


def fresh_unary(name):
    return FRESH(name, "unary", "{P}[] x", "{A} x", "NumericArray x", "x")


def fresh_binary(name):
    return FRESH(name, "binary", "{P}[] a, {P}[] b", "{A} a, {A} b", "NumericArray a, NumericArray b", "a, b",
                 first="a", iae_heap=["{@code a} and {@code b} differ in length"],
                 iae_arena=["{@code a} and {@code b} differ in length or type"])


def fresh_scalar(name):
    return FRESH(name, "scalar", "{P}[] a, {P} s", "{A} a, {P} s", "NumericArray a, double s", "a, s", first="a")


def fresh_scale():
    return FRESH("scale", "scale", "{P} alpha, {P}[] x", "{P} alpha, {A} x", "double alpha, NumericArray x", "alpha, x")


def fresh_clip():
    bad = ["{@code lo > hi} or a bound is NaN"]
    return FRESH("clip", "clip", "{P}[] x, {P} lo, {P} hi", "{A} x, {P} lo, {P} hi",
                 "NumericArray x, double lo, double hi", "x, lo, hi", iae_heap=bad, iae_arena=bad)


def add_forms(o, forms):
    sync, pool = forms
    o.sync = o.sync + sync
    o.pool = o.pool + pool


ULP_REF = ("of the correctly rounded value (at most that many representable values away from it; checked against "
           "high-precision references on every backend and CPU path)")
UFUNC_EXACT_F32 = {"float": "float32 values are computed in float32, exactly."}
EXACT = "Exact: the same bits as NumPy on every backend and CPU path."


def ufunc_unary(name, c, doc, ulps=None, params=None):
    accuracy = (" Accuracy: float64 results within %d ulp %s; float32 values are computed in float64 and rounded "
                "once, within 1 ulp." % (ulps, ULP_REF)) if ulps else " " + EXACT
    o = op(name, UNARY(c), "void", "Void", doc + accuracy, None, iae=[OUT_IAE], pool_doc=ELEMENTWISE_POOL,
           notes=None if ulps else UFUNC_EXACT_F32, params=params)
    add_forms(o, fresh_unary(name))
    return o


def ufunc_binary(name, c, doc, ulps=None, params=None):
    accuracy = (" Accuracy: float64 results within %d ulp %s; float32 values are computed in float64 and rounded "
                "once, within 1 ulp." % (ulps, ULP_REF)) if ulps else " " + EXACT
    o = op(name, BINARY(c), "void", "Void", doc + accuracy, None,
           iae=["{@code a} and {@code b} differ in length or type", OUT_IAE], pool_doc=ELEMENTWISE_POOL,
           notes=None if ulps else UFUNC_EXACT_F32, params=params)
    add_forms(o, fresh_binary(name))
    return o


# the new-array forms of the existing elementwise operations
for _o in OPS:
    if _o.sync and _o.sync[0].params == "{P}[] a, {P}[] b, {P}[] out" and _o.name in ("add", "sub", "mul", "div"):
        add_forms(_o, fresh_binary(_o.name))
    elif _o.sync and _o.sync[0].params == "{P}[] a, {P} s, {P}[] out":
        add_forms(_o, fresh_scalar(_o.name))
    elif _o.name == "scale":
        add_forms(_o, fresh_scale())
    elif _o.name in ("abs", "neg", "sqrt", "exp", "log"):
        add_forms(_o, fresh_unary(_o.name))
    elif _o.name == "clip":
        add_forms(_o, fresh_clip())

OPS += [
    ufunc_unary("sin", "SIN", "{@code out[i] = sin x[i]} (radians), the argument reduced exactly however large "
                "(sin(1e300) is as accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0.", 1),
    ufunc_unary("cos", "COS", "{@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN "
                "and ±Inf give NaN, cos(±0) is 1.", 1),
    ufunc_unary("tan", "TAN", "{@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN "
                "and ±Inf give NaN, tan(-0.0) is -0.0.", 2),
    ufunc_unary("tanh", "TANH", "{@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN.", 2),
    ufunc_unary("log1p", "LOG1P", "{@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round "
                "(tiny x): -Inf for -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf.", 1),
    ufunc_unary("expm1", "EXPM1", "{@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, "
                "+Inf beyond about 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN.", 1),
    ufunc_unary("log2", "LOG2", "{@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), "
                "NaN for a negative value, -Inf for ±0, log2(+Inf) is +Inf.", 2),
    ufunc_unary("log10", "LOG10", "{@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, "
                "log10(+Inf) is +Inf.", 2),
    ufunc_unary("floor", "FLOOR", "{@code out[i]} is the largest integer not above {@code x[i]} (NumPy's "
                "{@code floor}): floor(-0.5) is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay."),
    ufunc_unary("ceil", "CEIL", "{@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's "
                "{@code ceil}): ceil(-0.5) is -0.0, ±Inf and NaN stay."),
    ufunc_unary("rint", "RINT", "{@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even "
                "(NumPy's {@code rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is "
                "-0.0, ±Inf and NaN stay."),
    ufunc_unary("sign", "SIGN", "NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one "
                "(subnormals included), +0.0 for either zero, and a NaN stays that NaN."),
    ufunc_binary("pow", "POW", "NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: "
                 "pow(x, ±0) is 1 and pow(1, y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a "
                 "negative base with a non-integer exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow "
                 "gives ±Inf.", 1,
                 params={("a", None): "the bases", ("b", None): "the exponents"}),
    ufunc_binary("atan2", "ATAN2", "NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the "
                 "point (b[i], a[i]) in radians, in [-pi, pi], with C's signed-zero and infinity rules "
                 "(atan2(±0, -0.0) is ±pi, atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN "
                 "from a NaN operand.", 2,
                 params={("a", None): "the y coordinates", ("b", None): "the x coordinates"}),
    ufunc_binary("minimum", "MINIMUM", "NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN "
                 "if either is NaN; when they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is "
                 "-0.0 and minimum(-0.0, +0.0) is +0.0, as in NumPy."),
    ufunc_binary("maximum", "MAXIMUM", "NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN "
                 "if either is NaN; when they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is "
                 "+0.0 and maximum(+0.0, -0.0) is -0.0, as in NumPy."),
    ufunc_binary("fmin", "FMIN", "NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN "
                 "operand ignored (NaN only when both are); when they compare equal the result is {@code b[i]}. "
                 "NumPy agrees except for zeros of opposite signs in the last elements of an array, where its "
                 "remainder loop may return {@code a[i]}."),
    ufunc_binary("fmax", "FMAX", "NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN "
                 "operand ignored (NaN only when both are); when they compare equal the result is {@code b[i]}. "
                 "NumPy agrees except for zeros of opposite signs in the last elements of an array, where its "
                 "remainder loop may return {@code a[i]}."),
]
# ---- mask family: comparisons, where, isnan/isinf/isfinite, nan_to_num, count_nonzero, any, all ----
# (implementations in MaskKernels, pool jobs in planner.PoolMasks, kernels in native/src/mask.c)

MK = "MaskKernels."
FLOATS_NOTE = ("For float32 arrays the scalar is rounded to float32 first (NumPy's rule for a Python float "
               "against a float32 array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy "
               "converts int64 to float64 first, so the two differ only beyond 2^53).")
NEW_MASK = "the new mask, on the Java heap"
ARENA_MASK = "the new mask, in {@code arena}"
MASK_PARAMS = {
    ("out", None): "the mask receiving the results in its first n elements (n the input's length)",
    ("arena", None): "the arena the result is allocated in",
    ("mask", None): "the mask, as long as the arrays: true takes the element from the first choice, false from "
                    "the second",
    ("s", None): "the scalar",
    ("t", None): "the scalar taken where the mask is false",
    ("nan", None): "the value replacing NaN",
    ("posinf", None): "the value replacing +Inf",
    ("neginf", None): "the value replacing -Inf",
}
MASK_OUT_IAE = "{@code out} is shorter than the input or read-only"
HEAP_RESULT_IAE = "newheap:the result would have more than 2^31 - 9 elements (give {@code out} or an arena)"
MASK_POOL = ELEMENTWISE_POOL
TRUTH_POOL = ("The elements are split into chunks that the workers claim in turn; the chunk counts add up (any: "
              "true once a chunk holds a true element; all: false once a chunk holds a false one, after which "
              "the chunks not yet started return at once). Cancelling the future stops the work at the next chunk "
              "boundary; nothing visible is left behind.")


def returning(form, rtype, ret):
    form.rtype = rtype
    form.ret = ret
    return form


def CMP(c):
    w = lambda v: wrap(v)
    op = MK + c
    sync = [Form("{P}[] a, {P}[] b, BoolArray out", MK + "compare(" + op + ", " + w("a") + ", " + w("b") + ", out)", ALL4),
            returning(Form("{P}[] a, {P}[] b", MK + "compare(" + op + ", " + w("a") + ", " + w("b") + ")", ALL4),
                      "BoolArray", NEW_MASK),
            Form("NumericArray a, NumericArray b, BoolArray out", MK + "compare(" + op + ", a, b, out)"),
            returning(Form("NumericArray a, NumericArray b", MK + "compare(" + op + ", a, b)"), "BoolArray", NEW_MASK),
            returning(Form("NumericArray a, NumericArray b, Arena arena", MK + "compare(" + op + ", a, b, arena)"),
                      "BoolArray", ARENA_MASK),
            Form("{P}[] a, {P} s, BoolArray out", MK + "compareScalar(" + op + ", " + w("a") + ", s, out)", DF),
            Form("{P}[] a, {P} s, BoolArray out", MK + "compareInteger(" + op + ", " + w("a") + ", s, out)", INT2),
            returning(Form("{P}[] a, {P} s", MK + "compareScalar(" + op + ", " + w("a") + ", s)", DF), "BoolArray", NEW_MASK),
            returning(Form("{P}[] a, {P} s", MK + "compareInteger(" + op + ", " + w("a") + ", s)", INT2), "BoolArray",
                      NEW_MASK),
            Form("NumericArray a, double s, BoolArray out", MK + "compareScalar(" + op + ", a, s, out)", note=FLOATS_NOTE),
            returning(Form("NumericArray a, double s", MK + "compareScalar(" + op + ", a, s)", note=FLOATS_NOTE),
                      "BoolArray", NEW_MASK),
            returning(Form("NumericArray a, double s, Arena arena", MK + "compareScalar(" + op + ", a, s, arena)",
                           note=FLOATS_NOTE), "BoolArray", ARENA_MASK)]
    pool = [Form("NumericArray a, NumericArray b, BoolArray out",
                 MK + "compareAsync(owner(), chunkSize(), " + op + ", a, b, out)"),
            Form("{P}[] a, {P}[] b, BoolArray out",
                 MK + "compareAsync(owner(), chunkSize(), " + op + ", " + w("a") + ", " + w("b") + ", out)", ALL4),
            Form("NumericArray a, double s, BoolArray out",
                 MK + "compareScalarAsync(owner(), chunkSize(), " + op + ", a, s, out)", note=FLOATS_NOTE),
            Form("{P}[] a, {P} s, BoolArray out",
                 MK + "compareScalarAsync(owner(), chunkSize(), " + op + ", " + w("a") + ", s, out)", DF),
            Form("{P}[] a, {P} s, BoolArray out",
                 MK + "compareIntegerAsync(owner(), chunkSize(), " + op + ", " + w("a") + ", s, out)", INT2)]
    return sync, pool


for _name, _c, _sym, _np in (("less", "LT", "<", "less"), ("lessEqual", "LE", "<=", "less_equal"),
                             ("equal", "EQ", "==", "equal"), ("notEqual", "NE", "!=", "not_equal"),
                             ("greater", "GT", ">", "greater"), ("greaterEqual", "GE", ">=", "greater_equal")):
    OPS.append(op(_name, CMP(_c), "void", "Void",
                  "NumPy's {@code " + _np + "}: the mask {@code a[i] " + _sym + " b[i]} (or {@code a[i] " + _sym
                  + " s}), one byte per element. IEEE comparison: "
                  + ("true when either side is NaN" if _c == "NE" else "false when either side is NaN")
                  + "; -0.0 and +0.0 are equal.",
                  None, floating=False, params=MASK_PARAMS, pool_doc=MASK_POOL,
                  iae=["if-b:{@code a} and {@code b} differ in length or element type", "if-out:" + MASK_OUT_IAE,
                       HEAP_RESULT_IAE]))


def WHERE():
    w = wrap
    sync = [Form("BoolArray mask, {P}[] a, {P}[] b, {P}[] out", MK + "where(mask, " + w("a") + ", " + w("b") + ", "
                 + w("out") + ")", ALL4),
            returning(Form("BoolArray mask, {P}[] a, {P}[] b", "{P}[] out = new {P}[Objects.requireNonNull(a, \"a\")"
                           ".length]; where(mask, a, b, out); return out", ALL4), "{P}[]",
                      "the new array, on the Java heap"),
            Form("BoolArray mask, NumericArray a, NumericArray b, NumericArray out", MK + "where(mask, a, b, out)"),
            returning(Form("BoolArray mask, NumericArray a, NumericArray b", MK + "where(mask, a, b)"), "NumericArray",
                      "the new array, of a's element type, on the Java heap"),
            returning(Form("BoolArray mask, NumericArray a, NumericArray b, Arena arena", MK + "where(mask, a, b, arena)"),
                      "NumericArray", "the new array, of a's element type, in {@code arena}"),
            Form("BoolArray mask, {P}[] a, {P} s, {P}[] out", MK + "whereScalar(mask, " + w("a") + ", s, " + w("out") + ")",
                 DF, note="The second choice is the scalar s."),
            Form("BoolArray mask, {P}[] a, {P} s, {P}[] out", MK + "whereLong(mask, " + w("a") + ", s, false, "
                 + w("out") + ")", INT2, note="The second choice is the scalar s."),
            Form("BoolArray mask, {P} s, {P}[] b, {P}[] out", MK + "whereScalar(mask, s, " + w("b") + ", " + w("out") + ")",
                 DF, note="The first choice is the scalar s."),
            Form("BoolArray mask, {P} s, {P}[] b, {P}[] out", MK + "whereLong(mask, " + w("b") + ", s, true, "
                 + w("out") + ")", INT2, note="The first choice is the scalar s."),
            Form("BoolArray mask, {P} s, {P} t, {P}[] out", MK + "whereScalars(mask, s, t, " + w("out") + ")", DF,
                 note="Both choices are scalars; n is the mask's length."),
            Form("BoolArray mask, {P} s, {P} t, {P}[] out", MK + "whereLongs(mask, s, t, " + w("out") + ")", INT2,
                 note="Both choices are scalars; n is the mask's length."),
            returning(Form("BoolArray mask, {P}[] a, {P} s", "{P}[] out = new {P}[Objects.requireNonNull(a, \"a\")"
                           ".length]; where(mask, a, s, out); return out", ALL4,
                           note="The second choice is the scalar s."), "{P}[]", "the new array, on the Java heap"),
            returning(Form("BoolArray mask, {P} s, {P}[] b", "{P}[] out = new {P}[Objects.requireNonNull(b, \"b\")"
                           ".length]; where(mask, s, b, out); return out", ALL4,
                           note="The first choice is the scalar s."), "{P}[]", "the new array, on the Java heap"),
            Form("BoolArray mask, NumericArray a, double s, NumericArray out", MK + "whereScalar(mask, a, s, out)",
                 note="The second choice is the scalar s."),
            Form("BoolArray mask, double s, NumericArray b, NumericArray out", MK + "whereScalar(mask, s, b, out)",
                 note="The first choice is the scalar s."),
            Form("BoolArray mask, double s, double t, NumericArray out", MK + "whereScalars(mask, s, t, out)",
                 note="Both choices are scalars, stored as out's element type; n is the mask's length."),
            returning(Form("BoolArray mask, NumericArray a, double s", MK + "whereScalar(mask, a, s)",
                           note="The second choice is the scalar s."), "NumericArray",
                      "the new array, of a's element type, on the Java heap"),
            returning(Form("BoolArray mask, double s, NumericArray b", MK + "whereScalar(mask, s, b)",
                           note="The first choice is the scalar s."), "NumericArray",
                      "the new array, of b's element type, on the Java heap")]
    pool = [Form("BoolArray mask, NumericArray a, NumericArray b, NumericArray out",
                 MK + "whereAsync(owner(), chunkSize(), mask, a, b, out)"),
            Form("BoolArray mask, {P}[] a, {P}[] b, {P}[] out", MK + "whereAsync(owner(), chunkSize(), mask, " + w("a")
                 + ", " + w("b") + ", " + w("out") + ")", ALL4),
            Form("BoolArray mask, NumericArray a, double s, NumericArray out",
                 MK + "whereScalarAsync(owner(), chunkSize(), mask, a, s, out)", note="The second choice is the scalar s.")]
    return sync, pool


OPS.append(op("where", WHERE(), "void", "Void",
              "NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied bit for "
              "bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the array's element "
              "type (float32: rounded; an integer type: it must be an integer in the type's range). {@code out} may "
              "be {@code a} or {@code b} itself.",
              None, floating=False, pool_doc=MASK_POOL,
              params={**MASK_PARAMS, **{("a", None): "the first choice, taken where the mask is true",
                                          ("b", None): "the second choice, taken where the mask is false",
                                          ("s", None): "the scalar choice",
                                          ("out", None): "receives the results in its first n elements; may be a or b"}},
              iae=["if-b:{@code a} and {@code b} differ in length or element type",
                   "the mask's length differs from the arrays'",
                   "if-out:{@code out} is shorter, read-only or of another element type",
                   "if-s:a scalar is not a value of an integer array's type", HEAP_RESULT_IAE]))


def TEST(c):
    op = MK + c
    sync = [Form("{P}[] x, BoolArray out", MK + "test(" + op + ", " + wrap("x") + ", out)", ALL4),
            returning(Form("{P}[] x", MK + "test(" + op + ", " + wrap("x") + ")", ALL4), "BoolArray", NEW_MASK),
            Form("NumericArray x, BoolArray out", MK + "test(" + op + ", x, out)"),
            returning(Form("NumericArray x", MK + "test(" + op + ", x)"), "BoolArray", NEW_MASK),
            returning(Form("NumericArray x, Arena arena", MK + "test(" + op + ", x, arena)"), "BoolArray", ARENA_MASK)]
    pool = [Form("NumericArray x, BoolArray out", MK + "testAsync(owner(), chunkSize(), " + op + ", x, out)"),
            Form("{P}[] x, BoolArray out", MK + "testAsync(owner(), chunkSize(), " + op + ", " + wrap("x") + ", out)",
                 DF)]
    return sync, pool


for _name, _c, _what, _ints in (("isnan", "ISNAN", "whether x[i] is NaN", "false"),
                                ("isinf", "ISINF", "whether x[i] is +Inf or -Inf (NaN is not)", "false"),
                                ("isfinite", "ISFINITE", "whether x[i] is neither NaN nor infinite", "true")):
    OPS.append(op(_name, TEST(_c), "void", "Void",
                  "NumPy's {@code " + _name + "}: the mask " + _what + ", one byte per element. For an integer array "
                  "every element is " + _ints + ".",
                  None, floating=False, params=MASK_PARAMS, pool_doc=MASK_POOL,
                  iae=["if-out:" + MASK_OUT_IAE, HEAP_RESULT_IAE]))


def NAN_TO_NUM():
    sync = [Form("{P}[] x, {P}[] out", MK + "nanToNum(" + wrap("x") + ", " + wrap("out") + ")", DF,
                 note="NumPy's defaults: NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest."),
            Form("{P}[] x, {P} nan, {P} posinf, {P} neginf, {P}[] out", MK + "nanToNum(" + wrap("x")
                 + ", nan, posinf, neginf, " + wrap("out") + ")", DF),
            returning(Form("{P}[] x", "{P}[] out = new {P}[Objects.requireNonNull(x, \"x\").length]; nanToNum(x, out); "
                           "return out", DF, note="NumPy's defaults: NaN becomes 0.0, +Inf the largest finite value of "
                           "the type, -Inf the lowest."), "{P}[]", "the new array, on the Java heap"),
            Form("NumericArray x, NumericArray out", MK + "nanToNum(x, out)",
                 note="NumPy's defaults: NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest."),
            Form("NumericArray x, double nan, double posinf, double neginf, NumericArray out",
                 MK + "nanToNum(x, nan, posinf, neginf, out)", note="For float32 the replacements are rounded to float32."),
            returning(Form("NumericArray x", MK + "nanToNum(x)", note="NumPy's defaults."), "NumericArray",
                      "the new array, of x's element type, on the Java heap"),
            returning(Form("NumericArray x, Arena arena", MK + "nanToNum(x, arena)", note="NumPy's defaults."),
                      "NumericArray", "the new array, of x's element type, in {@code arena}")]
    pool = [Form("NumericArray x, NumericArray out", MK + "nanToNumAsync(owner(), chunkSize(), x, out)",
                 note="NumPy's defaults."),
            Form("NumericArray x, double nan, double posinf, double neginf, NumericArray out",
                 MK + "nanToNumAsync(owner(), chunkSize(), x, nan, posinf, neginf, out)")]
    return sync, pool


OPS.append(op("nanToNum", NAN_TO_NUM(), "void", "Void",
              "NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other value "
              "(-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself.",
              None, pool_doc=MASK_POOL,
              params={**MASK_PARAMS, **{("out", None): "receives the results in its first n elements; may be x"}},
              iae=["if-out:" + OUT_IAE, HEAP_RESULT_IAE]))


def TRUTH(name, rtype, box):
    def typed_form(params, body, prims=None, ret=None):
        f = Form(params, body, prims)
        f.rtype = rtype
        f.ptype = box
        return f
    sync = [typed_form("{P}[] x", MK + name + "(" + wrap("x") + ")", ALL4),
            typed_form("NumericArray x", MK + name + "(x)"),
            typed_form("BoolArray mask", MK + name + "(mask)")]
    pool = [typed_form("NumericArray x", MK + name + "Async(owner(), chunkSize(), x)"),
            typed_form("{P}[] x", MK + name + "Async(owner(), chunkSize(), " + wrap("x") + ")", ALL4),
            typed_form("BoolArray mask", MK + name + "Async(owner(), chunkSize(), mask)")]
    return sync, pool


OPS.append(op("countNonzero", TRUTH("countNonzero", "long", "Long"), "long", "Long",
              "NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), "
              "or of true elements of a mask.",
              "the count, 0 if there are no elements", floating=False, pool_doc=TRUTH_POOL,
              params={("mask", None): "the mask"}))
OPS.append(op("any", TRUTH("any", "boolean", "Boolean"), "boolean", "Boolean",
              "NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element of a "
              "mask is true; it stops reading at the first block that decides.",
              "whether an element is true; false if there are no elements", floating=False, pool_doc=TRUTH_POOL,
              params={("mask", None): "the mask"}))
OPS.append(op("all", TRUTH("all", "boolean", "Boolean"), "boolean", "Boolean",
              "NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every element of "
              "a mask is true; it stops reading at the first block that decides.",
              "whether every element is true; true if there are no elements", floating=False, pool_doc=TRUTH_POOL,
              params={("mask", None): "the mask"}))

# the mask family's arena forms: the arena counts among the arguments that must not be null
for _o in OPS:
    if _o.name in ("less", "lessEqual", "equal", "notEqual", "greater", "greaterEqual", "where", "isnan", "isinf",
                   "isfinite", "nanToNum", "countNonzero", "any", "all"):
        _o.arena_ref = True
# ---- weighted and density histograms (numpy.histogram(x, bins, range, weights, density)) -------

def WH_NPE(names):
    return ("if {@code x}" + (" or {@code pool}" if "pool" in names else "")
            + " is null (the weights may be null: then every value weighs 1)")

WH_FQN = "org.kernels4j.planner.WeightedHistograms"
WH_DOC = ("numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of "
          "{@link #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as "
          "Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its weight to "
          "its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block in index order "
          "into a zeroed partial and the partials to the result in block order, and so does this. Values outside "
          "the range, NaN and infinities are not counted and their weights not read (a NaN weight there changes "
          "nothing); a NaN weight inside makes its bin NaN. With density the result is NumPy's "
          "{@code counts / widths / counts.sum()}: the widths are the differences of the edges (float32 for float32 "
          "input), the total NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin "
          "makes every density NaN, and an empty selection (no value in range, or weights summing to 0) gives "
          "0 / 0 = NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer "
          "counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x.")
WH_DATA_DOC = ("numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in "
               "{@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then weighted "
               "and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray, boolean)}.")
WH_POOL = ("On arrays of at least 2^20 elements the 65536-element blocks are shared out: rounds of blocks, each "
           "block into a partial of its own, each round's partials added in block order before the next, so the "
           "result is the synchronous one bit for bit for any worker count. Memory: a round holds at least one "
           "partial per worker and at most max(workers, 2^21 / bins) of them ({@code bins} doubles each). "
           "Cancelling the future stops the work at the next block boundary; nothing visible is left behind.")
WH_DATA_POOL = ("One task finds the range, then shares the blocks out with the pool as the form with a range does "
                "(the same bits for any worker count). A range that is not finite is found only by that task: the "
                "future then completes exceptionally with the IllegalArgumentException. Cancelling the future stops "
                "the work at its next block boundary.")
WH_IAE = ["{@code bins <= 0}, lo or hi is not finite, {@code lo > hi}, {@code hi - lo} overflows, or the bins "
          "would be narrower than the element type's edges resolve (for float32: more than 2^24 bins, or a range "
          "not finite in float32)",
          "the weights are not as many as the values", "array:the weights are not float64"]
WH_DATA_IAE = ["x holds NaN or infinity (the range is not finite)", "{@code bins <= 0}",
               "the bins would be narrower than the element type resolves",
               "the weights are not as many as the values", "array:the weights are not float64"]
WH_PARAMS = {("weights", "heap"): "one weight per element of x, read in place; null for none (each value weighs 1)",
             ("weights", "array"): "one float64 weight per element of x; null for none (each value weighs 1)",
             ("density", None): "true: each bin's sum divided by its width and by the sum of all bins (NumPy's "
                                "{@code density=True}); false: the sums themselves",
             ("lo", None): "the lower end of the range", ("hi", None): "the upper end of the range"}
WH_W_HEAP = "weightsOrNull(weights)"
WH_W_POOL = "weights == null ? null : DoubleArray.wrap(weights)"

_wh = Op("histogram",
         [Form("{P}[] x, int bins, double lo, double hi, double[] weights, boolean density",
               "histogramOf(" + wrap("x") + ", bins, lo, hi, " + WH_W_HEAP + ", density)", ALL4),
          Form("NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density",
               "histogramOf(x, bins, lo, hi, weights, density)",
               note="Off-heap arrays are read in place; each element type with its NumPy arithmetic (see the "
                    "overloads for Java arrays)."),
          Form("NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density, "
               "ComputePool pool",
               WH_FQN + ".sync(pool, x, bins, lo, hi, weights, density)",
               note="The calling thread and the pool's workers share the blocks; the same bits as without the pool. "
                    "Blocks until done, ignoring interrupts.")],
         [Form("NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density",
               WH_FQN + ".async(owner(), x, bins, lo, hi, weights, density)"),
          Form("{P}[] x, int bins, double lo, double hi, double[] weights, boolean density",
               WH_FQN + ".async(owner(), " + wrap("x") + ", bins, lo, hi, " + WH_W_POOL + ", density)", ALL4)],
         "DoubleHistogram", "DoubleHistogram", WH_DOC,
         "the weighted counts (or densities) and the edges",
         iae=WH_IAE, notes=HIST_RANGE_NOTES, pool_doc=WH_POOL, floating=False, params=WH_PARAMS)
_wh.npe = WH_NPE
_whd = Op("histogram",
          [Form("{P}[] x, int bins, double[] weights, boolean density",
                "histogramOf(" + wrap("x") + ", bins, " + WH_W_HEAP + ", density)", ALL4),
           Form("NumericArray x, int bins, NumericArray weights, boolean density",
                "histogramOf(x, bins, weights, density)",
                note="Each element type with its NumPy arithmetic (see the overloads for Java arrays).")],
          [Form("NumericArray x, int bins, NumericArray weights, boolean density",
                WH_FQN + ".async(owner(), x, bins, weights, density)"),
           Form("{P}[] x, int bins, double[] weights, boolean density",
                WH_FQN + ".async(owner(), " + wrap("x") + ", bins, " + WH_W_POOL + ", density)", ALL4)],
          "DoubleHistogram", "DoubleHistogram", WH_DATA_DOC,
          "the weighted counts (or densities) and the edges",
          iae=WH_DATA_IAE, notes=HIST_DATA_NOTES, pool_doc=WH_DATA_POOL, floating=False, params=WH_PARAMS)
_whd.npe = WH_NPE
OPS += [_wh, _whd]


# ---- bincount on a pool (split by index for counts, by value for weighted sums) ---------------

BC_FQN = "org.kernels4j.planner.PoolBincount"
BC_POOL = ("One task reads x's range (which sizes the result and refuses negative values: the future then "
           "completes exceptionally with the IllegalArgumentException); then, for arrays of at least 2^20 "
           "elements, the counting is shared with the pool: index chunks, each adding into the partial counts of "
           "its worker, the partials added at the end (integer counts: the same for any worker count). Memory: one "
           "{@code long[]} of the result's length per worker. Cancelling the future stops the range task or the "
           "counting at its next chunk boundary; nothing visible is left behind.")
BC_W_POOL = ("One task reads x's range (which sizes the result and refuses negative values: the future then "
             "completes exceptionally with the IllegalArgumentException); then, for arrays of at least 2^20 "
             "elements, the work is split by value: the bins are cut into one range per worker, and each part reads "
             "all of x, adding in index order only the weights of its values, so every sum is the synchronous one "
             "(NumPy's) bit for bit for any worker count. Each part reads all of x: the gain is in the scattered "
             "additions, not in the reading. Memory: the result and a copy of each part's bins. Cancelling the "
             "future stops the range task, or the parts not yet started; nothing visible is left behind.")
OPS.append(Op("bincount", [],
              [Form("NumericArray x, int minlength", BC_FQN + ".counts(owner(), x, minlength)",
                    note="x must be an int32 or int64 array."),
               Form("{P}[] x", BC_FQN + ".counts(owner(), " + wrap("x") + ", 0)", ("int", "long")),
               Form("{P}[] x, int minlength", BC_FQN + ".counts(owner(), " + wrap("x") + ", minlength)", ("int",))],
              "long[]", "long[]",
              "numpy.bincount: {@code counts[v]} is the number of elements equal to v; the counts of "
              "{@link Kernels#bincount(NumericArray, int)}.",
              "the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)",
              iae=["{@code minlength} is negative or too large", "array:x is not an int32 or int64 array"],
              floating=False, pool_doc=BC_POOL))
for _o in OPS:
    if _o.name == "bincount" and _o.rtype == "double[]":
        _o.pool = [Form("NumericArray x, NumericArray weights, int minlength",
                        BC_FQN + ".sums(owner(), x, weights, minlength)",
                        note="x must be an int32 or int64 array, the weights float64."),
                   Form("{P}[] x, double[] weights", BC_FQN + ".sums(owner(), " + wrap("x") + ", DoubleArray.wrap("
                        "Objects.requireNonNull(weights, \"weights\")), 0)", INT2)]
        _o.pool_doc = BC_W_POOL
