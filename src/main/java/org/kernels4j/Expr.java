package org.kernels4j;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.backend.Backends;
import org.kernels4j.planner.Checks;
import org.kernels4j.planner.ExprProgram;

/**
 * An elementwise arithmetic expression over several arrays, evaluated in one pass over
 * cache-sized blocks with no full-size temporaries (as numexpr does for NumPy):
 *
 * <pre>{@code
 * Expr revenue = Expr.parse("price * qty * (1 - disc)");
 * revenue.evaluate(out, price, qty, disc);     // inputs in the order of revenue.variables()
 * }</pre>
 *
 * <p>The grammar: numbers ({@code 2}, {@code 0.5}, {@code 1e-3}), variable names (letters,
 * digits and {@code _}, not starting with a digit), {@code + - * /}, unary minus, parentheses,
 * and the functions {@code sqrt}, {@code exp}, {@code log} and {@code abs}. Constant parts are
 * folded when parsed. Each remaining operation is the library's elementwise kernel applied to a
 * block, so every output element has exactly the bits of the step-by-step evaluation (NumPy's
 * {@code price * qty * (1 - disc)} over float64 arrays gives the same array; exp and log as
 * their kernels, within 4 ulp of {@code Math.exp}/{@code Math.log}). float32 arrays compute in
 * float32, constants rounded to float32 first (NumPy's rule for a Python scalar). There is no
 * broadcasting: every input and the output have one length.
 *
 * <p>An {@code Expr} is immutable and may be used from several threads at once.
 */
public final class Expr {
    private final ExprProgram program;

    private Expr(ExprProgram program) {
        this.program = program;
    }

    /**
     * Parses an expression.
     *
     * @param text the expression, for example {@code "a * b * (1 - c)"}
     * @return the compiled expression
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException naming the position and the problem if the text is not an
     *     expression of the grammar above, names an unknown function, has no variable, or is
     *     larger than 256 operations
     */
    public static Expr parse(String text) {
        return new Expr(ExprProgram.compile(text));
    }

    /**
     * The variable names in order of first appearance in the text: the order in which
     * {@link #evaluate} takes its inputs.
     *
     * @return an unmodifiable list of the names
     */
    public List<String> variables() {
        return program.variables();
    }

    /**
     * Evaluates the expression over float64 arrays on the calling thread.
     *
     * @param out receives the result; it may be one of the inputs (then it is overwritten in
     *     place), but may not overlap one otherwise
     * @param inputs one array per variable, in the order of {@link #variables()}
     * @throws NullPointerException if out, inputs or one of them is null
     * @throws IllegalArgumentException if the number of inputs differs from the number of
     *     variables, the lengths differ, or out partly overlaps an input
     */
    public void evaluate(double[] out, double[]... inputs) {
        Objects.requireNonNull(inputs, "inputs");
        NumericArray[] in = new NumericArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            in[i] = DoubleArray.wrap(Objects.requireNonNull(inputs[i], "inputs[" + i + "]"));
        }
        evaluate(DoubleArray.wrap(Objects.requireNonNull(out, "out")), in);
    }

    /**
     * Evaluates the expression over float32 arrays on the calling thread, in float32.
     *
     * @param out receives the result; it may be one of the inputs, but may not overlap one otherwise
     * @param inputs one array per variable, in the order of {@link #variables()}
     * @throws NullPointerException if out, inputs or one of them is null
     * @throws IllegalArgumentException if the number of inputs differs from the number of
     *     variables, the lengths differ, or out partly overlaps an input
     */
    public void evaluate(float[] out, float[]... inputs) {
        Objects.requireNonNull(inputs, "inputs");
        NumericArray[] in = new NumericArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            in[i] = FloatArray.wrap(Objects.requireNonNull(inputs[i], "inputs[" + i + "]"));
        }
        evaluate(FloatArray.wrap(Objects.requireNonNull(out, "out")), in);
    }

    /**
     * Evaluates the expression over arrays of one floating element type (heap or off-heap) on
     * the calling thread.
     *
     * @param out receives the result; it may be one of the inputs, but may not overlap one otherwise
     * @param inputs one array per variable, in the order of {@link #variables()}
     * @throws NullPointerException if out, inputs or one of them is null
     * @throws IllegalArgumentException if the number of inputs differs from the number of
     *     variables, an array is not float64 or float32 or of another type than out, the
     *     lengths differ, out is read-only, or out partly overlaps an input
     * @throws IllegalStateException if the arena of an array is closed
     */
    public void evaluate(NumericArray out, NumericArray... inputs) {
        MemorySegment[] in = check(out, inputs);
        program.run(Backends.current(), out.dtype(), in, out.segment(), 0, out.length());
    }

    /**
     * Evaluates the expression on a pool: the index range is split into one contiguous part per
     * worker (at least 2^16 elements each), each evaluated block by block as
     * {@link #evaluate(NumericArray, NumericArray...)} does, so the result is the same bits. The
     * arguments are checked on the calling thread. Cancelling the future stops each part at its
     * next block of 2^16 elements and leaves out partly written. The call never blocks.
     *
     * @param pool the pool whose workers evaluate the parts
     * @param out receives the result; it may be one of the inputs, but may not overlap one otherwise
     * @param inputs one array per variable, in the order of {@link #variables()}
     * @return a future that completes with null when out is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #evaluate(NumericArray, NumericArray...)}, or if an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     */
    public CompletableFuture<Void> evaluate(ComputePool pool, NumericArray out, NumericArray... inputs) {
        Objects.requireNonNull(pool, "pool");
        MemorySegment[] in = check(out, inputs);
        Checks.requireShareable(out, "out");
        for (NumericArray x : inputs) {
            Checks.requireShareable(x, "inputs");
        }
        long n = out.length();
        long parts = Math.max(1, Math.min(pool.workerCount(), n / (1L << 16)));
        long per = (n + parts - 1) / parts;
        DType t = out.dtype();
        MemorySegment o = out.segment();
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] fs = new CompletableFuture[(int) parts];
        for (int p = 0; p < parts; p++) {
            long from = p * per;
            long to = Math.min(n, from + per);
            fs[p] = pool.submitChunked(to - from, 1L << 16,
                    (a, b) -> program.run(Backends.current(), t, in, o, from + a, from + b));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(fs);
        CompletableFuture<Void> result = new CompletableFuture<>();
        all.whenComplete((v, e) -> {
            if (e != null) {
                result.completeExceptionally(e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e);
            } else {
                result.complete(null);
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                for (CompletableFuture<Void> f : fs) {
                    f.cancel(false);
                }
            }
        });
        return result;
    }

    private MemorySegment[] check(NumericArray out, NumericArray[] inputs) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(inputs, "inputs");
        Checks.alive(out, "out");
        if (out.dtype() != DType.F64 && out.dtype() != DType.F32) {
            throw new IllegalArgumentException("expressions evaluate float64 or float32 arrays, out is " + out.dtype());
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only");
        }
        List<String> vars = program.variables();
        if (inputs.length != vars.size()) {
            throw new IllegalArgumentException("expression '" + program.source() + "' has " + vars.size()
                    + " variable" + (vars.size() == 1 ? "" : "s") + " " + vars + " but " + inputs.length
                    + " input" + (inputs.length == 1 ? " was" : "s were") + " given");
        }
        MemorySegment[] in = new MemorySegment[inputs.length];
        MemorySegment o = out.segment();
        for (int i = 0; i < inputs.length; i++) {
            NumericArray x = Objects.requireNonNull(inputs[i], "inputs[" + i + "]");
            Checks.alive(x, vars.get(i));
            if (x.dtype() != out.dtype()) {
                throw new IllegalArgumentException(vars.get(i) + " is " + x.dtype() + " but out is " + out.dtype());
            }
            if (x.length() != out.length()) {
                throw new IllegalArgumentException(vars.get(i) + " has " + x.length() + " elements but out has "
                        + out.length());
            }
            MemorySegment s = x.segment();
            if (s.byteSize() > 0 && o.asOverlappingSlice(s).isPresent()
                    && !(s.address() == o.address() && s.heapBase().equals(o.heapBase()))) {
                throw new IllegalArgumentException("out partly overlaps " + vars.get(i)
                        + ": it may be the same array, but not a shifted view of it");
            }
            in[i] = s;
        }
        return in;
    }

    /**
     * The text the expression was parsed from.
     *
     * @return the source text
     */
    @Override
    public String toString() {
        return program.source();
    }
}
