package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Large off-heap arrays: huge-page mappings that are aligned, zeroed, and released with their arena. */
class LargeArraysTest {

    static long mappings() throws IOException {
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.count();
        }
    }

    @Test
    void largeArraysAreAlignedZeroedAndUsable() {
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.allocate(arena, 3_000_000); // 24 MB
            assertEquals(0, x.segment().address() % (2 << 20), "2 MiB aligned");
            assertEquals(0.0, Kernels.sum(x));
            assertEquals(0.0, Kernels.max(x));
            x.set(2_999_999, 4.0);
            Kernels.add(x, 1.0, x);
            assertEquals(2_999_999.0 + 5.0, Kernels.sum(x));
            FloatArray small = FloatArray.allocate(arena, 1000);
            assertEquals(0, small.segment().address() % 64, "small arrays: 64-byte aligned");
        }
    }

    @Test
    void closingTheArenaReleasesTheMemory() throws IOException {
        DoubleArray escaped;
        try (Arena arena = Arena.ofConfined()) {
            escaped = DoubleArray.allocate(arena, 1 << 20);
        }
        DoubleArray dead = escaped;
        assertThrows(IllegalStateException.class, () -> dead.get(0));
        assertThrows(IllegalStateException.class, () -> Kernels.sum(dead));
        long before = mappings();
        for (int i = 0; i < 200; i++) {
            try (Arena arena = Arena.ofConfined()) {
                DoubleArray x = DoubleArray.allocate(arena, 8 << 20); // 64 MiB each, 12.5 GiB in all
                x.set(x.length() - 1, 1.0);
                assertEquals(1.0, Kernels.sum(x.slice(x.length() - 8, 8)));
            }
        }
        long after = mappings();
        assertTrue(after - before < 20, "mappings grew from " + before + " to " + after + ": memory not released");
    }
}
