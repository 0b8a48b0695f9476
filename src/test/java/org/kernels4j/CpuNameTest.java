package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuNameTest {

    @Test
    void firstProcessorsVendorFamilyModelAndName() {
        List<String> lines = List.of("processor\t: 0", "vendor_id\t: AuthenticAMD", "cpu family\t: 26",
                "model\t\t: 2", "model name\t: AMD EPYC 9R45", "stepping\t: 1", "",
                "processor\t: 1", "vendor_id\t: GenuineIntel", "cpu family\t: 6", "model\t\t: 143",
                "model name\t: other");
        assertEquals("AuthenticAMD family 26 model 2 (AMD EPYC 9R45)", CpuName.parse(lines));
    }

    @Test
    void unknownWithoutFields() {
        assertTrue(CpuName.parse(List.of("Features\t: fp asimd")).contains("CPU unknown"));
        assertTrue(CpuName.read(java.nio.file.Path.of("/nonexistent/cpuinfo")).contains("CPU unknown"));
    }
}
