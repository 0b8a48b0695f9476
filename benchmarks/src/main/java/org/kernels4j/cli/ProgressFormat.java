package org.kernels4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output, replaced by one progress line on stderr per benchmark: which of how many is
 * running and the estimated time left. With {@code --verbose} JMH's own text goes through
 * too. The last lines JMH printed are kept, to explain a benchmark that failed.
 */
final class ProgressFormat implements OutputFormat {
    private final PrintWriter err;
    private final OutputFormat jmh;
    private final boolean terminal;
    private final int total;
    private final double plannedSecondsEach;
    private final Deque<String> recent = new ArrayDeque<>();
    private final long start = System.nanoTime();
    private int started;
    private int finished;
    private int failed;
    private String lastFailure;
    private long benchStart;
    private double overheadSum;

    /**
     * @param jmh JMH's text output to pass everything to (verbose), or null
     * @param plannedSecondsEach warmup + measurement time of one benchmark, for the estimate
     */
    ProgressFormat(PrintWriter err, OutputFormat jmh, boolean terminal, int total, double plannedSecondsEach) {
        this.err = err;
        this.jmh = jmh;
        this.terminal = terminal;
        this.total = total;
        this.plannedSecondsEach = plannedSecondsEach;
    }

    int failed() {
        return failed;
    }

    String lastFailure() {
        return lastFailure;
    }

    /** Seconds left: measured average per benchmark once there is one, else the plan plus a guess for the fork. */
    private double secondsLeft() {
        int left = total - started + 1;
        double each = finished > 0
                ? plannedSecondsEach + overheadSum / finished
                : plannedSecondsEach + 1.0;
        return left * each;
    }

    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    void status(String line) {
        if (terminal) {
            err.print("\r\033[2K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    void done() {
        if (terminal) {
            err.print("\r\033[2K");
            err.flush();
        }
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        started++;
        benchStart = System.nanoTime();
        String name = params.getBenchmark();
        String cls = name.substring(0, name.lastIndexOf('.'));
        String method = name.substring(name.lastIndexOf('.') + 1);
        StringBuilder p = new StringBuilder();
        for (String k : params.getParamsKeys()) {
            p.append(' ').append(k).append('=').append(params.getParam(k));
        }
        status(String.format(Locale.ROOT, "[%d/%d] %s.%s%s  (about %s left)", started, total,
                cls.substring(cls.lastIndexOf('.') + 1), method, p, duration(secondsLeft())));
        if (jmh != null) {
            jmh.startBenchmark(params);
        }
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        finished++;
        double took = (System.nanoTime() - benchStart) / 1e9;
        overheadSum += Math.max(0, took - plannedSecondsEach);
        if (result == null) {
            failed++;
            lastFailure = String.join(" | ", recent);
        }
        if (jmh != null) {
            jmh.endBenchmark(result);
        }
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void keep(String s) {
        if (s == null || s.isBlank()) {
            return;
        }
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                recent.addLast(line.strip());
                while (recent.size() > 3) {
                    recent.removeFirst();
                }
            }
        }
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        if (jmh != null) {
            jmh.iteration(benchParams, params, iteration);
        }
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
                                IterationResult data) {
        if (jmh != null) {
            jmh.iterationResult(benchParams, params, iteration, data);
        }
    }

    @Override
    public void startRun() {
        if (jmh != null) {
            jmh.startRun();
        }
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        if (jmh != null) {
            jmh.endRun(result);
        }
    }

    @Override
    public void print(String s) {
        keep(s);
        if (jmh != null) {
            jmh.print(s);
        }
    }

    @Override
    public void println(String s) {
        keep(s);
        if (jmh != null) {
            jmh.println(s);
        }
    }

    @Override
    public void flush() {
        if (jmh != null) {
            jmh.flush();
        }
    }

    @Override
    public void close() {
        if (jmh != null) {
            jmh.flush();
        }
    }

    @Override
    public void verbosePrintln(String s) {
        if (jmh != null) {
            jmh.verbosePrintln(s);
        }
    }

    @Override
    public void write(int b) {
        if (jmh != null) {
            jmh.write(b);
        }
    }

    @Override
    public void write(byte[] b) throws IOException {
        if (jmh != null) {
            jmh.write(b);
        }
    }
}
