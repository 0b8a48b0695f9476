package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which forced path may run under which best path, on x86-64 and on aarch64. */
class IsaTest {

    @Test
    void x86PathsRunAtOrBelowTheBest() {
        assertTrue(Isa.BASELINE.within(Isa.AVX2));
        assertTrue(Isa.AVX2.within(Isa.AVX2));
        assertFalse(Isa.AVX512.within(Isa.AVX2));
        assertTrue(Isa.AVX2.within(Isa.AVX512));
        assertFalse(Isa.AVX2.within(Isa.BASELINE));
        assertFalse(Isa.NEON.within(Isa.AVX512), "a NEON path on an x86 CPU");
    }

    @Test
    void aarch64HasBaselineAndNeonOnly() {
        assertTrue(Isa.BASELINE.within(Isa.NEON));
        assertTrue(Isa.NEON.within(Isa.NEON));
        assertFalse(Isa.AVX2.within(Isa.NEON), "an x86 path on an aarch64 CPU");
        assertFalse(Isa.AVX512.within(Isa.NEON));
        assertFalse(Isa.NEON.within(Isa.BASELINE));
    }

    @Test
    void codesMatchTheHeader() throws Exception {
        String header = Files.readString(Path.of("native/include/k4j.h"));
        for (Isa isa : Isa.values()) {
            Matcher m = Pattern.compile("#define K4J_ISA_" + isa.name() + " (\\d+)").matcher(header);
            assertTrue(m.find(), "k4j.h has no K4J_ISA_" + isa.name());
            assertEquals(Integer.parseInt(m.group(1)), isa.code(), isa.name());
            assertEquals(isa, Isa.ofCode(isa.code()));
        }
        assertEquals(Isa.NEON, Isa.parse(" Neon "));
        assertNull(Isa.parse("auto"));
        assertThrows(IllegalArgumentException.class, () -> Isa.parse("sve"));
    }
}
