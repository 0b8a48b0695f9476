package org.kernels4j;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * The result of {@link Futures#await}: the distinct futures that were done when it returned, and
 * the others, as Python's {@code DoneAndNotDoneFutures}. Both sets are unmodifiable, disjoint, and
 * iterate in the order the futures first appeared in the collection given to {@code await}.
 *
 * @param done the futures that were done (completed normally, exceptionally, or cancelled)
 * @param notDone the futures that were not
 * @param <F> the type of the futures
 */
public record DoneAndNotDone<F extends Future<?>>(Set<F> done, Set<F> notDone) {

    /** Copies both sets into unmodifiable sets that keep their iteration order. */
    public DoneAndNotDone {
        done = Collections.unmodifiableSet(new LinkedHashSet<>(done));
        notDone = Collections.unmodifiableSet(new LinkedHashSet<>(notDone));
    }

    /** Splits {@code futures} (already distinct) by whether each is done now. */
    static <F extends Future<?>> DoneAndNotDone<F> snapshot(Iterable<F> futures) {
        Set<F> done = new LinkedHashSet<>();
        Set<F> notDone = new LinkedHashSet<>();
        for (F f : futures) {
            (f.isDone() ? done : notDone).add(f);
        }
        return new DoneAndNotDone<>(done, notDone);
    }
}
