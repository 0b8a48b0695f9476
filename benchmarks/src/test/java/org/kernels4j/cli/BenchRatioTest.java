package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernels4j / NumPy summary: the better synchronous column over NumPy, the pool apart, losses marked. */
class BenchRatioTest {

    private static BenchResults results() {
        MachineInfo m = new MachineInfo("cpu", 2, "jdk", "os", "native", "avx512", "avx512",
                "AuthenticAMD family 26 model 2 (AMD EPYC)", "f64 6x32", "scatter plain; buckets: 64-bit radix+networks, 32-bit quicksort");
        BenchResults r = new BenchResults(m, "kernels4j bench", "today", "settings");
        r.workers = 2;
        r.families.add(new BenchResults.FamilyView("reductions", List.of("sum"), List.of(1000L, 10_000_000L),
                List.of("ffm-heap", "ffm-offheap", "pool", "pool1", "numpy")));
        add(r, "sum", "ffm-heap", 1000, 20);
        add(r, "sum", "ffm-offheap", 1000, 30);
        add(r, "sum", "pool", 1000, 1);
        add(r, "sum", "pool1", 1000, 2);
        add(r, "sum", "numpy", 1000, 10);
        add(r, "sum", "ffm-heap", 10_000_000, 25);
        add(r, "sum", "numpy", 10_000_000, 50);
        return r;
    }

    private static void add(BenchResults r, String op, String backend, long n, double v) {
        r.points.add(new BenchResults.Point("reductions", op, backend, n, v, Double.NaN, "GB/s", v));
    }

    @Test
    void ratiosPerOpAndSize() {
        List<BenchResults.Ratio> q = results().numpyRatios();
        assertEquals(2, q.size());
        assertEquals(3.0, q.get(0).sync(), 1e-12, "the better of ffm-heap and ffm-offheap");
        assertEquals(0.1, q.get(0).pool(), 1e-12);
        assertEquals(0.5, q.get(1).sync(), 1e-12);
        assertTrue(Double.isNaN(q.get(1).pool()), "no pool point at 1e7");
        assertEquals(0.5, q.get(0).speedup(), 1e-12, "pool / pool1");
        assertTrue(Double.isNaN(q.get(1).speedup()), "no pool1 point at 1e7");
    }

    @Test
    void lossesAreMarkedInTheTableAndTheReport() {
        BenchResults r = results();
        String t = r.numpyTable();
        String row1 = t.lines().filter(l -> l.startsWith("sum") && l.contains("1e3")).findFirst().orElseThrow();
        String row2 = t.lines().filter(l -> l.startsWith("sum") && l.contains("1e7")).findFirst().orElseThrow();
        assertTrue(row1.contains("3.00x ") && !row1.contains("3.00x LOSS") && row1.contains("0.10x LOSS"), row1);
        assertTrue(row2.contains("0.50x LOSS") && row2.contains("n/a"), row2);
        assertTrue(row1.endsWith("0.50x SLOWER"), "pool(2) / pool1 below 1 marked: " + row1);
        assertTrue(t.contains("pool(2) / pool1"), t);
        String html = HtmlReport.render(r);
        assertTrue(html.contains("kernels4j \u00f7 NumPy"), "summary section");
        assertTrue(html.contains("0.50x (loss)") && html.contains("3.00x</td>"), "losses marked in the report");
        assertTrue(html.contains("AuthenticAMD family 26 model 2 (AMD EPYC)"), "CPU named");
    }

    @Test
    void aSlowerPoolWithinTheErrorBarsIsMarkedAsSuch() {
        BenchResults r = results();
        // 1e7: pool 99 +- 3 against pool1 100 +- 1 (overlapping), and at 1e3 (no error bars) plain SLOWER
        r.points.add(new BenchResults.Point("reductions", "sum", "pool", 10_000_000, 99, 3, "GB/s", 99));
        r.points.add(new BenchResults.Point("reductions", "sum", "pool1", 10_000_000, 100, 1, "GB/s", 100));
        List<BenchResults.Ratio> q = r.numpyRatios();
        assertTrue(q.get(1).speedupWithinError(), "99 +- 3 and 100 +- 1 overlap");
        assertTrue(!q.get(0).speedupWithinError(), "no error bars: not within error");
        String t = r.numpyTable();
        String row2 = t.lines().filter(l -> l.startsWith("sum") && l.contains("1e7")).findFirst().orElseThrow();
        assertTrue(row2.endsWith("0.99x SLOWER (within error)"), row2);
        String row1 = t.lines().filter(l -> l.startsWith("sum") && l.contains("1e3")).findFirst().orElseThrow();
        assertTrue(row1.endsWith("0.50x SLOWER"), row1);
        assertTrue(HtmlReport.render(r).contains("0.99x (loss, within error)"), "the report says so too");
        // 95 +- 1 against 100 +- 1: beyond the error bars
        r.points.set(r.points.size() - 2, new BenchResults.Point("reductions", "sum", "pool", 10_000_000, 95, 1, "GB/s", 95));
        assertTrue(!r.numpyRatios().get(1).speedupWithinError(), "95 +- 1 against 100 +- 1 is beyond noise");
        assertTrue(r.numpyTable().lines().anyMatch(l -> l.contains("1e7") && l.endsWith("0.95x SLOWER")));
    }
}
