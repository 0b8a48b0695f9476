package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kernels4j.Isa;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;

/** The GEMM configuration chosen at load and the FMA probe, on every path of this CPU. */
class NativeTuningTest {

    @Test
    void blockSizesFitTheCachesTheyWereDerivedFrom() {
        Isa best = NativeBackend.bestIsa();
        for (Isa isa : Isa.values()) {
            if (isa.compareTo(best) > 0) {
                continue;
            }
            for (boolean f64 : new boolean[] {true, false}) {
                NativeTuning.GemmConfig c = NativeTuning.gemmConfig(isa.code(), f64);
                String what = isa.label() + (f64 ? " f64 " : " f32 ") + c;
                long es = f64 ? 8 : 4;
                assertTrue(c.mr() >= 1 && c.nr() >= 1, what);
                assertEquals(0, c.nc() % c.nr(), what + ": NC holds whole micro-panels");
                assertEquals(0, c.mc() % c.mr(), what + ": MC holds whole micro-panels");
                assertTrue(c.l1d() >= 16 << 10 && c.l2() >= 128 << 10 && c.l3() >= c.l2(), what);
                assertTrue((long) c.mr() * c.kc() * es <= c.l1d() / 2, what + ": an A micro-panel fits half of L1d");
                assertTrue((long) c.kc() * c.nc() * es <= c.l2(), what + ": the B block fits L2");
                assertTrue(c.family() > 0, what);
                // The register tile is a whole number of vectors of the path.
                int lanes = switch (isa) {
                    case AVX512 -> f64 ? 8 : 16;
                    case AVX2 -> f64 ? 4 : 8;
                    default -> f64 ? 2 : 4;
                };
                assertEquals(0, c.nr() % lanes, what);
            }
        }
    }

    @Test
    void probeCountsItsOperations() {
        Isa best = NativeBackend.bestIsa();
        for (Isa isa : Isa.values()) {
            if (isa.compareTo(best) > 0) {
                continue;
            }
            int lanes64 = switch (isa) {
                case AVX512 -> 8;
                case AVX2 -> 4;
                default -> 2;
            };
            assertEquals(1000L * 12 * lanes64 * 2, NativeTuning.probeFma(isa.code(), true, 1000), isa.label());
            assertEquals(1000L * 12 * lanes64 * 4, NativeTuning.probeFma(isa.code(), false, 1000), isa.label());
            assertEquals(0, NativeTuning.probeFma(isa.code(), true, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> NativeTuning.probeFma(best.code(), true, -1));
    }

    @Test
    void infoNamesTheCpuAndTheGemmAndSortChoices() {
        KernelsInfo info = Kernels.info();
        assertNotNull(info.cpu());
        if (info.backend().equals("native")) {
            assertNotNull(info.gemm());
            assertTrue(info.gemm().startsWith("f64 ") && info.gemm().contains("KC="), info.gemm());
            assertTrue(info.toString().contains("gemm=\""), info.toString());
            assertEquals(NativeTuning.sortChoices(Isa.parse(info.isa()).code()), info.sort());
            assertTrue(info.toString().contains(" sort=\"scatter "), info.toString());
        } else {
            assertNull(info.gemm());
            assertNull(info.sort());
        }
    }

    @Test
    void sortChoicesNameEachPathsBucketSort() {
        Isa best = NativeBackend.bestIsa();
        for (Isa isa : Isa.values()) {
            if (isa.compareTo(best) > 0 || !isa.within(best)) {
                continue;
            }
            String s = NativeTuning.sortChoices(isa.code());
            String bucket = "(radix\\+networks \\(windows of (32|64)\\)|quicksort|radix)";
            String direct = "(never|at every size|up to 2\\^\\d+)";
            assertTrue(s.matches("scatter (write-combined|plain); buckets: 64-bit " + bucket + ", 32-bit " + bucket
                    + "(; one thread without buckets: 64-bit " + direct + ", 32-bit " + direct + ")?"), isa.label() + ": " + s);
            String env = System.getenv("K4J_SORT_DIRECT");
            if ("on".equals(env)) {
                assertTrue(s.endsWith("; one thread without buckets: 64-bit at every size, 32-bit at every size"), s);
            } else if ("off".equals(env)) {
                assertTrue(!s.contains("without buckets"), s);
            }
            switch (isa) {
                case BASELINE -> assertEquals("scatter plain; buckets: 64-bit radix, 32-bit radix", s);
                case AVX2 -> assertTrue(s.contains("buckets: 64-bit radix+networks (windows of 32), "
                        + "32-bit radix+networks (windows of 64)"), s);
                case AVX512 -> assertTrue(s.contains("64-bit radix+networks (windows of "), s);
                default -> { }
            }
        }
    }
}
