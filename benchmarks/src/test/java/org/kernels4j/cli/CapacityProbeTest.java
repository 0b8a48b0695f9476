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
        CapacityProbe p = new CapacityProbe(100, new double[] {104, 98}, 30, new double[] {33.5, 21.5}, 481.4, null);
        assertEquals("FMA float64 1 thread 100 GFLOP/s, 2 threads 104 + 98 (2.02x); "
                + "read 1 thread 30.0 GB/s, 2 threads 33.5 + 21.5 (1.83x); round trip between 2 threads 481 ns", p.summary());
        CapacityProbe none = new CapacityProbe(Double.NaN, new double[] {Double.NaN, Double.NaN}, 30,
                new double[] {30, 29}, Double.NaN, "the native library is not in use");
        assertTrue(none.summary().startsWith("FMA probe absent (the native library is not in use); read 1 thread 30.0"),
                none.summary());
        assertTrue(!none.summary().contains("round trip"), "no round trip measured: none shown");
    }

    @Test
    void roundTripIsMeasuredOnTwoProcessors() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor");
        double ns = CapacityProbe.roundTrip();
        // a cache line between two cores and back: tens to hundreds of ns, never below a few
        assertTrue(ns > 5 && ns < 1_000_000, "round trip " + ns + " ns");
    }
}
