package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMH leaves its lock file in the temp directory; bench removes the one it created, unless it is held. */
class JmhLockCleanupTest {
    @TempDir
    Path dir;

    @Test
    void aFreeLockFileIsRemoved() throws Exception {
        Path lock = Files.createFile(dir.resolve("jmh.lock"));
        BenchCommand.removeJmhLockIfFree(lock);
        assertFalse(Files.exists(lock));
    }

    @Test
    void aHeldLockFileIsLeftAlone() throws Exception {
        Path lock = Files.createFile(dir.resolve("jmh.lock"));
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            BenchCommand.removeJmhLockIfFree(lock);
            assertTrue(Files.exists(lock), "another run holds it");
        }
    }

    @Test
    void aMissingLockFileIsNoError() {
        BenchCommand.removeJmhLockIfFree(dir.resolve("jmh.lock"));
        assertFalse(Files.exists(dir.resolve("jmh.lock")));
    }
}
