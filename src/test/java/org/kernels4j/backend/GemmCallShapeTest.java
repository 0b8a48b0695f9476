package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which gemm calls may hold off the garbage collector: only short ones, thin shapes included. */
class GemmCallShapeTest {
    @Test
    void onlyShortProductsAreOneCriticalCall() {
        assertTrue(NativeGemm.fitsOneCriticalCall(64, 64, 64));
        assertTrue(NativeGemm.fitsOneCriticalCall(1, 1, 1_000));
        assertFalse(NativeGemm.fitsOneCriticalCall(128, 128, 128), "2M multiply-adds is not short");
        assertFalse(NativeGemm.fitsOneCriticalCall(1, 1, 1_000_000), "packing a 1 x 10^6 row pads it 8- and 64-fold");
        assertFalse(NativeGemm.fitsOneCriticalCall(100_000, 1, 100), "tall and thin");
        assertFalse(NativeGemm.fitsOneCriticalCall(1L << 40, 1L << 40, 1L << 40), "no overflow");
    }
}
