package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build runs the tests on the module path (surefire, {@code k4j.modulePath=true}): the module
 * descriptor is in force, so what the tests prove holds for the module users get, and only
 * {@code org.kernels4j} is exported. Run on the class path (an IDE), the test is skipped.
 */
class ModuleBoundaryTest {
    private static void assumeModulePath() {
        assumeTrue(Boolean.getBoolean("k4j.modulePath"), "tests run on the class path");
    }

    @Test
    void theLibraryAndItsTestsRunInTheNamedModule() {
        assumeModulePath();
        Module m = Kernels.class.getModule();
        assertTrue(m.isNamed(), "Kernels is in the unnamed module: the tests run on the class path");
        assertEquals("org.kernels4j", m.getName());
        assertEquals(m, ModuleBoundaryTest.class.getModule(), "the test classes are not patched into the module");
        assertEquals(m, org.kernels4j.backend.Backends.class.getModule());
    }

    @Test
    void onlyThePublicApiIsExported() {
        assumeModulePath();
        Module m = Kernels.class.getModule();
        ModuleDescriptor d = m.getDescriptor();
        Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("org.kernels4j"), exports);
        assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
        assertTrue(m.isExported("org.kernels4j"));
        // At run time the internals are opened to JUnit (in the unnamed module) by surefire's
        // --add-opens for the test packages only; no other module reaches them.
        for (String internal : java.util.List.of("org.kernels4j.backend", "org.kernels4j.ffi", "org.kernels4j.planner")) {
            assertTrue(m.getPackages().contains(internal), internal);
            assertFalse(m.isExported(internal, Object.class.getModule()), internal + " is exported to java.base");
        }
    }
}
