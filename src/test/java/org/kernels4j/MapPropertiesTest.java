package org.kernels4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** map agrees with a sequential loop for any inputs, chunksize and buffersize. */
class MapPropertiesTest {
    private static ComputePool pool;

    @BeforeContainer
    static void startPool() {
        pool = ComputePool.create(2);
    }

    @AfterContainer
    static void closePool() {
        pool.close();
    }

    @Property(tries = 200)
    void resultsEqualASequentialMapInInputOrder(
            @ForAll @Size(max = 60) List<Integer> inputs,
            @ForAll @IntRange(min = 1, max = 7) int chunksize,
            @ForAll @IntRange(min = 0, max = 5) int buffersize) {
        List<Long> expected = inputs.stream().map(x -> (long) x * x).toList();
        List<Long> actual = new ArrayList<>();
        MapOptions options = MapOptions.defaults().withChunksize(chunksize).withBuffersize(buffersize);
        try (MapIterator<Long> it = pool.map(x -> (long) x * x, inputs, options)) {
            it.forEachRemaining(actual::add);
        }
        if (!expected.equals(actual)) {
            throw new AssertionError(expected + " != " + actual);
        }
    }

    @Property(tries = 200)
    void theFirstFailingInputInInputOrderIsReportedAfterEveryEarlierResult(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 9) Integer> inputs,
            @ForAll @IntRange(min = 1, max = 5) int chunksize,
            @ForAll @IntRange(min = 0, max = 3) int buffersize) {
        // Inputs equal to 0 fail, with their position in the message.
        int firstFailure = inputs.indexOf(0);
        List<Integer> delivered = new ArrayList<>();
        MapOptions options = MapOptions.defaults().withChunksize(chunksize).withBuffersize(buffersize);
        Throwable thrown = null;
        try (MapIterator<Integer> it = pool.map(x -> 100 / x, inputs, options)) {
            while (it.hasNext()) {
                delivered.add(it.next());
            }
        } catch (CompletionException e) {
            thrown = e.getCause();
        }
        int expectedCount = firstFailure < 0 ? inputs.size() : firstFailure;
        if (delivered.size() != expectedCount) {
            throw new AssertionError("delivered " + delivered.size() + " results, expected " + expectedCount);
        }
        if ((firstFailure >= 0) != (thrown instanceof ArithmeticException)) {
            throw new AssertionError("failure at " + firstFailure + " but thrown " + thrown);
        }
    }
}
