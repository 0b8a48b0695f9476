package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CapacityProbeTest {
    /** About a millisecond of busy waiting: both threads make calls at the same pace. */
    private static void spin() {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_000_000L) {
            Thread.onSpinWait();
        }
    }

    @Test
    void eachThreadsRateIsKeptTheFasterFirst() {
        AtomicLong prepared = new AtomicLong();
        // Thread 1 reports three times the work of thread 0 per call of the same length.
        double[] r = CapacityProbe.run(2, id -> {
            spin();
            return id == 1 ? 3_000_000L : 1_000_000L;
        }, id -> prepared.incrementAndGet());
        assertEquals(2, r.length);
        assertEquals(2, prepared.get(), "every thread prepared before the start");
        assertTrue(r[0] > r[1], "the faster first: " + r[0] + ", " + r[1]);
        // per call 1 ms: about 3 and 1 units per ns; the ratio holds whatever the pace
        double ratio = r[0] / r[1];
        assertTrue(ratio > 2.0 && ratio < 4.5, "ratio " + ratio);
        assertEquals(r[0] + r[1], CapacityProbe.sum(r), 1e-12);
    }

    @Test
    void summaryGivesBothThreadsAndTheirSumOverOne() {
        CapacityProbe p = new CapacityProbe(100, new double[] {104, 98}, 30, new double[] {33.5, 21.5}, 310,
                new double[] {305, 228}, 481.4, null);
        assertEquals("FMA float64 1 thread 100 GFLOP/s, 2 threads 104 + 98 (2.02x); "
                + "read 1 thread 30.0 GB/s, 2 threads 33.5 + 21.5 (1.83x); "
                + "sort in cache 1 thread 310 Mkey/s, 2 threads 305 + 228 (1.72x); round trip between 2 threads 481 ns",
                p.summary());
        CapacityProbe none = new CapacityProbe(Double.NaN, new double[] {Double.NaN, Double.NaN}, 30,
                new double[] {30, 29}, 300, new double[] {300, 290}, Double.NaN, "the native library is not in use");
        assertTrue(none.summary().startsWith("FMA probe absent (the native library is not in use); read 1 thread 30.0"),
                none.summary());
        assertTrue(!none.summary().contains("round trip"), "no round trip measured: none shown");
    }

    @Test
    void theInCacheSortGivesEachThreadsRate() {
        double[] one = CapacityProbe.cacheSort(1);
        double[] two = CapacityProbe.cacheSort(2);
        assertEquals(1, one.length);
        assertEquals(2, two.length);
        // 2^16 keys sorted in well under a second on any machine this runs on, and not in a ns
        assertTrue(one[0] > 1 && one[0] < 1e5, "Mkey/s " + one[0]);
        // both finished a sort (a loaded host may starve one for most of the slice: no lower pace)
        assertTrue(two[0] >= two[1] && two[1] > 0, "the faster first, both working: " + two[0] + ", " + two[1]);
    }

    @Test
    void roundTripIsMeasuredOnTwoProcessors() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor");
        double ns = CapacityProbe.roundTrip();
        // A cache line between two cores and back: tens to hundreds of ns, never below a few.
        // Where the two threads must take turns on one processor (a loaded host, a CPU quota), a
        // round trip is a scheduling slice, milliseconds: CI saw 1.3 ms once. NaN when the echo
        // thread never ran. Only a figure no clock could give fails.
        assertTrue(Double.isNaN(ns) || (ns > 5 && ns < 1e9), "round trip " + ns + " ns");
    }
}
