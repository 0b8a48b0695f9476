package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kernels4j.Kernels;

/**
 * The library jar this tool is built against is a module whose boundary holds: it exports the
 * API package only, keeps the planner, backends and bindings inside, and is a library (no
 * Main-Class). The tool itself runs the library on the class path, where every package is
 * reachable; this test loads the jar as a module to see the boundary its users get.
 */
class LibraryJarTest {
    private static Path libraryJar() throws Exception {
        Path p = Path.of(Kernels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(p.toString().endsWith(".jar"), "the library is not a jar here: " + p);
        return p;
    }

    @Test
    void isAModuleExportingOnlyItsApi() throws Exception {
        ModuleDescriptor d = ModuleFinder.of(libraryJar()).find("org.kernels4j").orElseThrow().descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("org.kernels4j"), exported);
        assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), d.exports().toString());
        assertTrue(d.packages().containsAll(Set.of("org.kernels4j.planner", "org.kernels4j.backend", "org.kernels4j.ffi")),
                d.packages().toString());
        assertTrue(d.mainClass().isEmpty(), "module main class " + d.mainClass());
    }

    @Test
    void hasNoMainClass() throws Exception {
        try (JarFile jar = new JarFile(libraryJar().toFile())) {
            assertNull(jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void internalsAreOutOfReachOnTheModulePath() throws Exception {
        ModuleLayer parent = ModuleLayer.boot();
        Configuration cf = parent.configuration().resolve(ModuleFinder.of(libraryJar()), ModuleFinder.of(),
                Set.of("org.kernels4j"));
        ModuleLayer layer = parent.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.kernels4j");
        Class<?> api = Class.forName("org.kernels4j.Kernels", false, loader);
        Class<?> internal = Class.forName("org.kernels4j.backend.Backends", false, loader);
        Module m = api.getModule();
        assertTrue(m.isExported("org.kernels4j"));
        assertTrue(!m.isExported("org.kernels4j.backend") && !m.isExported("org.kernels4j.planner")
                && !m.isExported("org.kernels4j.ffi"));
        // From this (unnamed) module, a public method of a non-exported package is out of reach.
        assertThrows(IllegalAccessException.class, () -> internal.getMethod("current").invoke(null));
    }
}
