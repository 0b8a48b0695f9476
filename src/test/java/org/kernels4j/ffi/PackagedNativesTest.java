package org.kernels4j.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The natives the jar carries: one per Linux architecture, each built for its CPU, each
 * loadable on glibc 2.28 (RHEL 8, Debian 10, Ubuntu 20.04), and the platform folder the
 * loader picks from {@code os.name} and {@code os.arch}.
 */
class PackagedNativesTest {

    /** The oldest glibc the natives must load on. */
    private static final int[] OLDEST_GLIBC = {2, 28};

    private static final int EM_X86_64 = 62;
    private static final int EM_AARCH64 = 183;

    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, linux-x86_64",
        "Linux, x86_64, linux-x86_64",
        "Linux, aarch64, linux-aarch64",
        "Linux, arm64, linux-aarch64",
        "Mac OS X, aarch64, macos-aarch64",
        "Windows 11, amd64, windows-x86_64",
    })
    void platformFolderFollowsOsNameAndArch(String osName, String osArch, String folder) {
        assertEquals(folder, NativeLibrary.platform(osName, osArch));
    }

    @Test
    void thisJvmLoadsTheNativeOfItsOwnPlatform() {
        NativeLibrary.Status s = NativeLibrary.status();
        if (System.getProperty(NativeLibrary.PATH_PROPERTY) == null) {
            assertEquals("native/" + NativeLibrary.platform() + "/libk4j.so", s.source(), s.toString());
        }
        assertTrue(s.loaded(), s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux-x86_64", "linux-aarch64"})
    void theJarCarriesANativeForEachLinuxArchitecture(String platform) throws IOException {
        int machine = elfMachine(platform);
        assertEquals(platform.endsWith("aarch64") ? EM_AARCH64 : EM_X86_64, machine,
                platform + " library is built for ELF machine " + machine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux-x86_64", "linux-aarch64"})
    void loadsOnGlibc228(String platform) throws Exception {
        Path lib = libraryFile(platform);
        List<String> out = objdumpDynamicSymbols(lib);
        Pattern version = Pattern.compile("\\(GLIBC_(\\d+)\\.(\\d+)(?:\\.(\\d+))?\\)\\s+(\\S+)");
        int[] highest = {0, 0};
        String highestSymbol = null;
        int glibcSymbols = 0;
        List<String> tooNew = new ArrayList<>();
        for (String line : out) {
            Matcher m = version.matcher(line);
            if (!m.find()) {
                continue;
            }
            glibcSymbols++;
            int[] v = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            if (compare(v, highest) > 0) {
                highest = v;
                highestSymbol = m.group(4);
            }
            if (compare(v, OLDEST_GLIBC) > 0) {
                tooNew.add(m.group(4) + "@GLIBC_" + v[0] + "." + v[1]);
            }
        }
        assertTrue(glibcSymbols > 5, "objdump -T found no GLIBC_ symbols in " + lib + ": " + out);
        assertEquals(List.of(), tooNew, platform + " needs a glibc newer than 2.28 (highest: GLIBC_"
                + highest[0] + "." + highest[1] + " for " + highestSymbol + ")");
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    private static int elfMachine(String platform) throws IOException {
        try (InputStream in = PackagedNativesTest.class.getResourceAsStream(NativeLibrary.resourceName(platform))) {
            assertNotNull(in, "no " + NativeLibrary.resourceName(platform) + " on the class path");
            byte[] h = in.readNBytes(20);
            assertEquals(20, h.length);
            assertTrue(h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F', "not an ELF file");
            assertEquals(2, h[4], "not a 64-bit ELF file");
            assertEquals(1, h[5], "not little-endian");
            return (h[18] & 0xff) | (h[19] & 0xff) << 8;
        }
    }

    private static Path libraryFile(String platform) throws URISyntaxException {
        URL url = PackagedNativesTest.class.getResource(NativeLibrary.resourceName(platform));
        assertNotNull(url, "no " + NativeLibrary.resourceName(platform) + " on the class path");
        assertEquals("file", url.getProtocol(), "expected the build's classes directory, got " + url);
        return Path.of(url.toURI());
    }

    /** {@code objdump -T}: the dynamic symbols with the versions they need. */
    private static List<String> objdumpDynamicSymbols(Path lib) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("objdump", "-T", lib.toString()).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "objdump did not finish");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "objdump -T " + lib + " failed: " + text);
        List<String> lines = text.lines().toList();
        assertFalse(lines.isEmpty());
        return lines;
    }
}
