package org.kernels4j.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps native/include/k4j.h and the hand-shaped bindings in k4j_h in step. */
class HeaderBindingsTest {
    private static final Pattern DECL = Pattern.compile("^K4J_API\\s+(.+?)\\s*\\b(k4j_\\w+)\\s*\\((.*)\\);\\s*$");

    record CFunction(String name, Class<?> ret, List<Class<?>> params) {
    }

    static Class<?> javaType(String ctype) {
        String t = ctype.replace("const ", "").trim();
        if (t.endsWith("*")) {
            return MemorySegment.class;
        }
        return switch (t) {
            case "void" -> void.class;
            case "int32_t" -> int.class;
            case "int64_t" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            default -> throw new AssertionError("type " + t + " has no binding rule: extend the test and the generator");
        };
    }

    static Map<String, CFunction> parseHeader() throws IOException {
        Map<String, CFunction> out = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("native/include/k4j.h"))) {
            String s = line.trim();
            if (s.startsWith("K4J_API") && !s.startsWith("K4J_API __")) {
                Matcher m = DECL.matcher(s);
                assertTrue(m.matches(), "declaration not in the one-line form the bindings follow: " + s);
                List<Class<?>> params = new ArrayList<>();
                String p = m.group(3).trim();
                if (!p.equals("void")) {
                    for (String param : p.split(",")) {
                        String ptype = param.trim().replaceAll("\\w+$", "").trim();
                        params.add(javaType(ptype));
                    }
                }
                out.put(m.group(2), new CFunction(m.group(2), javaType(m.group(1)), params));
            }
        }
        return out;
    }

    static Class<?> carrier(MemoryLayout layout) {
        return ((ValueLayout) layout).carrier();
    }

    @Test
    void everyHeaderFunctionHasAMatchingBindingAndViceVersa() throws Exception {
        Map<String, CFunction> header = parseHeader();
        assertFalse(header.isEmpty(), "no declarations parsed from k4j.h");
        Map<String, Method> wrappers = new TreeMap<>();
        for (Method m : k4j_h.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.getName().contains("$")) {
                wrappers.put(m.getName(), m);
            }
        }
        assertEquals(header.keySet(), wrappers.keySet(), "functions declared in k4j.h vs bound in k4j_h");
        for (CFunction f : header.values()) {
            Method w = wrappers.get(f.name());
            assertEquals(f.ret(), w.getReturnType(), f.name() + " return type");
            assertEquals(f.params(), List.of(w.getParameterTypes()), f.name() + " parameters");
            if (f.name().startsWith("k4j_mem_") || f.name().startsWith("k4j_gemm_workspace_size_")
                    || f.name().startsWith("k4j_gemm_packb_size_") || f.name().startsWith("k4j_gemm_packb_panels_")
                    || f.name().startsWith("k4j_gemm_gemm_packed_") || f.name().startsWith("k4j_sort_bits_")
                    || f.name().startsWith("k4j_sort_direct_")) {
                // Allocation and release may take unbounded time: never a critical call; gemm's
                // workspace and packing queries and the sort's bits take no array, so a critical form would gain
                // nothing; gemm on a packed B is a whole product, far longer than a critical call may be.
                assertThrows(NoSuchMethodException.class,
                        () -> k4j_h.class.getMethod(f.name() + "$critical", w.getParameterTypes()), f.name());
                assertThrows(NoSuchMethodException.class, () -> k4j_h.class.getMethod(f.name() + "$criticalHandle"),
                        f.name());
            } else {
                Method critical = k4j_h.class.getMethod(f.name() + "$critical", w.getParameterTypes());
                assertEquals(f.ret(), critical.getReturnType(), f.name() + "$critical return type");
            }
            FunctionDescriptor d = (FunctionDescriptor) k4j_h.class.getMethod(f.name() + "$descriptor").invoke(null);
            assertEquals(f.params(), d.argumentLayouts().stream().map(HeaderBindingsTest::carrier).toList(),
                    f.name() + " descriptor arguments");
            assertEquals(f.ret(), d.returnLayout().map(HeaderBindingsTest::carrier).orElse((Class) void.class),
                    f.name() + " descriptor return");
        }
    }

    @Test
    void everyBindingResolvesInTheLoadedLibrary() throws Exception {
        for (String name : parseHeader().keySet()) {
            MemorySegment address = (MemorySegment) k4j_h.class.getMethod(name + "$address").invoke(null);
            assertTrue(address.address() != 0, name + " resolved to NULL");
        }
    }
}
