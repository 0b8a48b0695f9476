package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bench pipeline end to end at a tiny duration: JMH (forked, through its Java API) for
 * every backend, NumPy when present, the table, report.html (parsed as XML: each chart holds
 * every backend's series) and the raw JMH JSON. Proves the plumbing, not speed.
 */
class BenchEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void sumThroughEveryBackendToTableAndReport() throws Exception {
        // The forks use this JVM's java.io.tmpdir: a private one here, checked empty afterwards
        // (each fork used to leave an empty kernels4j-jni* folder behind).
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        String savedTmp = System.getProperty("java.io.tmpdir");
        Cli.Result r;
        try {
            System.setProperty("java.io.tmpdir", tmp.toString());
            r = Cli.run("bench", "--kernels", "sum,exp", "--sizes", "1000", "--warmup", "0", "--iterations", "1",
                    "--time", "20ms", "--ignore-lock", "--output", dir.toString());
        } finally {
            System.setProperty("java.io.tmpdir", savedTmp);
        }
        assertEquals(0, r.code(), r.toString());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "files left in the forks' temp directory");
        }

        boolean numpy = NumpyPeer.probe() == null;
        // With --kernels and no --backends: every backend of the op, the peers outside the default run included.
        List<String> sumBackends = new ArrayList<>(List.of("ffm-heap", "ffm-offheap", "pool", "pool1", "jni", "java", "java-loop",
                "vector", "ejml", "commons-math"));
        List<String> expBackends = new ArrayList<>(List.of("ffm-heap", "ffm-offheap", "pool", "pool1", "jni", "java", "java-loop",
                "vector", "ejml"));
        if (numpy) {
            sumBackends.add("numpy");
            expBackends.add("numpy");
        }
        // Progress: one line per benchmark with its index, the count and the time left.
        assertTrue(r.err().contains("[1/19] "), r.err());
        assertTrue(r.err().contains("[19/19] "), r.err());
        assertTrue(r.err().contains("left)"), r.err());

        // The table: one row per (op, n), a column per backend, a number in each.
        String sumRow = r.out().lines().filter(l -> l.startsWith("sum ")).findFirst().orElseThrow();
        String header = r.out().lines().filter(l -> l.startsWith("reductions ")).findFirst().orElseThrow();
        for (String b : sumBackends) {
            assertTrue(header.contains(b.equals("pool") ? "pool(" : b), b + " in " + header);
        }
        assertTrue(sumRow.contains("GB/s"), sumRow);
        assertTrue(r.out().contains("/pool1: sum ") && r.out().contains("x (1e3)"), "pool speed-up line in\n" + r.out());
        String expRow = r.out().lines().filter(l -> l.startsWith("exp ")).findFirst().orElseThrow();
        String expHeader = r.out().lines().filter(l -> l.startsWith("elementwise ")).findFirst().orElseThrow();
        assertTrue(!expHeader.contains("commons-math"), "commons-math has no exp: " + expHeader);
        assertTrue(!expRow.contains("failed"), expRow);
        assertTrue(!sumRow.contains("failed") && !sumRow.contains("n/a"), sumRow);
        if (!numpy) {
            assertTrue(sumRow.contains("absent"), sumRow);
        }

        Path html = dir.resolve("report.html");
        assertTrue(Files.size(dir.resolve("jmh-result.json")) > 100);
        assertTrue(Files.readString(dir.resolve("jmh-result.json")).contains("ReduceBench.sum_jni"));
        assertTrue(Files.exists(dir.resolve("numpy-result.tsv")));

        String text = Files.readString(html);
        assertTrue(!text.contains("<script src") && !text.contains("http://cdn") && !text.contains("https://"),
                "self-contained");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(html.toFile());
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        Set<String> charts = new LinkedHashSet<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            String op = svg.getAttribute("data-op");
            charts.add(op);
            Set<String> series = new LinkedHashSet<>();
            NodeList gs = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
            for (int j = 0; j < gs.getLength(); j++) {
                Element g = (Element) gs.item(j);
                if (g.getAttribute("class").equals("series")) {
                    series.add(g.getAttribute("data-backend"));
                    assertEquals(1, g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength(),
                            "one point per size");
                }
            }
            List<String> expected = new ArrayList<>(op.equals("sum") ? sumBackends : expBackends);
            assertEquals(Set.copyOf(expected), series, "series of chart " + op);
        }
        assertEquals(Set.of("sum", "exp"), charts);
        String page = doc.getDocumentElement().getTextContent();
        assertTrue(page.contains("CPU path"), "machine info");
        assertTrue(page.contains(MachineInfo.readCpuModel()), "CPU model");
        assertTrue(page.contains(org.kernels4j.Kernels.info().cpu()), "CPU vendor, family, model and name");
        assertTrue(page.contains("capacity at start") && page.contains("capacity at end"), "capacity probes");
        // The probes start and end the run; JMH's sun.misc.Unsafe warnings never reach the user.
        assertTrue(r.out().contains("capacity at start: FMA float64 1 thread ") && r.out().contains("capacity at end: "),
                r.out());
        // Each of the two threads' rates, for the FMA probe, the read and the in-cache sort.
        assertTrue(r.out().matches("(?s).*capacity at start: FMA float64 1 thread \\d+ GFLOP/s, 2 threads \\d+ \\+ \\d+ "
                + "\\(\\d+\\.\\d+x\\); read 1 thread [0-9.]+ GB/s, 2 threads [0-9.]+ \\+ [0-9.]+ \\([0-9.]+x\\); "
                + "sort in cache 1 thread \\d+ Mkey/s, 2 threads \\d+ \\+ \\d+ \\([0-9.]+x\\).*"), r.out());
        assertTrue(!r.out().contains("sun.misc.Unsafe") && !r.err().contains("sun.misc.Unsafe"), r.err());
        if (numpy) {
            // NumPy times each op right after that op's forks: sum's timing comes before exp's forks.
            String err = r.err();
            int npSum = err.indexOf("[numpy] timing sum ");
            int npExp = err.indexOf("[numpy] timing exp ");
            int expFork = err.indexOf("ElementwiseBench.exp_");
            assertTrue(npSum >= 0 && npExp > npSum && expFork > npSum && npExp > expFork, err);
            assertTrue(r.out().contains("kernels4j / NumPy"), r.out());
            String ratio = r.out().lines().filter(l -> l.startsWith("sum ") && l.contains("x")).reduce((a, b) -> b).orElseThrow();
            assertTrue(ratio.matches("sum\\s+1e3\\s+\\d+\\.\\d+x.*"), ratio);
            assertTrue(page.contains("kernels4j \u00f7 NumPy"), "summary in the report");
        }
        assertTrue(page.contains("cores"), "cores");
        assertTrue(page.contains(Runtime.version().toString()), "JDK");
    }

    /** GEMM as a family: GFLOP/s per backend at a tiny order; OpenBLAS either a number or absent with why. */
    @Test
    void gemmFamilyWithPeers() throws Exception {
        Cli.Result r = Cli.run("bench", "--kernels", "gemm", "--sizes", "64", "--backends",
                "ffm-offheap,ffm-heap,pool,java,openblas,ejml", "--warmup", "0", "--iterations", "1", "--time", "20ms",
                "--ignore-lock", "--output", dir.toString());
        assertEquals(0, r.code(), r.toString());
        String header = r.out().lines().filter(l -> l.startsWith("gemm ")).findFirst().orElseThrow();
        for (String b : List.of("ffm-offheap", "ffm-heap", "pool(", "java", "openblas", "ejml")) {
            assertTrue(header.contains(b), b + " in " + header);
        }
        String row = r.out().lines().filter(l -> l.startsWith("dgemm ")).findFirst().orElseThrow();
        assertTrue(row.contains("GFLOP/s") && !row.contains("failed"), row);
        assertTrue(!row.contains("absent") || r.out().contains("openblas: absent ("), r.out());
        // Never an installation on the user's behalf: an absent peer names the command instead.
        assertTrue(!row.contains("absent") || r.out().contains("apt-get install libopenblas-dev"), r.out());
    }
}
