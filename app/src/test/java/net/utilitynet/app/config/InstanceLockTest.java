package net.utilitynet.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path temp;

    @Test
    void acquire_secondTimeOnSameDirectory_failsNamingDirectoryPidAndFix() throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            InstanceLockedException refused = assertThrows(InstanceLockedException.class, () -> InstanceLock.acquire(dir));
            long pid = ProcessHandle.current().pid();
            assertEquals("Another UtilityNet Desktop is already using " + dir.root() + " (pid " + pid
                    + "). Close it, or start with --data-dir OTHER.", refused.getMessage());
        }
    }

    @Test
    void acquire_afterRelease_succeedsAgain() {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        InstanceLock.acquire(dir).close();
        try (InstanceLock again = InstanceLock.acquire(dir)) {
            assertTrue(Files.exists(dir.lockFile()));
        }
    }

    @Test
    void acquire_writesPidIntoOwnerOnlyLockFile() throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("data"));
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            assertEquals(Long.toString(ProcessHandle.current().pid()),
                    Files.readString(dir.lockFile(), StandardCharsets.US_ASCII));
            if (SecureFiles.posix()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.lockFile())));
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.root())));
            }
        }
    }
}
