package org.kernels4j.backend;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.kernels4j.ffi.k4j_h;

/**
 * Off-heap memory for arrays: large ones on 2 MiB-aligned mappings advised for transparent
 * huge pages (as NumPy allocates), which streaming kernels read about a quarter faster than
 * memory on 4 KiB pages; small ones from the arena as usual.
 */
public final class LargeArrays {
    /** From this size on, memory comes from {@code k4j_mem_alloc_huge}. */
    public static final long HUGE_THRESHOLD = 4L << 20;

    private LargeArrays() {
    }

    /**
     * {@code bytes} of zero-filled memory owned by {@code arena}, aligned to at least 64 bytes
     * (2 MiB when large and the native library is in use). Closing the arena releases it.
     */
    public static MemorySegment allocate(Arena arena, long bytes) {
        if (bytes >= HUGE_THRESHOLD && Backends.choice().backend() instanceof NativeBackend) {
            MemorySegment p = k4j_h.k4j_mem_alloc_huge(bytes);
            if (!p.equals(MemorySegment.NULL)) {
                return attach(p, bytes, arena);
            }
            // No mapping to be had: the arena's allocator reports the failure its own way.
        }
        return arena.allocate(bytes, 64);
    }

    @SuppressWarnings("restricted") // the mapping is exactly `bytes` long and freed once, by the arena
    private static MemorySegment attach(MemorySegment p, long bytes, Arena arena) {
        return p.reinterpret(bytes, arena, seg -> k4j_h.k4j_mem_free_huge(seg, bytes));
    }
}
