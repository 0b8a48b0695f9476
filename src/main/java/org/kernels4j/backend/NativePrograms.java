package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.kernels4j.DType;

/**
 * The sort family and the uniform histogram as {@link PassProgram}s over the native pass
 * kernels (k4j.h "sort", pass kernels): what {@link NativeBackend} runs on the calling thread
 * for large arrays, and what the pool spreads over its workers.
 *
 * <h2>Shape</h2>
 * x is cut into chunks of at least 2^20 elements, or, when two or more workers share it, about
 * four of at least 2^18 elements up to 2^22 elements (at most 64 chunks). Every read of x goes
 * through pieces: on a heap array, critical downcalls of at most
 * {@link NativeBackend#CRITICAL_CHUNK} elements (the garbage collector waits for one piece at
 * most); off-heap, one ordinary downcall per chunk. Chunks poll their stop token between pieces.
 *
 * <ul>
 * <li><b>sort</b>: plan (a 4096-element sample fixes 2^6..2^11 ordered buckets), count (a row
 *     of bucket counts per chunk), scatter (each chunk's keys to its own offsets in an off-heap
 *     key array: the result does not depend on who ran which chunk), buckets (groups of buckets
 *     sorted, each group by one worker, with a 64 Ki-key scratch per slot, straight into
 *     their place in x: off-heap one call per group, on a heap array one critical call per
 *     run of buckets of at most {@link NativeBackend#CRITICAL_CHUNK} keys in all, a larger
 *     bucket sorted in the keys and copied to x);
 *     the pass that writes x is never interrupted once begun. On one slot, where the library
 *     says so for the path, CPU and size ({@code k4j_sort_direct}), no buckets: a pass turns
 *     the elements into keys, then the keys are sorted as one bucket into x (a heap x with
 *     4-byte keys: sorted in place as keys, then turned back into x in critical pieces; with
 *     8-byte keys: sorted into an off-heap stage of n elements, then copied). On one slot
 *     with buckets and at least {@link #SLACK_MIN} elements, no count: a strided sample is
 *     counted, the scatter files the keys into rooms sized from it, and the buckets are sorted
 *     from their rooms ({@code k4j_sort_buckets_at}); an outgrown room means count and scatter
 *     after all (SortProgram.roomPass).</li>
 * <li><b>argsort</b>: the same on canonical keys with their indices; the indices are written
 *     directly into an off-heap output, else into an off-heap array copied to the output at
 *     the end. Stable, so the same for any split.</li>
 * <li><b>select</b>: plan and count (1024 buckets, NaNs counted as well), then only the keys
 *     of the buckets holding a wanted rank are gathered, and each such bucket is selected on
 *     its own.</li>
 * <li><b>histogram</b>: a partial histogram per slot, added up at the end.</li>
 * </ul>
 *
 * <h2>Memory</h2>
 * From {@link Scratch} (reused, not zeroed): sort n elements of keys (2n for the direct sort
 * of 8-byte keys into a heap array, at most 2^19 elements; the rooms of a one-slot sort that
 * skips its count, about 1.6 n, plus n if it falls back to counting); argsort n keys, plus n
 * int64 when the output is a heap array; select the keys of the wanted buckets (about n / 1024
 * each for smooth data). Each also needs a row of counts per chunk (at most 64 x 2^11 x 8
 * bytes = 1 MiB) and, per slot, 1.2 MiB of counters and a 64 Ki-key scratch (sort, argsort).
 */
public final class NativePrograms {
    /**
     * Elements per chunk at least; chunks are the unit of sharing and of cancellation. Shared by
     * two or more workers, arrays of up to 2^22 elements are cut into about four chunks of at
     * least this many (so that two workers share an array of 10^6), larger ones into chunks of
     * at least {@link #LARGE_CHUNK}; run by one, chunks of at least {@link #LARGE_CHUNK}.
     */
    public static final long MIN_CHUNK = 1L << 18;
    /** Elements per chunk at least for large arrays (fewer, longer scatter calls). */
    static final long LARGE_CHUNK = 1L << 20;
    static final int MAX_CHUNKS = 64;
    /** A heap array is read in critical pieces of this many elements. */
    static final long HEAP_PIECE = NativeBackend.CRITICAL_CHUNK;
    /** The one-slot sort skips its count pass from this many elements up (SortProgram, slack). */
    static final long SLACK_MIN = 1L << 20;
    /**
     * The one-slot sort skips its count pass up to this many elements (2^27: about 1.6 GiB of
     * rooms for 8-byte keys); larger sorts count, so that their scratch stays n keys.
     */
    static final long SLACK_MAX = 1L << 27;
    /** Elements of x counted for the rooms of the slack layout (they fit a slot's key scratch). */
    static final long SLACK_SAMPLE = 1L << 15;
    /** The rooms may hold at most this many times n keys, else the sort counts. */
    static final long SLACK_MAX_ROOM = 2;
    /** Standard deviations of margin in each room; tests lower it to force the fallback. */
    static volatile double slackSigmas = 4;
    /** Keys of per-slot scratch for the bucket sorts (k4j.h: at least K4J_SORT_STACK_MAX). */
    static final long TMP_KEYS = 1L << 16;
    /** k4j.h K4J_SORT_WORK_WORDS. */
    static final long WORK_WORDS = 155648;
    /** k4j.h K4J_SORT_SCATTER_STATE_BYTES(bits) = this << bits; at most 2^11 buckets fit the work words. */
    static final long SCATTER_STATE_BYTES_PER_BUCKET = 264;
    /** k4j.h K4J_SCATTER_FIRST, K4J_SCATTER_LAST. */
    static final int SCATTER_FIRST = 1, SCATTER_LAST = 2;
    static final long PLAN_WORDS = 8;
    /** Buckets of a selection's count. */
    static final int SELECT_BITS = 10;
    /** Bytes copied between heap and off-heap memory per step, so safepoints are not held off long. */
    static final long COPY_STEP = 1L << 20;

    private NativePrograms() {
    }

    /** The chunk for n elements shared by {@code slots} workers (one slot: the large chunks). */
    static long chunkSize(long n, int slots) {
        long least = slots > 1 ? Math.clamp(n / 4, MIN_CHUNK, LARGE_CHUNK) : LARGE_CHUNK;
        long c = Math.max(least, (n + MAX_CHUNKS - 1) / MAX_CHUNKS);
        return (c + HEAP_PIECE - 1) / HEAP_PIECE * HEAP_PIECE;
    }

    static long chunkCount(long n, long chunk) {
        return Math.max(1, (n + chunk - 1) / chunk);
    }

    private static long align(long bytes) {
        return (bytes + 63) & ~63L;
    }

    /** Calls {@code piece(from, length)} over [start, start + length) in heap-safe pieces. */
    interface Piece {
        void run(MemorySegment x, long from, long length, boolean critical);
    }

    static void pieces(MemorySegment x, DType t, long start, long length, StopSignal stop, Piece piece) {
        boolean heap = !x.isNative();
        long step = heap ? HEAP_PIECE : length;
        long es = t.byteSize();
        for (long off = 0; off < length; off += step) {
            if (off > 0 && stop.stopRequested()) {
                throw new CancellationException("cancellation requested");
            }
            long len = Math.min(step, length - off);
            piece.run(x.asSlice((start + off) * es, len * es), start + off, len, heap);
        }
    }

    /** Copies bytes in steps of {@link #COPY_STEP} (a single copy of a heap array holds off safepoints). */
    public static void copy(MemorySegment src, MemorySegment dst, long bytes) {
        for (long off = 0; off < bytes; off += COPY_STEP) {
            long len = Math.min(COPY_STEP, bytes - off);
            MemorySegment.copy(src, off, dst, off, len);
        }
    }

    /** Bytes per chunk of a copy pass. */
    static final long COPY_CHUNK = 8L << 20;

    /** The work of chunk i of a pass, on the caller's slot. */
    interface ChunkWork {
        void run(long i, int slot, StopSignal stop);
    }

    /**
     * A pass of {@code chunks} chunks: work on each, then {@code next} gives the pass after it (null
     * at the end); {@code interruptible} as {@link PassProgram.Pass#interruptible()}.
     */
    static PassProgram.Pass pass(long chunks, boolean interruptible, ChunkWork work, Supplier<PassProgram.Pass> next) {
        return new PassProgram.Pass() {
            @Override
            public long chunks() {
                return chunks;
            }

            @Override
            public void chunk(long i, int slot, StopSignal stop) {
                work.run(i, slot, stop);
            }

            @Override
            public PassProgram.Pass done() {
                return next.get();
            }

            @Override
            public boolean interruptible() {
                return interruptible;
            }
        };
    }

    /** src to dst ({@code bytes}), in chunks of {@link #COPY_CHUNK} that workers share. */
    static PassProgram.Pass copyPass(MemorySegment src, MemorySegment dst, long bytes, boolean interruptible) {
        return pass(Math.max(1, (bytes + COPY_CHUNK - 1) / COPY_CHUNK), interruptible, (i, slot, stop) -> {
            long off = i * COPY_CHUNK;
            long len = Math.min(COPY_CHUNK, bytes - off);
            if (len > 0) {
                copy(src.asSlice(off, len), dst.asSlice(off, len), len);
            }
        }, () -> null);
    }

    // ---- the shared first steps: plan, count --------------------------------------------------

    /** Plan, per-chunk rows of counts, bucket bounds: the part sort, argsort and select share. */
    private abstract static class Bucketed<T> extends PassProgram<T> {
        final int isa;
        final DType t;
        final MemorySegment x;
        final long n;
        final int slots;
        final int canon;
        final int bits;
        final long nb;
        final long chunk;
        final long nchunks;
        final long[] nanPerChunk;
        final List<Scratch> memory = new ArrayList<>();
        MemorySegment plan;
        MemorySegment rows;

        Bucketed(int isa, DType t, MemorySegment x, long n, int slots, int canon, int bits) {
            this.isa = isa;
            this.t = t;
            this.x = x;
            this.n = n;
            this.slots = slots;
            this.canon = canon;
            this.bits = bits;
            this.nb = 1L << bits;
            this.chunk = chunkSize(n, slots);
            this.nchunks = chunkCount(n, chunk);
            this.nanPerChunk = new long[(int) nchunks];
        }

        final MemorySegment take(long bytes) {
            Scratch s = Scratch.acquire(bytes);
            memory.add(s);
            return s.segment();
        }

        final MemorySegment row(long i) {
            return rows.asSlice(i * nb * 8, nb * 8);
        }

        final long chunkFrom(long i) {
            return i * chunk;
        }

        final long chunkLength(long i) {
            return Math.min(chunk, n - i * chunk);
        }

        @Override
        public int slots() {
            return slots;
        }

        @Override
        public void close() {
            synchronized (memory) {
                for (Scratch s : memory) {
                    s.close();
                }
                memory.clear();
            }
        }

        @Override
        public Pass first() {
            // A sample of at most 4096 elements: short enough for a critical call.
            return pass(1, true, (i, slot, stop) ->
                    NativeSort.check(SortCalls.plan(isa, t, x, n, canon, bits, plan, !x.isNative())), this::countPass);
        }

        final Pass countPass() {
            return pass(nchunks, true, (i, slot, stop) -> {
                MemorySegment r = row(i);
                r.fill((byte) 0);
                long[] nan = {0};
                pieces(x, t, chunkFrom(i), chunkLength(i), stop, (xs, from, len, critical) -> {
                    long c = SortCalls.count(isa, t, xs, len, plan, r, critical);
                    NativeSort.check(c < 0 ? (int) c : 0);
                    nan[0] += c;
                });
                nanPerChunk[(int) i] = nan[0];
            }, this::afterCount);
        }

        /** Total count of bucket b over all rows. */
        final long bucketTotal(long b) {
            long s = 0;
            for (long i = 0; i < nchunks; i++) {
                s += rows.getAtIndex(JAVA_LONG, i * nb + b);
            }
            return s;
        }

        /** Turns the rows into scatter offsets (chunk order within a bucket) and fills bounds. */
        final void rowsToOffsets(MemorySegment bounds) {
            long sum = 0;
            for (long b = 0; b < nb; b++) {
                bounds.setAtIndex(JAVA_LONG, b, sum);
                for (long i = 0; i < nchunks; i++) {
                    long c = rows.getAtIndex(JAVA_LONG, i * nb + b);
                    rows.setAtIndex(JAVA_LONG, i * nb + b, sum);
                    sum += c;
                }
            }
            bounds.setAtIndex(JAVA_LONG, nb, sum);
            checkTotal(sum);
        }

        /**
         * The counts of all chunks add up to n: each count call files every element of its piece
         * in exactly one bucket, whatever the piece holds. Checked all the same before the sums
         * size anything (a scatter's offsets, the bucket bounds, a gather buffer): the native
         * kernels bound their writes by the capacity passed along, and this keeps a wrong total
         * from ever becoming one.
         */
        final void checkTotal(long sum) {
            if (sum != n) {
                throw new IllegalStateException("the bucket counts add up to " + sum + ", not " + n);
            }
        }

        /** Bucket groups of about n / (8 slots) elements (at most 2^21 unless one bucket is larger). */
        final long[] groups(MemorySegment bounds) {
            long target = Math.clamp(n / (8L * slots), 1L << 16, 1L << 21);
            List<Long> g = new ArrayList<>();
            g.add(0L);
            long start = 0;
            for (long b = 1; b <= nb; b++) {
                long end = bounds.getAtIndex(JAVA_LONG, b);
                if (end - start >= target || b == nb) {
                    g.add(b);
                    start = end;
                }
            }
            return g.stream().mapToLong(Long::longValue).toArray();
        }

        abstract Pass afterCount();

        /** One kernel call on a piece of chunk i, with row i of the offsets; its status is checked. */
        interface RowPiece {
            int call(MemorySegment xs, long from, long len, MemorySegment offsets, boolean critical);
        }

        /**
         * A pass over the chunks of x that scatters or gathers every piece of chunk i by row i (the
         * counts turned into offsets by then); {@code next} gives the pass after it.
         */
        final Pass rowPass(RowPiece piece, Supplier<Pass> next) {
            return pass(nchunks, true, (i, slot, stop) -> {
                MemorySegment offsets = row(i);
                pieces(x, t, chunkFrom(i), chunkLength(i), stop, (xs, from, len, critical) ->
                        NativeSort.check(piece.call(xs, from, len, offsets, critical)));
            }, next);
        }
    }

    /**
     * Sort and argsort after the count: a scatter pass files every key by its chunk's row of
     * offsets, then groups of buckets are sorted by {@link #bucketPass}. Their memory is one
     * block: keys, the indices (argsort into a heap array; empty otherwise), plan, rows, bucket
     * bounds, and per slot the work words, a scratch of {@code TMP_KEYS} keys and whatever
     * more the subclass asks for.
     */
    private abstract static class Sorting extends Bucketed<Void> {
        final long es;
        /** The packed keys (n); for a sort that starts without a count (slack), taken only if it falls back to one. */
        MemorySegment keys;
        /** The idxBytes after the keys: argsort's indices, when its output is a heap array. */
        final MemorySegment indices;
        final MemorySegment bounds;
        final MemorySegment slotMemory;
        final long slotBytes;
        long[] groups;

        Sorting(int isa, DType t, MemorySegment x, long n, int slots, int canon, int bits, long idxBytes,
                long moreSlotBytes) {
            this(isa, t, x, n, slots, canon, bits, idxBytes, moreSlotBytes, true);
        }

        Sorting(int isa, DType t, MemorySegment x, long n, int slots, int canon, int bits, long idxBytes,
                long moreSlotBytes, boolean packedKeys) {
            super(isa, t, x, n, slots, canon, bits);
            es = t.byteSize();
            long keyBytes = packedKeys ? align(n * es) : 0;
            long rowBytes = align(nchunks * nb * 8);
            long boundBytes = align((nb + 1) * 8);
            slotBytes = align(WORK_WORDS * 8) + align(TMP_KEYS * es) + moreSlotBytes;
            MemorySegment m = take(keyBytes + idxBytes + PLAN_WORDS * 8 + rowBytes + boundBytes + slots * slotBytes);
            keys = m.asSlice(0, keyBytes);
            long off = keyBytes;
            indices = m.asSlice(off, idxBytes);
            off += idxBytes;
            plan = m.asSlice(off, PLAN_WORDS * 8);
            off += PLAN_WORDS * 8;
            rows = m.asSlice(off, rowBytes);
            off += rowBytes;
            bounds = m.asSlice(off, boundBytes);
            off += boundBytes;
            slotMemory = m.asSlice(off, slots * slotBytes);
        }

        /** The sort of the buckets [g0, g1) with a slot's scratch. */
        interface GroupSort {
            void run(long g0, long g1, MemorySegment scratch);
        }

        /** A pass over the groups of buckets: each sorted by one call of sort. */
        final Pass groupPass(boolean interruptible, GroupSort sort, Supplier<Pass> next) {
            return pass(groups.length - 1, interruptible, (g, slot, stop) -> {
                MemorySegment s = slotMemory.asSlice(slot * slotBytes, slotBytes);
                sort.run(groups[(int) g], groups[(int) g + 1], s);
            }, next);
        }

        /** The work words at the start of a slot's scratch. */
        static MemorySegment work(MemorySegment scratch) {
            return scratch.asSlice(0, WORK_WORDS * 8);
        }

        /** The scratch of {@code TMP_KEYS} keys after the work words of a slot's scratch. */
        final MemorySegment keyScratch(MemorySegment scratch) {
            return scratch.asSlice(align(WORK_WORDS * 8), TMP_KEYS * es);
        }

        /** The subclass's own bytes of a slot's scratch (moreSlotBytes), after the key scratch. */
        final MemorySegment moreScratch(MemorySegment scratch) {
            return scratch.asSlice(align(WORK_WORDS * 8) + align(TMP_KEYS * es));
        }

        @Override
        final Pass afterCount() {
            rowsToOffsets(bounds);
            groups = groups(bounds);
            return pass(nchunks, true, (i, slot, stop) -> scatterChunk(i, slot, stop, row(i), this::scatter),
                    this::bucketPass);
        }

        /** One piece's scatter by the offsets, with its run's state ({@code NULL}: none) and flags. */
        interface PieceScatter {
            int call(MemorySegment xs, long from, long len, MemorySegment offsets, MemorySegment state, int flags,
                     boolean critical);
        }

        /**
         * Scatters chunk i of x by the offsets, piece by piece. A chunk read in pieces is one run of
         * the scatter: its write-combining state lives in the slot's work words (unused until the
         * bucket pass) from piece to piece. Only for chunks with enough keys per bucket that few
         * blocks are written key by key.
         */
        final void scatterChunk(long i, int slot, StopSignal stop, MemorySegment offsets, PieceScatter scatter) {
            long start = chunkFrom(i), length = chunkLength(i);
            MemorySegment state = length >= 64 * nb && SCATTER_STATE_BYTES_PER_BUCKET * nb <= WORK_WORDS * 8
                    ? work(slotMemory.asSlice(slot * slotBytes, slotBytes)).asSlice(0, SCATTER_STATE_BYTES_PER_BUCKET * nb)
                    : MemorySegment.NULL;
            pieces(x, t, start, length, stop, (xs, from, len, critical) -> {
                int flags = (from == start ? SCATTER_FIRST : 0) | (from + len == start + length ? SCATTER_LAST : 0);
                NativeSort.check(scatter.call(xs, from, len, offsets, state, flags, critical));
            });
        }

        /**
         * The scatter of the keys (and indices) of one piece of x at {@code from}: flags mark the
         * chunk's first and last piece ({@code k4j_sort_scatter_piece}), state is the run's memory
         * between them ({@code NULL}: none).
         */
        abstract int scatter(MemorySegment xs, long from, long len, MemorySegment offsets, MemorySegment state,
                int flags, boolean critical);

        /** The pass that sorts the buckets, group by group. */
        abstract Pass bucketPass();

        @Override
        public Void result() {
            return null;
        }
    }

    // ---- sort -----------------------------------------------------------------------------

    /**
     * Sorts x in place. Memory: n elements plus the fixed parts (see the class comment). x is
     * written only by the last step (the bucket sorts into x), which is never interrupted: a
     * cancelled sort leaves x as it was, or sorted.
     */
    public static PassProgram<Void> sort(int isa, DType t, MemorySegment x, long n, int slots) {
        return new SortProgram(isa, t, x, x, n, slots);
    }

    /**
     * Sorts x into out (n elements, which must not overlap x): the count and scatter passes read
     * x, the last step writes out, and no copy of x is made first. x is only read. Otherwise as
     * {@link #sort}: out is written only by the last step, so a cancelled sort leaves out as it
     * was, or sorted.
     */
    public static PassProgram<Void> sortInto(int isa, DType t, MemorySegment x, MemorySegment out, long n, int slots) {
        return new SortProgram(isa, t, x, out, n, slots);
    }

    private static final class SortProgram extends Sorting {
        /** Where the sorted elements go: x itself, or the out of {@link #sortInto}. */
        final MemorySegment dst;
        /**
         * No first-level buckets (one slot, and the library's rule for this path, CPU and n:
         * {@link SortCalls#direct}): a pass turns the elements into keys at their own places,
         * then the keys are sorted as one bucket into dst.
         */
        final boolean direct;
        /**
         * The direct sort of 8-byte keys into a heap array: n elements off-heap that the one
         * bucket is sorted into (by the sort the rule was measured with, which writes its
         * output elsewhere than its keys), then copied to dst; null otherwise.
         */
        final MemorySegment stage;

        SortProgram(int isa, DType t, MemorySegment x, MemorySegment dst, long n, int slots) {
            super(isa, t, x, n, slots, 0, SortCalls.bits(isa, t, n, 0), 0, 64, !slackWanted(isa, t, n, slots));
            this.dst = dst;
            this.direct = slots == 1 && SortCalls.direct(isa, t, n);
            this.stage = direct && !dst.isNative() && es == 8 ? take(n * es).asSlice(0, n * es) : null;
            this.slack = slackWanted(isa, t, n, slots);
        }

        static boolean slackWanted(int isa, DType t, long n, int slots) {
            return slots == 1 && n >= SLACK_MIN && n <= SLACK_MAX && !SortCalls.direct(isa, t, n);
        }

        /** The count pass after all, into packed keys taken now (the slack layout's rooms stay until close). */
        private Pass countAfterAll() {
            if (keys.byteSize() < n * es) {
                keys = take(n * es).asSlice(0, n * es);
            }
            return countPass();
        }

        // ---- the one-slot sort without a count pass ---------------------------------------

        /**
         * One slot, first-level buckets, at least {@link #SLACK_MIN} elements: the count pass is
         * skipped. A strided sample of x is counted instead, each bucket gets room for its
         * sample's share of n and a margin ({@link #slackSigmas} standard deviations of that
         * share, and a few keys more), and the scatter files every key into its bucket's room.
         * If any bucket outgrew its room (a sample unlike the data, or x changed meanwhile),
         * the sort falls back to the count pass and a scatter into the packed keys, which
         * rewrites every key; nothing written by the first scatter is used.
         */
        final boolean slack;
        /** The keys of the slack layout; null until sized. */
        MemorySegment roomKeys;
        /**
         * Where each bucket's room starts in roomKeys (nb + 1 int64: room b is [start b, start
         * b + 1)); also the key starts of k4j_sort_buckets_at. The scatter's cursors start there,
         * in row 0 of the rows, as the counted scatter's offsets do.
         */
        MemorySegment roomStart;

        @Override
        public Pass first() {
            if (!direct) {
                if (!slack) {
                    return super.first();
                }
                return pass(1, true, (i, slot, stop) ->
                        NativeSort.check(SortCalls.plan(isa, t, x, n, canon, bits, plan, !x.isNative())), this::roomPass);
            }
            // Reads x, writes only the keys: interruptible, x (and dst) untouched until the bucket pass.
            return pass(nchunks, true, (i, slot, stop) ->
                    pieces(x, t, chunkFrom(i), chunkLength(i), stop, (xs, from, len, critical) ->
                            NativeSort.check(SortCalls.tokeys(isa, t, xs, len, keys.asSlice(from * es, len * es), critical))),
                    () -> {
                        if (!dst.isNative() && es == 4) {
                            return heapKeysPass();
                        }
                        bounds.setAtIndex(JAVA_LONG, 0, 0);
                        bounds.setAtIndex(JAVA_LONG, 1, n);
                        if (stage != null) {
                            return heapStagePass();
                        }
                        groups = new long[] {0, 1};
                        return bucketPass();
                    });
        }

        /**
         * Counts a sample of x, sizes each bucket's room from it and scatters x into the rooms
         * (or, when the rooms would take more than {@link #SLACK_MAX_ROOM} times n keys, goes
         * the counting way at once).
         */
        private Pass roomPass() {
            long samples = Math.min(n, SLACK_SAMPLE);
            long step = n / samples;
            // The sample in the slot's key scratch, its counts in row 0: neither is in use yet.
            MemorySegment sample = keyScratch(slotMemory.asSlice(0, slotBytes)).asSlice(0, samples * es);
            for (long i = 0; i < samples; i++) {
                long at = (i * step + step / 2) * es;
                if (es == 4) {
                    sample.setAtIndex(JAVA_INT, i, x.get(JAVA_INT_UNALIGNED, at));
                } else {
                    sample.setAtIndex(JAVA_LONG, i, x.get(JAVA_LONG_UNALIGNED, at));
                }
            }
            MemorySegment counts = row(0);
            counts.fill((byte) 0);
            long c = SortCalls.count(isa, t, sample, samples, plan, counts, false);
            NativeSort.check(c < 0 ? (int) c : 0);
            double scale = (double) n / samples;
            double sigmas = slackSigmas;
            long line = 64 / es;
            roomStart = take((nb + 1) * 8).asSlice(0, (nb + 1) * 8);
            long total = 0;
            for (int b = 0; b < nb; b++) {
                long s = counts.getAtIndex(JAVA_LONG, b);
                double want = scale * (s + sigmas * Math.sqrt((double) s) + sigmas);
                long room = want <= 0 ? 0 : (long) Math.min(n, Math.ceil(want));
                roomStart.setAtIndex(JAVA_LONG, b, total);
                total += (room + line - 1) / line * line;
            }
            roomStart.setAtIndex(JAVA_LONG, nb, total);
            if (total > SLACK_MAX_ROOM * n) {
                return countAfterAll();
            }
            try {
                roomKeys = take(total * es).asSlice(0, total * es);
            } catch (OutOfMemoryError e) {
                return countAfterAll(); // the packed keys need less
            }
            MemorySegment cursors = row(0);
            MemorySegment.copy(roomStart, 0, cursors, 0, nb * 8);
            final long cap = total;
            return pass(nchunks, true, (i, slot, stop) -> scatterChunk(i, slot, stop, cursors,
                    (xs, from, len, offsets, state, flags, critical) -> SortCalls.scatterPiece(isa, t, xs, len, plan,
                            offsets, roomKeys, cap, state, state.byteSize(), flags, critical)), this::afterRooms);
        }

        /**
         * Each bucket's keys are those between its room's start and its cursor. Every key of x
         * advanced exactly one cursor, so they add up to n; a cursor past its room's end means
         * keys of the next room were overwritten, and the sort counts after all.
         */
        private Pass afterRooms() {
            MemorySegment cursors = row(0);
            long sum = 0;
            for (int b = 0; b < nb; b++) {
                long start = roomStart.getAtIndex(JAVA_LONG, b);
                long len = cursors.getAtIndex(JAVA_LONG, b) - start;
                if (len < 0 || len > roomStart.getAtIndex(JAVA_LONG, b + 1) - start) {
                    return countAfterAll();
                }
                bounds.setAtIndex(JAVA_LONG, b, sum);
                sum += len;
            }
            bounds.setAtIndex(JAVA_LONG, nb, sum);
            checkTotal(sum);
            groups = groups(bounds);
            long nkeys = roomKeys.byteSize() / es;
            // Off-heap dst: a group of buckets a call. A heap dst: runs of neighbouring buckets of
            // at most HEAP_PIECE keys in all a critical call, a larger bucket sorted in its room
            // and copied (as heapBuckets does for the packed keys).
            return groupPass(false, (g0, g1, s) -> {
                MemorySegment work = work(s);
                MemorySegment tmp = keyScratch(s);
                if (dst.isNative()) {
                    NativeSort.check(SortCalls.bucketsAt(isa, t, roomKeys, nkeys, roomStart.asSlice(g0 * 8), dst, n,
                            bounds.asSlice(g0 * 8), g1 - g0, tmp, TMP_KEYS, work, false));
                    return;
                }
                heapRuns(g0, g1, (b, e) -> NativeSort.check(SortCalls.bucketsAt(isa, t, roomKeys, nkeys,
                        roomStart.asSlice(b * 8), dst, n, bounds.asSlice(b * 8), e - b, tmp, TMP_KEYS, work, true)), b -> {
                    long from = bounds.getAtIndex(JAVA_LONG, b);
                    long len = bounds.getAtIndex(JAVA_LONG, b + 1) - from;
                    MemorySegment k = roomKeys.asSlice(roomStart.getAtIndex(JAVA_LONG, b) * es, len * es);
                    MemorySegment one = moreScratch(s);
                    one.setAtIndex(JAVA_LONG, 0, 0);
                    one.setAtIndex(JAVA_LONG, 1, len);
                    NativeSort.check(SortCalls.buckets(isa, t, k, len, MemorySegment.NULL, one, 1, tmp, TMP_KEYS, work,
                            false));
                    copy(k, dst.asSlice(from * es, len * es), len * es);
                });
            }, () -> null);
        }

        /**
         * The direct sort of 8-byte keys into a heap array: the one bucket sorted into the
         * off-heap stage (an ordinary call, writing only the stage), then the stage copied to
         * dst by a pass that is not interruptible.
         */
        private Pass heapStagePass() {
            return pass(1, true, (g, slot, stop) -> {
                MemorySegment s = slotMemory.asSlice(slot * slotBytes, slotBytes);
                NativeSort.check(SortCalls.buckets(isa, t, keys, n, stage, bounds, 1, keyScratch(s), TMP_KEYS, work(s), false));
            }, () -> copyPass(stage, dst, n * es, false));
        }

        /**
         * The direct sort of 4-byte keys into a heap array: the keys sorted in place as keys (one
         * ordinary call), then turned back into elements straight into dst, in critical pieces.
         * The one bucket sorted into a heap array would take a pass more: elements in place in
         * the keys, then copied (float32 10^7 on AMD Zen 5, medians of alternated processes:
         * 3.74-3.88 ns per key that way, 3.67-3.73 this way). The key sort writes only the
         * keys (a cancellation before it starts leaves x as it was); dst is written by the last
         * pass only, which is not interruptible.
         */
        private Pass heapKeysPass() {
            return pass(1, true, (g, slot, stop) -> {
                MemorySegment s = slotMemory.asSlice(slot * slotBytes, slotBytes);
                NativeSort.check(SortCalls.keysort(isa, t, keys.asSlice(0, n * es), n, keyScratch(s), TMP_KEYS, work(s)));
            }, () -> pass(nchunks, false, (i, slot, stop) ->
                    pieces(dst, t, chunkFrom(i), chunkLength(i), stop, (ds, from, len, critical) ->
                            NativeSort.check(SortCalls.fromkeys(isa, t, keys.asSlice(from * es, len * es), len, ds, critical))),
                    () -> null));
        }

        @Override
        int scatter(MemorySegment xs, long from, long len, MemorySegment offsets, MemorySegment state, int flags,
                boolean critical) {
            return SortCalls.scatterPiece(isa, t, xs, len, plan, offsets, keys, n, state, state.byteSize(), flags, critical);
        }

        /**
         * Off-heap x: each group of buckets is sorted from the keys straight into its place in
         * x (the keys are the other buffer of the radix levels), so there is no copy pass; the
         * pass then writes x and is not interruptible, like the copy it replaces: once begun it
         * runs to its end, and a cancelled sort still leaves x as it was, or sorted. A heap x
         * can only be written in short critical calls, so there runs of buckets of at most
         * {@link #HEAP_PIECE} keys in all are sorted into x by a call each (tens of
         * microseconds), and a larger bucket is sorted in the keys and copied into x.
         */
        @Override
        Pass bucketPass() {
            final boolean direct = dst.isNative();
            return groupPass(false, (g0, g1, s) -> {
                MemorySegment work = work(s);
                MemorySegment tmp = keyScratch(s);
                if (!direct) {
                    heapBuckets(g0, g1, tmp, work);
                    return;
                }
                // dst (when direct) is all of x, n elements: the kernel writes bucket j's
                // keys to dst[bounds[j], bounds[j + 1]), bounded by nkeys = n.
                NativeSort.check(SortCalls.buckets(isa, t, keys, n, dst.asSlice(0, n * es),
                        bounds.asSlice(g0 * 8), g1 - g0, tmp, TMP_KEYS, work, false));
            }, () -> null);
        }

        /**
         * Heap x: runs of consecutive buckets of at most {@link #HEAP_PIECE} keys in all straight
         * into x by one critical call each (a run ends before a bucket that would take it past
         * that), a larger bucket on its own, sorted in the keys and copied.
         */
        private void heapBuckets(long g0, long g1, MemorySegment tmp, MemorySegment work) {
            heapRuns(g0, g1, (b, e) -> NativeSort.check(SortCalls.buckets(isa, t, keys, n, dst.asSlice(0, n * es),
                    bounds.asSlice(b * 8), e - b, tmp, TMP_KEYS, work, true)), b -> {
                long from = bounds.getAtIndex(JAVA_LONG, b);
                long len = bounds.getAtIndex(JAVA_LONG, b + 1) - from;
                NativeSort.check(SortCalls.buckets(isa, t, keys, n, MemorySegment.NULL, bounds.asSlice(b * 8), 1, tmp,
                        TMP_KEYS, work, false));
                copy(keys.asSlice(from * es, len * es), dst.asSlice(from * es, len * es), len * es);
            });
        }

        /** Buckets [b, e) sorted into a heap dst by one critical call. */
        interface HeapRun {
            void sort(long b, long e);
        }

        /**
         * The buckets [g0, g1) of a heap dst: each run of neighbouring non-empty buckets of at most
         * {@link #HEAP_PIECE} keys in all to {@code run} (a run ends before a bucket that would take
         * it past that), each larger bucket on its own to {@code big}.
         */
        private void heapRuns(long g0, long g1, HeapRun run, java.util.function.LongConsumer big) {
            for (long b = g0; b < g1; ) {
                long from = bounds.getAtIndex(JAVA_LONG, b);
                long len = bounds.getAtIndex(JAVA_LONG, b + 1) - from;
                if (len <= 0) {
                    b++;
                    continue;
                }
                if (len <= HEAP_PIECE) {
                    long e = b + 1;
                    while (e < g1 && bounds.getAtIndex(JAVA_LONG, e + 1) - from <= HEAP_PIECE) {
                        e++;
                    }
                    run.sort(b, e);
                    b = e;
                } else {
                    big.accept(b);
                    b++;
                }
            }
        }
    }

    // ---- argsort --------------------------------------------------------------------------

    /**
     * Stable argsort of x into out (n int64). Memory: n keys, plus n int64 when out is a heap
     * array. x is only read; a cancelled argsort leaves out with unspecified contents.
     */
    public static PassProgram<Void> argsort(int isa, DType t, MemorySegment x, long n, MemorySegment out, int slots) {
        return new ArgsortProgram(isa, t, x, n, out, slots);
    }

    private static final class ArgsortProgram extends Sorting {
        final MemorySegment out;
        final MemorySegment idx;

        ArgsortProgram(int isa, DType t, MemorySegment x, long n, MemorySegment out, int slots) {
            super(isa, t, x, n, slots, 1, SortCalls.bits(isa, t, n, 1), out.isNative() ? 0 : align(n * 8), align(TMP_KEYS * 8));
            this.out = out;
            idx = out.isNative() ? out.asSlice(0, n * 8) : indices;
        }

        @Override
        int scatter(MemorySegment xs, long from, long len, MemorySegment offsets, MemorySegment state, int flags,
                boolean critical) {
            return SortCalls.argscatterPiece(isa, t, xs, len, from, plan, offsets, keys, idx, n, state,
                    state.byteSize(), flags, critical);
        }

        @Override
        Pass bucketPass() {
            return groupPass(true, (g0, g1, s) -> {
                MemorySegment work = work(s);
                MemorySegment ktmp = keyScratch(s);
                MemorySegment itmp = moreScratch(s).asSlice(0, TMP_KEYS * 8);
                NativeSort.check(SortCalls.argbuckets(isa, t, keys, idx, n, bounds.asSlice(g0 * 8), g1 - g0, ktmp,
                        itmp, TMP_KEYS, work, false));
            }, () -> out.isNative() ? null : copyPass(idx, out, n * 8, true));
        }
    }

    // ---- select -----------------------------------------------------------------------------

    /**
     * Order statistics of x, which is only read. {@code ranksFor} gets the number of NaNs in x
     * and returns the ascending ranks wanted (each in [0, n)), or null/empty for none (the
     * values are then null). Elements are widened to double (exact but for int64 beyond
     * 2^53). Memory: the keys of the buckets holding a wanted rank.
     */
    public static PassProgram<Selection> select(int isa, DType t, MemorySegment x, long n, int slots,
                                                 LongFunction<long[]> ranksFor) {
        return new SelectProgram(isa, t, x, n, slots, ranksFor);
    }

    private static final class SelectProgram extends Bucketed<Selection> {
        final LongFunction<long[]> ranksFor;
        final long es;
        Selection result;
        long nan;
        long[] ranks;
        long[] totals;
        long[] starts;
        MemorySegment gathered;
        long gatheredKeys;

        SelectProgram(int isa, DType t, MemorySegment x, long n, int slots, LongFunction<long[]> ranksFor) {
            super(isa, t, x, n, slots, 0, SELECT_BITS);
            this.ranksFor = ranksFor;
            this.es = t.byteSize();
            long rowBytes = align(nchunks * nb * 8);
            MemorySegment m = take(PLAN_WORDS * 8 + rowBytes);
            plan = m.asSlice(0, PLAN_WORDS * 8);
            rows = m.asSlice(PLAN_WORDS * 8, rowBytes);
        }

        @Override
        Pass afterCount() {
            for (long c : nanPerChunk) {
                nan += c;
            }
            ranks = ranksFor.apply(nan);
            if (ranks == null || ranks.length == 0) {
                result = new Selection(nan, new long[0], null);
                return null;
            }
            totals = new long[(int) nb];
            starts = new long[(int) nb];
            long start = 0;
            for (int b = 0; b < nb; b++) {
                totals[b] = bucketTotal(b);
                starts[b] = start;
                start += totals[b];
            }
            // Needed buckets get consecutive regions of the gather buffer, each chunk its part.
            long filled = 0;
            int j = 0;
            for (int b = 0; b < nb; b++) {
                long end = starts[b] + totals[b];
                boolean needed = j < ranks.length && ranks[j] < end;
                while (j < ranks.length && ranks[j] < end) {
                    j++;
                }
                for (long i = 0; i < nchunks; i++) {
                    long c = rows.getAtIndex(JAVA_LONG, i * nb + b);
                    rows.setAtIndex(JAVA_LONG, i * nb + b, needed ? filled : -1);
                    if (needed) {
                        filled += c;
                    }
                }
            }
            checkTotal(start);
            gatheredKeys = filled;
            gathered = take(Math.max(8, filled * es));
            return rowPass((xs, from, len, offsets, critical) ->
                    SortCalls.gather(isa, t, xs, len, plan, offsets, gathered, gatheredKeys, critical), () -> {
                        long[] bits = new long[ranks.length];
                        result = new Selection(nan, ranks, selectGathered(bits), bits);
                        return null;
                    });
        }

        private double[] selectGathered(long[] bits) {
            double[] values = new double[ranks.length];
            MemorySegment ks = take(ranks.length * 8L);
            MemorySegment vals = take(ranks.length * 8L);
            long region = 0;
            int j = 0;
            for (int b = 0; b < nb && j < ranks.length; b++) {
                long end = starts[b] + totals[b];
                if (ranks[j] >= end) {
                    continue;
                }
                int first = j;
                while (j < ranks.length && ranks[j] < end) {
                    ks.setAtIndex(JAVA_LONG, j - first, ranks[j] - starts[b]);
                    j++;
                }
                MemorySegment keys = gathered.asSlice(region * es, totals[b] * es);
                NativeSort.check(SortCalls.keyselect(isa, t, keys, totals[b], ks, j - first, vals, false));
                for (int q = first; q < j; q++) {
                    values[q] = switch (t) {
                        case F64 -> vals.getAtIndex(JAVA_DOUBLE, q - first);
                        case F32 -> vals.getAtIndex(JAVA_FLOAT, q - first);
                        case I64 -> vals.getAtIndex(JAVA_LONG, q - first);
                        case I32 -> vals.getAtIndex(JAVA_INT, q - first);
                    };
                    bits[q] = switch (t) {
                        case F64, I64 -> vals.getAtIndex(JAVA_LONG, q - first);
                        case F32 -> vals.getAtIndex(JAVA_INT, q - first) & 0xffffffffL;
                        case I32 -> vals.getAtIndex(JAVA_INT, q - first);
                    };
                }
                region += totals[b];
            }
            return values;
        }

        @Override
        public Selection result() {
            return result;
        }
    }

    // ---- histogram --------------------------------------------------------------------------

    /**
     * numpy.histogram with equal bins u of x (dtype u.dtype()): a partial histogram per slot
     * (heap long[], bins each), added up in slot order. Memory: slots x bins longs.
     */
    public static PassProgram<long[]> histogram(int isa, MemorySegment x, long n, HistBins u, int slots) {
        MemorySegment e = NativeHist.edgeSegment(u);
        return new HistProgram(x, n, u.dtype().byteSize(), u.bins(), slots,
                (xs, m, c) -> NativeHist.uniformPiece(isa, u, xs, m, e, c));
    }

    /**
     * numpy.histogram with explicit edges (a private copy, non-decreasing) of x of dtype t: a
     * partial histogram per slot, added up in slot order. Memory: slots x (edges - 1) longs.
     */
    public static PassProgram<long[]> histogramEdges(int isa, DType t, MemorySegment x, long n, double[] edges,
                                                     int slots) {
        MemorySegment e = MemorySegment.ofArray(edges);
        return new HistProgram(x, n, t.byteSize(), edges.length - 1, slots,
                (xs, m, c) -> NativeHist.edgesPiece(isa, t, xs, m, e, edges.length, c));
    }

    /** Adds m values at xs into the counts c (a heap long[]) in one critical downcall. */
    private interface HistPiece {
        void add(MemorySegment xs, long m, MemorySegment c);
    }

    private static final class HistProgram extends PassProgram.OnePass<long[]> {
        final MemorySegment x;
        final long n;
        final long es;
        final int bins;
        final HistPiece piece;
        final long chunk;
        final long[][] partial;

        HistProgram(MemorySegment x, long n, long es, int bins, int slots, HistPiece piece) {
            super(slots);
            this.x = x;
            this.n = n;
            this.es = es;
            this.bins = bins;
            this.piece = piece;
            this.chunk = chunkSize(n, slots);
            this.partial = new long[slots][];
        }

        @Override
        protected long chunks() {
            return chunkCount(n, chunk);
        }

        @Override
        protected void chunk(long i, int slot, StopSignal stop) {
            long[] counts = partial[slot];
            if (counts == null) {
                counts = partial[slot] = new long[bins];
            }
            long from = i * chunk;
            long len = Math.min(chunk, n - from);
            MemorySegment c = MemorySegment.ofArray(counts);
            // Critical calls of at most HEAP_PIECE elements, on heap and off-heap x alike:
            // the edges and counts are Java arrays.
            for (long off = 0; off < len; off += HEAP_PIECE) {
                if (off > 0 && stop.stopRequested()) {
                    throw new CancellationException("cancellation requested");
                }
                long m = Math.min(HEAP_PIECE, len - off);
                piece.add(x.asSlice((from + off) * es, m * es), m, c);
            }
        }

        @Override
        protected long[] finish() {
            long[] result = new long[bins];
            for (long[] p : partial) {
                if (p != null) {
                    for (int b = 0; b < bins; b++) {
                        result[b] += p[b];
                    }
                }
            }
            return result;
        }
    }
}
