package net.utilitynet.app.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import net.utilitynet.app.config.DataDirectory;

/**
 * A second start's end of the hand-off: finds the running GUI through the data directory's {@code .handoff} file and
 * passes it the link (or nothing, to bring its window to the front).
 */
public final class HandoffClient {
    /** How a hand-off went. */
    public enum Outcome {
        /** The running GUI took the message. */
        DELIVERED,
        /** Nothing listens: the lock holder is a command-line command, or a GUI that is still starting or stopping. */
        NO_LISTENER,
        /** Something listens but refused the message (answer not OK). */
        REFUSED
    }

    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final int ANSWER_TIMEOUT_MS = 5000;
    private static final long RETRY_MS = 100;

    private HandoffClient() {
    }

    /**
     * Hands {@code link} to the GUI that holds {@code dir}'s lock.
     *
     * @param lockHolder the pid in the lock file when known: a {@code .handoff} file of another pid is a leftover
     * @param patience   how long to wait for the file to appear (the GUI writes it right after taking the lock)
     */
    public static Outcome send(DataDirectory dir, OptionalLong lockHolder, Optional<String> link, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<HandoffFile> file = HandoffFile.read(dir)
                    .filter(f -> lockHolder.isEmpty() || f.pid() == lockHolder.getAsLong());
            if (file.isPresent()) {
                try {
                    return deliver(file.get(), link);
                } catch (IOException e) {
                    // not listening (yet, or any more): the file may be about to be replaced
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                return Outcome.NO_LISTENER;
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.NO_LISTENER;
            }
        }
    }

    private static Outcome deliver(HandoffFile file, Optional<String> link) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), file.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(HandoffProtocol.request(file.token(), link).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return HandoffProtocol.readLine(socket.getInputStream()).equals(HandoffProtocol.OK) ? Outcome.DELIVERED : Outcome.REFUSED;
        }
    }
}
