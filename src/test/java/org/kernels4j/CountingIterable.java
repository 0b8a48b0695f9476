package org.kernels4j;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Inputs 0, 1, 2, ... (up to {@code size}, or endless) that count how many have been read, and by whom. */
final class CountingIterable implements Iterable<Integer> {
    final AtomicInteger read = new AtomicInteger();
    final Set<Thread> readers = ConcurrentHashMap.newKeySet();
    private final long size;

    CountingIterable(long size) {
        this.size = size;
    }

    static CountingIterable endless() {
        return new CountingIterable(Long.MAX_VALUE);
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.get() < size;
            }

            @Override
            public Integer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                readers.add(Thread.currentThread());
                return read.getAndIncrement();
            }
        };
    }
}
