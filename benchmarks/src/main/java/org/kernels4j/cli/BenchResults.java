package org.kernels4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kernels4j.bench.BenchFamily;

/** The numbers of one bench run, in throughput units, ready for the table and the report. */
final class BenchResults {

    /** One measured point. value and error are in {@code unit}; NaN error when JMH gave none. */
    record Point(String family, String op, String backend, long n, double value, double error, String unit,
                 double opsPerSecond) {
    }

    /** One family as shown: its ops, sizes and backend columns. */
    record FamilyView(String name, List<String> ops, List<Long> sizes, List<String> backends) {
    }

    final MachineInfo machine;
    final String command;
    final String date;
    final String settings;
    final List<FamilyView> families = new ArrayList<>();
    final List<Point> points = new ArrayList<>();
    /** backend label -> why it has no numbers (for example "no python3"). */
    final Map<String, String> absent = new LinkedHashMap<>();
    /** family/op/backend/n of benchmarks that failed. */
    final Set<String> failed = new LinkedHashSet<>();
    /** family/op/backend/n left out on purpose (pool1 below 1e5 in the default run): shown as "-". */
    final Set<String> skipped = new LinkedHashSet<>();
    String numpyVersion;
    int workers;
    /** The capacity probes taken before the first and after the last benchmark (null when not taken). */
    CapacityProbe capacityStart;
    CapacityProbe capacityEnd;

    /**
     * One line of the "kernels4j / NumPy" summary: throughput ratios, NaN where a side is
     * missing; {@code speedup} is pool / pool1 (the workers' gain over the 1-worker control of
     * the same run); {@code speedupWithinError}: pool and pool1 differ by no more than the sum of
     * their error bars, so a speed-up below 1 may be noise (it is still marked, and said to be).
     */
    record Ratio(String family, String op, long n, double sync, double pool, double speedup,
                 boolean speedupWithinError) {
        Ratio(String family, String op, long n, double sync, double pool) {
            this(family, op, n, sync, pool, Double.NaN, false);
        }

        /** The speed-up as shown: "1.84x", "0.62x SLOWER", "0.99x SLOWER (within error)". */
        String speedupText() {
            return ratio(speedup) + (speedup < 1 ? speedupWithinError ? " SLOWER (within error)" : " SLOWER" : "");
        }
    }

    static final String RATIO_NOTE = "Throughput of kernels4j divided by NumPy's, same op, size and run: above 1"
            + " kernels4j is faster. One thread: the better of ffm-heap and ffm-offheap (the synchronous calls);"
            + " pool: the async call on the pool's workers. Ratios below 1 are losses. pool / pool1: the pool's"
            + " throughput over that of the same call on a pool of one worker (the workers' speed-up), where both ran.";

    BenchResults(MachineInfo machine, String command, String date, String settings) {
        this.machine = machine;
        this.command = command;
        this.date = date;
        this.settings = settings;
    }

    static String key(String family, String op, String backend, long n) {
        return family + "/" + op + "/" + backend + "/" + n;
    }

    Point find(String family, String op, String backend, long n) {
        for (Point p : points) {
            if (p.family.equals(family) && p.op.equals(op) && p.backend.equals(backend) && p.n == n) {
                return p;
            }
        }
        return null;
    }

    /** The unit and the factor from ops/s for an op of a family at size n. */
    record Unit(String name, double perOp) {
    }

    static Unit unit(BenchFamily.Op work, long n) {
        if (work == null) {
            return new Unit("ops/s", 1);
        }
        double scale = Math.pow(n, work.power());
        if (work.bytes() > 0) {
            return new Unit("GB/s", work.bytes() * scale / 1e9);
        }
        if (work.flops() > 0) {
            return new Unit("GFLOP/s", work.flops() * scale / 1e9);
        }
        if (work.elements() > 0) {
            return new Unit("Melem/s", work.elements() * scale / 1e6);
        }
        return new Unit("ops/s", 1);
    }

    /** Three significant digits, no exponent for ordinary magnitudes. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e6 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String size(long n) {
        double l = Math.log10(n);
        if (n >= 1000 && Math.abs(l - Math.rint(l)) < 1e-12) {
            return "1e" + (long) Math.rint(l);
        }
        return Long.toString(n);
    }

    String cell(FamilyView f, String op, String backend, long n) {
        String why = absent.get(backend);
        if (why != null) {
            return "absent";
        }
        Point p = find(f.name(), op, backend, n);
        if (p != null) {
            return Double.isNaN(p.error) ? num(p.value) : num(p.value) + " ±" + num(p.error);
        }
        if (failed.contains(key(f.name(), op, backend, n))) {
            return "failed";
        }
        if (skipped.contains(key(f.name(), op, backend, n))) {
            return "-";
        }
        return "n/a";
    }

    String unitOf(FamilyView f, String op) {
        for (Point p : points) {
            if (p.family.equals(f.name()) && p.op.equals(op)) {
                return p.unit;
            }
        }
        return "";
    }

    /** The kernels4j / NumPy ratios of every (op, n) NumPy ran, in family, op and size order. */
    List<Ratio> numpyRatios() {
        List<Ratio> out = new ArrayList<>();
        for (FamilyView f : families) {
            for (String op : f.ops()) {
                for (long n : f.sizes()) {
                    Point np = find(f.name(), op, "numpy", n);
                    if (np == null || !(np.value > 0)) {
                        continue;
                    }
                    double best = Double.NaN;
                    for (String b : List.of("ffm-heap", "ffm-offheap")) {
                        Point p = find(f.name(), op, b, n);
                        if (p != null && (Double.isNaN(best) || p.value > best)) {
                            best = p.value;
                        }
                    }
                    Point pool = find(f.name(), op, "pool", n);
                    Point pool1 = find(f.name(), op, "pool1", n);
                    double speedup = pool == null || pool1 == null || !(pool1.value > 0) ? Double.NaN : pool.value / pool1.value;
                    boolean withinError = !Double.isNaN(speedup) && !Double.isNaN(pool.error) && !Double.isNaN(pool1.error)
                            && Math.abs(pool.value - pool1.value) <= pool.error + pool1.error;
                    out.add(new Ratio(f.name(), op, n, best / np.value, pool == null ? Double.NaN : pool.value / np.value,
                            speedup, withinError));
                }
            }
        }
        return out;
    }

    /** "2.31x", "0.52x". */
    static String ratio(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2fx", v);
    }

    /** The summary as text: one row per (op, n), losses marked with "LOSS". */
    String numpyTable() {
        List<Ratio> rs = numpyRatios();
        if (rs.isEmpty()) {
            return "";
        }
        String poolHead = "pool(" + workers + ")";
        boolean speedups = rs.stream().anyMatch(q -> !Double.isNaN(q.speedup()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(speedups ? List.of("kernels4j / NumPy", "n", "one thread", poolHead, poolHead + " / pool1")
                : List.of("kernels4j / NumPy", "n", "one thread", poolHead));
        for (Ratio q : rs) {
            List<String> row = new ArrayList<>(List.of(q.op(), size(q.n()), ratio(q.sync()) + (q.sync() < 1 ? " LOSS" : ""),
                    ratio(q.pool()) + (q.pool() < 1 ? " LOSS" : "")));
            if (speedups) {
                row.add(q.speedupText());
            }
            rows.add(row);
        }
        int cols = rows.get(0).size();
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int ri = 0; ri < rows.size(); ri++) {
            appendRow(sb, rows.get(ri), w);
            if (ri == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
                }
                sb.append(rule.toString().stripTrailing()).append('\n');
            }
        }
        sb.append("(throughput ratio, above 1 kernels4j is faster, LOSS below; one thread: the better of ffm-heap and"
                + " ffm-offheap" + (speedups ? "; pool / pool1: the workers' speed-up over one worker, SLOWER below 1, \"within error\" where"
                + " the two differ by no more than their error bars" : "")
                + ")\n");
        return sb.toString();
    }

    /** The text table: per family, rows (op, n), one column per backend. */
    String table() {
        StringBuilder sb = new StringBuilder();
        for (FamilyView f : families) {
            List<String> head = new ArrayList<>(List.of(f.name(), "n", "unit"));
            for (String b : f.backends()) {
                head.add(b.equals("pool") ? "pool(" + workers + ")" : b);
            }
            List<List<String>> rows = new ArrayList<>();
            for (String op : f.ops()) {
                for (long n : f.sizes()) {
                    List<String> r = new ArrayList<>(List.of(op, size(n), unitOf(f, op)));
                    for (String b : f.backends()) {
                        r.add(cell(f, op, b, n));
                    }
                    rows.add(r);
                }
            }
            int[] w = new int[head.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = head.get(i).length();
                for (List<String> r : rows) {
                    w[i] = Math.max(w[i], r.get(i).length());
                }
            }
            appendRow(sb, head, w);
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
            }
            sb.append(rule).append('\n');
            for (List<String> r : rows) {
                appendRow(sb, r, w);
            }
            String ratios = poolRatios(f);
            if (!ratios.isEmpty()) {
                sb.append(ratios).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The workers' speed-up, pool(N) / pool1 per op at each size both ran, from the same run
     * (empty when either column is missing): "pool(2)/pool1: sum 1.9x (1e7), 1.1x (1e5); ...".
     */
    String poolRatios(FamilyView f) {
        if (!f.backends().contains("pool") || !f.backends().contains("pool1")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String op : f.ops()) {
            List<String> at = new ArrayList<>();
            for (int i = f.sizes().size() - 1; i >= 0; i--) {
                long n = f.sizes().get(i);
                Point p = find(f.name(), op, "pool", n);
                Point c = find(f.name(), op, "pool1", n);
                if (p != null && c != null && c.value > 0) {
                    at.add(String.format(java.util.Locale.ROOT, "%.2fx (%s)", p.value / c.value, size(n)));
                }
            }
            if (!at.isEmpty()) {
                parts.add(op + " " + String.join(", ", at));
            }
        }
        return parts.isEmpty() ? "" : "pool(" + workers + ")/pool1: " + String.join("; ", parts);
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append("  ");
            }
            if (i < 3) {
                sb.append(c).append(" ".repeat(w[i] - c.length()));
            } else {
                sb.append(" ".repeat(w[i] - c.length())).append(c);
            }
        }
        // no trailing blanks
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }
}
