package org.kernels4j.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Tallies which kernels4j backend each partition ran on. */
final class BackendTally {
    private final TreeMap<String, Integer> partitions = new TreeMap<>();

    void add(String backend) {
        partitions.merge(backend, 1, Integer::sum);
    }

    Map<String, Integer> toMap() {
        return Collections.unmodifiableMap(new TreeMap<>(partitions));
    }
}
