package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;

/**
 * The transcendental functions of the ufunc family against correctly rounded values
 * (src/test/resources/ufunc/reference.txt, computed with mpmath at 400 bits by make_reference.py
 * there): on the native backend (on whatever ISA path this JVM runs: the surefire executions force
 * each one) and on the Java backend, every result is within the ulp bound stated for the function
 * in its Javadoc and docs/semantics.md. Distances count representable values between the result
 * and the correctly rounded one; a zero must match in sign.
 */
@Tag("isa")
class UfuncAccuracyTest {
    /** The stated bounds, float64: the same table as docs/semantics.md ("Accuracy"). */
    static final Map<String, Integer> F64_ULPS = Map.of("SIN", 1, "COS", 1, "TAN", 2, "TANH", 2, "LOG1P", 1,
            "EXPM1", 1, "LOG2", 2, "LOG10", 2, "POW", 1, "ATAN2", 2);
    /** float32: every function within 1 ulp. */
    static final int F32_ULPS = 1;

    record Case(double a, double b, double want) {
    }

    /** op + " " + dtype -> its cases, in file order. */
    static Map<String, List<Case>> reference() throws IOException {
        Map<String, List<Case>> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                UfuncAccuracyTest.class.getResourceAsStream("/ufunc/reference.txt"), "reference.txt on the class path"),
                StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] p = line.split(" ");
                boolean f64 = p[1].equals("f64");
                double[] v = new double[p.length - 2];
                for (int i = 0; i < v.length; i++) {
                    v[i] = f64 ? Double.longBitsToDouble(Long.parseUnsignedLong(p[i + 2], 16))
                            : Float.intBitsToFloat(Integer.parseUnsignedInt(p[i + 2], 16));
                }
                Case c = v.length == 3 ? new Case(v[0], v[1], v[2]) : new Case(v[0], Double.NaN, v[1]);
                m.computeIfAbsent(p[0] + " " + p[1], k -> new ArrayList<>()).add(c);
            }
        }
        return m;
    }

    /** Representable values between x and y (same type), counting -0.0 and +0.0 as one apart. */
    static long distance(double x, double y, boolean f64) {
        return Math.abs(ordinal(x, f64) - ordinal(y, f64));
    }

    private static long ordinal(double v, boolean f64) {
        long u = f64 ? Double.doubleToRawLongBits(v) : Float.floatToRawIntBits((float) v);
        long mag = f64 ? u & Long.MAX_VALUE : u & Integer.MAX_VALUE;
        return u < 0 ? -mag - 1 : mag;
    }

    @Test
    void everyFunctionWithinItsStatedUlpsOnBothBackends() throws IOException {
        Map<String, List<Case>> ref = reference();
        assertEquals(20, ref.size(), "ten functions, two types");
        Backend nat = Backends.current();
        assertEquals("native", nat.name(), "the native library must load in the test JVM: " + Kernels.info());
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Case>> e : ref.entrySet()) {
            String[] key = e.getKey().split(" ");
            boolean f64 = key[1].equals("f64");
            int bound = f64 ? F64_ULPS.get(key[0]) : F32_ULPS;
            for (Backend b : new Backend[] {nat, JavaBackend.INSTANCE}) {
                for (boolean offHeap : new boolean[] {false, true}) {
                    double[] got = run(b, key[0], f64, e.getValue(), offHeap);
                    long worst = 0;
                    for (int i = 0; i < got.length; i++) {
                        Case c = e.getValue().get(i);
                        long d = distance(got[i], c.want(), f64);
                        worst = Math.max(worst, d);
                        if (d > bound && failures.size() < 20) {
                            failures.add(e.getKey() + " " + b.name() + "/" + b.isa() + " (" + c.a() + ", " + c.b()
                                    + ") = " + got[i] + ", correctly rounded " + c.want() + ": " + d + " ulp > " + bound);
                        }
                    }
                    if (offHeap) {
                        report.add(e.getKey() + " " + b.isa() + " max " + worst + " ulp (bound " + bound + ")");
                    }
                }
            }
        }
        System.out.println("ufunc accuracy on " + nat.isa() + ": " + String.join("; ", report));
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private static double[] run(Backend b, String op, boolean f64, List<Case> cases, boolean offHeap) {
        int n = cases.size();
        DType t = f64 ? DType.F64 : DType.F32;
        ValueLayout layout = f64 ? ValueLayout.JAVA_DOUBLE : ValueLayout.JAVA_FLOAT;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = offHeap ? arena.allocate(layout, n) : heap(f64, n);
            MemorySegment c = offHeap ? arena.allocate(layout, n) : heap(f64, n);
            MemorySegment o = offHeap ? arena.allocate(layout, n) : heap(f64, n);
            for (int i = 0; i < n; i++) {
                put(a, f64, i, cases.get(i).a());
                put(c, f64, i, cases.get(i).b());
            }
            if (op.equals("POW") || op.equals("ATAN2")) {
                b.binary(BinaryOp.valueOf(op), t, a, c, o, n);
            } else {
                b.unary(UnaryOp.valueOf(op), t, a, o, n);
            }
            double[] got = new double[n];
            for (int i = 0; i < n; i++) {
                got[i] = f64 ? o.getAtIndex(ValueLayout.JAVA_DOUBLE, i) : o.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            }
            return got;
        }
    }

    private static MemorySegment heap(boolean f64, int n) {
        return f64 ? MemorySegment.ofArray(new double[n]) : MemorySegment.ofArray(new float[n]);
    }

    private static void put(MemorySegment s, boolean f64, int i, double v) {
        if (f64) {
            s.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v);
        } else {
            s.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) v);
        }
    }
}
