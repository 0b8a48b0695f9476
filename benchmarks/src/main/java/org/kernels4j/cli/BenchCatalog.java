package org.kernels4j.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kernels4j.bench.BenchFamily;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * The kernel families in this jar: every JMH class annotated {@link BenchFamily}, read from
 * JMH's generated benchmark list, with its ops and backends from the method names
 * ({@code <op>_<backend>}).
 */
final class BenchCatalog {
    static final List<String> DEFAULT_SIZES = List.of("1000", "100000", "10000000");

    /** One benchmark method. */
    record Method(String fullName, String op, String backend) {
    }

    /** One family. */
    record Family(String name, int order, String className, List<String> defaultSizes,
                  Map<String, BenchFamily.Op> work, List<Method> methods) {
        Set<String> ops() {
            Set<String> s = new LinkedHashSet<>();
            methods.forEach(m -> s.add(m.op()));
            return s;
        }

        /** Whether an op runs in a run without --kernels (ops not marked otherwise do). */
        boolean isQuick(String op) {
            BenchFamily.Op w = work.get(op);
            return w == null || w.quick();
        }

        Set<String> backends() {
            List<String> l = new ArrayList<>(methods.stream().map(Method::backend).distinct().toList());
            l.sort(Comparator.comparingInt(Backends::order));
            return new LinkedHashSet<>(l);
        }
    }

    private final List<Family> families;

    private BenchCatalog(List<Family> families) {
        this.families = families;
    }

    List<Family> families() {
        return families;
    }

    static BenchCatalog load(OutputFormat quiet) {
        Set<BenchmarkListEntry> entries = BenchmarkList.defaultList().getAll(quiet, List.of());
        Map<String, List<String>> byClass = new TreeMap<>();
        for (BenchmarkListEntry e : entries) {
            byClass.computeIfAbsent(e.getUserClassQName(), k -> new ArrayList<>()).add(e.getUsername());
        }
        List<Family> fams = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : byClass.entrySet()) {
            Class<?> cls;
            try {
                cls = Class.forName(c.getKey(), false, BenchCatalog.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            BenchFamily f = cls.getAnnotation(BenchFamily.class);
            if (f == null) {
                continue;
            }
            Map<String, BenchFamily.Op> work = new LinkedHashMap<>();
            for (BenchFamily.Op op : f.ops()) {
                work.put(op.name(), op);
            }
            List<Method> methods = new ArrayList<>();
            for (String full : c.getValue()) {
                String m = full.substring(full.lastIndexOf('.') + 1);
                int us = m.lastIndexOf('_');
                String op = us > 0 ? m.substring(0, us) : m;
                String backend = us > 0 ? Backends.label(m.substring(us + 1)) : "jmh";
                methods.add(new Method(full, op, backend));
            }
            // Methods in op order of the annotation, then backend order.
            List<String> opOrder = new ArrayList<>(work.keySet());
            methods.sort(Comparator.<Method>comparingInt(mm -> {
                int i = opOrder.indexOf(mm.op());
                return i < 0 ? opOrder.size() : i;
            }).thenComparing(Method::op).thenComparingInt(mm -> Backends.order(mm.backend())));
            List<String> sizes = f.sizes().length > 0 ? List.of(f.sizes()) : DEFAULT_SIZES;
            fams.add(new Family(f.name(), f.order(), c.getKey(), sizes, work, methods));
        }
        fams.sort(Comparator.comparingInt(Family::order).thenComparing(Family::name));
        return new BenchCatalog(List.copyOf(fams));
    }
}
