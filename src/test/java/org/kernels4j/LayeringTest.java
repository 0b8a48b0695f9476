package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of the library visible: it reads the imports (and fully qualified names) of
 * every main source and fails on an import from a lower layer to a higher one, or on a cycle
 * between packages, as {@code HeaderBindingsTest} keeps the header and the bindings in step.
 *
 * <pre>
 *   org.kernels4j          public API: facade, arrays, matrices, pool, futures, value types
 *   org.kernels4j.planner  chunk planning, the chunk engine, pool kernels, argument checks
 *   org.kernels4j.backend  one implementation per way of computing (FFM, plain Java)
 *   org.kernels4j.ffi      the bindings of native/include/k4j.h and the library loader
 * </pre>
 *
 * A package may use the ones below it, never the ones above it. A new package must be placed in
 * {@link #LAYERS} before it compiles into the library.
 */
class LayeringTest {
    /** Highest layer first. */
    static final List<String> LAYERS = List.of(
            "org.kernels4j",
            "org.kernels4j.planner",
            "org.kernels4j.backend",
            "org.kernels4j.ffi");

    /**
     * Upward uses that exist today and are on their way out, as "package -> type". This list
     * may only shrink: a use not listed here fails, and so does an entry no source needs any
     * more (delete it). These are the API's vocabulary types (element type, arrays, results)
     * that the layers below still take as parameters.
     */
    static final Set<String> KNOWN_UPWARD = Set.of(
            "org.kernels4j.planner -> org.kernels4j.ComputePool",
            "org.kernels4j.planner -> org.kernels4j.DType",
            "org.kernels4j.planner -> org.kernels4j.Description",
            "org.kernels4j.planner -> org.kernels4j.DoubleArray",
            "org.kernels4j.planner -> org.kernels4j.DoubleHistogram",
            "org.kernels4j.planner -> org.kernels4j.FloatArray",
            "org.kernels4j.planner -> org.kernels4j.Histogram",
            "org.kernels4j.planner -> org.kernels4j.IntArray",
            "org.kernels4j.planner -> org.kernels4j.LongArray",
            "org.kernels4j.planner -> org.kernels4j.Moments",
            "org.kernels4j.planner -> org.kernels4j.NumericArray",
            "org.kernels4j.planner -> org.kernels4j.NumericMatrix",
            "org.kernels4j.planner -> org.kernels4j.QuantileMethod",
            "org.kernels4j.planner -> org.kernels4j.Unique",
            "org.kernels4j.planner -> org.kernels4j.UniqueLongs",
            "org.kernels4j.backend -> org.kernels4j.DType",
            "org.kernels4j.backend -> org.kernels4j.Isa");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
    /** A fully qualified type name in code: lower-case package parts, then a capitalised name. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.kernels4j(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    /** One use of a type of this library by a source file. */
    record Use(String file, String fromPackage, String toPackage, String toType) {
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> packages = new TreeSet<>();
        for (Source s : sources()) {
            packages.add(s.pkg);
        }
        Set<String> unplaced = new TreeSet<>(packages);
        unplaced.removeAll(LAYERS);
        assertTrue(unplaced.isEmpty(), "packages without a layer (add them to LayeringTest.LAYERS): " + unplaced);
        assertTrue(packages.containsAll(LAYERS), "a layer without sources: " + LAYERS + " vs " + packages);
    }

    @Test
    void noImportFromALowerLayerToAHigherOne() {
        List<String> violations = new ArrayList<>();
        Set<String> knownUsed = new TreeSet<>();
        for (Use u : uses()) {
            int from = LAYERS.indexOf(u.fromPackage);
            int to = LAYERS.indexOf(u.toPackage);
            if (from < 0 || to < 0 || to >= from) {
                continue;
            }
            String edge = u.fromPackage + " -> " + u.toPackage + "." + u.toType;
            if (KNOWN_UPWARD.contains(edge)) {
                knownUsed.add(edge);
            } else {
                violations.add(u.file + ": uses " + u.toPackage + "." + u.toType + " from a higher layer");
            }
        }
        if (!violations.isEmpty()) {
            fail("imports from a lower layer to a higher one:\n  " + String.join("\n  ", violations));
        }
        Set<String> stale = new TreeSet<>(KNOWN_UPWARD);
        stale.removeAll(knownUsed);
        assertTrue(stale.isEmpty(), "no longer used, delete from LayeringTest.KNOWN_UPWARD: " + stale);
    }

    @Test
    void noCycleBetweenPackages() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Use u : uses()) {
            if (u.fromPackage.equals(u.toPackage)) {
                continue;
            }
            if (KNOWN_UPWARD.contains(u.fromPackage + " -> " + u.toPackage + "." + u.toType)) {
                continue;
            }
            graph.computeIfAbsent(u.fromPackage, k -> new TreeSet<>()).add(u.toPackage);
        }
        List<String> cycle = findCycle(graph);
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle));
    }

    @Test
    void findsACycleWhereThereIsOne() {
        // The detector itself: a -> b -> c -> a is a cycle; a -> b, a -> c, b -> c is not.
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertEquals(4, findCycle(cyclic).size());
        Map<String, Set<String>> acyclic = Map.of("a", Set.of("b", "c"), "b", Set.of("c"));
        assertTrue(findCycle(acyclic).isEmpty());
    }

    @Test
    void readsImportsAndQualifiedNames() {
        String src = """
                package org.kernels4j.backend;
                import org.kernels4j.ffi.k4j_h;
                import static org.kernels4j.planner.Checks.alive;
                /** {@link org.kernels4j.Kernels} in a comment does not count. */
                class X { Object o = new org.kernels4j.DType[0]; String s = "org.kernels4j.Futures"; }
                """;
        Set<String> found = new TreeSet<>();
        for (Use u : usesOf("X.java", src)) {
            found.add(u.toPackage + "." + u.toType);
        }
        assertEquals(Set.of("org.kernels4j.ffi.k4j_h", "org.kernels4j.planner.Checks", "org.kernels4j.DType"), found);
    }

    // ---- reading the sources --------------------------------------------------------------------

    private record Source(Path path, String pkg, String text) {
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Source> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (p.getFileName().toString().equals("module-info.java")) {
                    continue;
                }
                String text = Files.readString(p);
                Matcher m = PACKAGE.matcher(text);
                if (!m.find()) {
                    fail(p + ": no package declaration");
                }
                out.add(new Source(p, m.group(1), text));
            }
            assertTrue(out.size() > 20, "found only " + out.size() + " sources under " + MAIN.toAbsolutePath());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Use> uses() {
        List<Use> all = new ArrayList<>();
        for (Source s : sources()) {
            all.addAll(usesOf(MAIN.relativize(s.path).toString(), s.text));
        }
        return all;
    }

    static List<Use> usesOf(String file, String text) {
        String code = withoutCommentsAndStrings(text);
        Matcher pm = PACKAGE.matcher(code);
        String pkg = pm.find() ? pm.group(1) : "";
        List<Use> out = new ArrayList<>();
        Matcher im = IMPORT.matcher(code);
        while (im.find()) {
            addType(out, file, pkg, im.group(1));
        }
        // Fully qualified names in the body (package and import lines blanked first).
        String body = PACKAGE.matcher(IMPORT.matcher(code).replaceAll("")).replaceAll("");
        Matcher qm = QUALIFIED.matcher(body);
        while (qm.find()) {
            out.add(new Use(file, pkg, qm.group(1), qm.group(2)));
        }
        return out;
    }

    /** From "a.b.C.d" (a static member, or a nested type) the package "a.b" and the type "C". */
    private static void addType(List<Use> out, String file, String pkg, String name) {
        if (!name.startsWith("org.kernels4j.")) {
            return;
        }
        String[] parts = name.split("\\.");
        StringBuilder p = new StringBuilder();
        for (String part : parts) {
            if (Character.isUpperCase(part.charAt(0)) || part.equals("k4j_h")) {
                out.add(new Use(file, pkg, p.toString(), part));
                return;
            }
            if (!p.isEmpty()) {
                p.append('.');
            }
            p.append(part);
        }
    }

    /** The source with comments, string literals, text blocks and char literals blanked. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(s.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < n && s.charAt(k) != c) {
                    k += s.charAt(k) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(n, k + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A cycle as its nodes, first node repeated at the end; empty if the graph has none. */
    static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the stack, 2 done
        List<String> stack = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> c = visit(start, graph, state, stack);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> stack) {
        Integer st = state.get(node);
        if (st != null && st == 2) {
            return List.of();
        }
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        stack.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            List<String> c = visit(next, graph, state, stack);
            if (!c.isEmpty()) {
                return c;
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
        return List.of();
    }
}
