package net.utilitynet.app.link;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.SecureFiles;

/**
 * The running GUI's address for a second start: its pid, the loopback port it listens on and a random token. The
 * file is owner-only (0600), so knowing the token proves that the sender is the same user; other users can reach
 * the port but not pass the check.
 *
 * @param pid   the process that listens (compared with the lock's pid, so a file left by a crash is not trusted)
 * @param port  TCP port on the loopback address
 * @param token 32 random bytes, hex
 */
record HandoffFile(long pid, int port, String token) {

    static HandoffFile create(int port) {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        return new HandoffFile(ProcessHandle.current().pid(), port, HexFormat.of().formatHex(token));
    }

    void write(DataDirectory dir) throws IOException {
        SecureFiles.writeJsonAtomically(dir.handoffFile(), this);
    }

    /** The file's content, or empty when there is none or it cannot be read (being replaced, or not ours). */
    static Optional<HandoffFile> read(DataDirectory dir) {
        try {
            return SecureFiles.readJson(dir.handoffFile(), HandoffFile.class);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "HandoffFile[pid=" + pid + ", port=" + port + "]"; // the token stays out of logs
    }
}
