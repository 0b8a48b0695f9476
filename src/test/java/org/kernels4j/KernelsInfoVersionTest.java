package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The version the build wrote into the library is the project's version, also when the
 * classes come from a directory (as here, under surefire) rather than from the jar.
 */
class KernelsInfoVersionTest {

    @Test
    void libraryVersionIsTheBuildsVersion() {
        String expected = System.getProperty("k4j.expectedVersion");
        assertNotNull(expected, "surefire passes the project version as k4j.expectedVersion");
        assertEquals(expected, KernelsInfo.libraryVersion());
    }

    @Test
    void infoCarriesTheVersion() {
        KernelsInfo info = Kernels.info();
        assertEquals(KernelsInfo.libraryVersion(), info.version());
        assertTrue(info.toString().startsWith("kernels4j " + info.version() + " backend="), info.toString());
    }
}
