package org.kernels4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * NumPy as a peer: runs the script shipped with the benchmarks ({@code numpy_peer.py}) when
 * {@code python3} with numpy exists, else reports why it is absent.
 */
final class NumpyPeer {
    /** One timed (op, n). */
    record Timing(String op, long n, double opsPerSecond, double error) {
    }

    /** The outcome: timings, the numpy version, or why there are none. */
    record Outcome(List<Timing> timings, String version, String absentBecause, String raw) {
        boolean present() {
            return absentBecause == null;
        }
    }

    private NumpyPeer() {
    }

    /** A float as Python prints it (nan, inf included). */
    static double number(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(t);
        };
    }

    static String python() {
        return System.getenv().getOrDefault("KERNELS4J_PYTHON", "python3");
    }

    /** probe()'s answer, once known (the interpreter and its packages do not change within a run). */
    private static volatile String probed;
    private static volatile boolean probeKnown;

    /**
     * Null when python3 can import numpy, else the reason it cannot. Asked once a process (it
     * starts Python, about half a second here); every later call, and every {@link #run}, reuses
     * the answer.
     */
    static String probe() {
        if (!probeKnown) {
            synchronized (NumpyPeer.class) {
                if (!probeKnown) {
                    String why = probeOnce();
                    probed = why;
                    probeKnown = !"interrupted".equals(why);
                    return why;
                }
            }
        }
        return probed;
    }

    private static String probeOnce() {
        try {
            Process p = new ProcessBuilder(python(), "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "python3 did not answer";
            }
            return p.exitValue() == 0 ? null : "python3 has no numpy; to install it: python3 -m pip install numpy";
        } catch (IOException e) {
            return "no python3; to install it: sudo apt-get install python3 python3-numpy (Debian, Ubuntu)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Outcome run(List<String> ops, List<Long> sizes, double warmupSeconds, double timeSeconds, int iterations,
                       Path workDir) throws IOException, InterruptedException {
        return run(ops, sizes, warmupSeconds, timeSeconds, iterations, workDir, java.util.Map.of());
    }

    /**
     * As {@link #run(List, List, double, double, int, Path)}, with the script's environment
     * changed by {@code env} (a null value removes the variable): {@code bench --isa} holds
     * NumPy to a CPU path this way. The version reported is followed by the CPU features NumPy
     * dispatched to in that environment.
     */
    static Outcome run(List<String> ops, List<Long> sizes, double warmupSeconds, double timeSeconds, int iterations,
                       Path workDir, java.util.Map<String, String> env) throws IOException, InterruptedException {
        String why = probe();
        if (why != null) {
            return new Outcome(List.of(), null, why, "");
        }
        Path script = workDir.resolve("numpy_peer.py");
        try (InputStream in = NumpyPeer.class.getResourceAsStream("numpy_peer.py")) {
            if (in == null) {
                return new Outcome(List.of(), null, "numpy_peer.py is not in this jar", "");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(python(), script.toString(),
                "--ops", String.join(",", ops),
                "--sizes", String.join(",", sizes.stream().map(String::valueOf).toList()),
                "--warmup", String.format(Locale.ROOT, "%.3f", warmupSeconds),
                "--time", String.format(Locale.ROOT, "%.3f", timeSeconds),
                "--iterations", String.valueOf(iterations)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        // One BLAS thread, like the single-thread JVM backends: NumPy's dot otherwise starts
        // OpenBLAS threads that, on a small shared machine, cost more than they bring.
        for (String v : List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")) {
            pb.environment().putIfAbsent(v, "1");
        }
        for (var e : env.entrySet()) {
            if (e.getValue() == null) {
                pb.environment().remove(e.getKey());
            } else {
                pb.environment().put(e.getKey(), e.getValue());
            }
        }
        Process p = pb.start();
        List<Timing> out = new ArrayList<>();
        String version = null;
        String simd = null;
        StringBuilder raw = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                raw.append(line).append('\n');
                String[] f = line.split("\t");
                if (line.startsWith("# numpy") && f.length > 1) {
                    version = f[1].strip();
                } else if (line.startsWith("# simd") && f.length > 1) {
                    simd = f[1].strip();
                } else if (f.length == 4) {
                    out.add(new Timing(f[0], Long.parseLong(f[1]), number(f[2]), number(f[3])));
                }
            }
        } finally {
            p.waitFor();
            Files.deleteIfExists(script);
        }
        if (version != null && simd != null) {
            version = version + " (CPU features " + simd + ")";
        }
        if (p.exitValue() != 0) {
            return new Outcome(out, version, "numpy_peer.py failed (exit " + p.exitValue() + ")", raw.toString());
        }
        return new Outcome(out, version, null, raw.toString());
    }
}
