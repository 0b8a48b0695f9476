package org.kernels4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs a probe (a class with a {@code main} in the test
 * sources) the way this JVM runs the tests: on the module path, the test classes patched into
 * module {@code org.kernels4j}, when the tests run with the module descriptor in force (as the
 * build runs them); on the class path otherwise (an IDE).
 */
final class ForkedJvm {
    private ForkedJvm() {
    }

    static boolean modular() {
        return ForkedJvm.class.getModule().isNamed();
    }

    /** The java launcher of this JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The option that lets the library call native code without a warning. */
    static String nativeAccess() {
        return modular() ? "--enable-native-access=org.kernels4j" : "--enable-native-access=ALL-UNNAMED";
    }

    /** The options and main-class arguments that run {@code main} (last in the list). */
    static List<String> launch(Class<?> main) {
        List<String> cmd = new ArrayList<>();
        if (modular()) {
            Path tests = codeSource(main);
            cmd.add("--module-path");
            cmd.add(System.getProperty("jdk.module.path"));
            cmd.add("--patch-module");
            cmd.add("org.kernels4j=" + tests);
            cmd.add("--module");
            cmd.add("org.kernels4j/" + main.getName());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(main.getName());
        }
        return cmd;
    }

    private static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
