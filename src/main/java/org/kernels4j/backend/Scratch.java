package org.kernels4j.backend;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Off-heap working memory for the sort family, kept for reuse.
 *
 * <p>Fresh memory is expensive at these sizes: the operating system maps and zeroes every page
 * on first touch (80 MB of 4 KiB pages cost about 35 ms of CPU here, a third of a
 * 10^7-element sort; huge pages, which {@link LargeArrays} asks for, cut that to a few ms), and
 * {@link Arena#allocate} zero-fills once more on top. So a block that a kernel no longer needs
 * goes back to a process-wide cache, and the next kernel that needs at most that much takes it
 * instead of allocating: no zeroing and no page faults. Nothing here relies on the contents
 * being zero.
 *
 * <p>The cache keeps at most {@link #cacheLimit()} bytes of idle blocks (system property
 * {@value #LIMIT_PROPERTY}, default 256 MiB; 0 turns caching off). A block released while the
 * cache is full, or larger than the limit, is freed at once. {@link #releaseCached()} frees
 * every idle block. Blocks are shared-arena memory, usable from any thread.
 *
 * <p>Thread-safe.
 */
public final class Scratch implements AutoCloseable {
    /** System property: bytes of idle scratch kept for reuse. */
    public static final String LIMIT_PROPERTY = "kernels4j.scratchCache";
    private static final long LIMIT = Math.max(0, Long.getLong(LIMIT_PROPERTY, 256L << 20));
    /** Blocks are rounded up to this (and aligned to it), so that similar sizes share blocks. */
    private static final long GRANULE = 2L << 20;
    private static final long SMALL_GRANULE = 64L << 10;

    private static final Object LOCK = new Object();
    private static final List<Block> IDLE = new ArrayList<>();
    private static long idleBytes;

    private record Block(Arena arena, MemorySegment memory) {
    }

    private Block block;
    private final MemorySegment segment;

    private Scratch(Block block, long bytes) {
        this.block = block;
        this.segment = block.memory.asSlice(0, bytes);
    }

    /** The bytes of idle scratch the cache may hold. */
    public static long cacheLimit() {
        return LIMIT;
    }

    /** Bytes of idle scratch held right now. */
    public static long cachedBytes() {
        synchronized (LOCK) {
            return idleBytes;
        }
    }

    /**
     * A block of at least {@code bytes} bytes, 64-byte aligned, with unspecified contents: a
     * cached one if one fits (and is not more than twice as large as needed), else a new one.
     *
     * @throws OutOfMemoryError if the memory cannot be allocated
     */
    public static Scratch acquire(long bytes) {
        long want = Math.max(bytes, 64);
        synchronized (LOCK) {
            Block best = null;
            for (Block b : IDLE) {
                long size = b.memory.byteSize();
                if (size >= want && size <= 2 * want + GRANULE && (best == null || size < best.memory.byteSize())) {
                    best = b;
                }
            }
            if (best != null) {
                IDLE.remove(best);
                idleBytes -= best.memory.byteSize();
                return new Scratch(best, want);
            }
        }
        long granule = want >= GRANULE ? GRANULE : SMALL_GRANULE;
        long size = (want + granule - 1) / granule * granule;
        Arena arena = Arena.ofShared();
        try {
            // Large blocks on huge pages (LargeArrays): fewer page faults on first use, faster streaming.
            return new Scratch(new Block(arena, LargeArrays.allocate(arena, size)), want);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** The memory: exactly the bytes asked for. */
    public MemorySegment segment() {
        return segment;
    }

    /** Returns the block to the cache (or frees it); idempotent. The segment must not be used after. */
    @Override
    public void close() {
        Block b;
        synchronized (this) {
            b = block;
            block = null;
        }
        if (b == null) {
            return;
        }
        long size = b.memory.byteSize();
        List<Block> evicted = new ArrayList<>();
        synchronized (LOCK) {
            if (size <= LIMIT) {
                IDLE.add(b);
                idleBytes += size;
                b = null;
                // Over the limit: free the oldest blocks first.
                while (idleBytes > LIMIT) {
                    Block old = IDLE.remove(0);
                    idleBytes -= old.memory.byteSize();
                    evicted.add(old);
                }
            }
        }
        if (b != null) {
            b.arena.close();
        }
        for (Block old : evicted) {
            old.arena.close();
        }
    }

    /** Frees every idle block. Blocks in use are not affected. */
    public static void releaseCached() {
        List<Block> all;
        synchronized (LOCK) {
            all = new ArrayList<>(IDLE);
            IDLE.clear();
            idleBytes = 0;
        }
        for (Block b : all) {
            b.arena.close();
        }
    }
}
