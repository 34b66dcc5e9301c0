package net.utilitynet.app.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import net.utilitynet.app.config.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running GUI's end of the single-instance hand-off: listens on a loopback port named in the data directory's
 * owner-only {@code .handoff} file and passes each accepted message (a link, or none for "come to the front") to the
 * receiver, on its own thread. Messages without the file's token, malformed or too long are answered
 * {@code REFUSED} and dropped.
 */
public final class HandoffServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffServer.class);
    /** A sender writes its line at once; one that does not is not allowed to hold up the next. */
    private static final int READ_TIMEOUT_MS = 2000;

    private final DataDirectory dir;
    private final ServerSocket socket;
    private final HandoffFile file;
    private final Consumer<Optional<String>> receiver;

    private HandoffServer(DataDirectory dir, ServerSocket socket, HandoffFile file, Consumer<Optional<String>> receiver) {
        this.dir = dir;
        this.socket = socket;
        this.file = file;
        this.receiver = receiver;
    }

    /**
     * Listens for second starts on {@code dir}, whose lock this process must hold.
     *
     * @param receiver gets each accepted link (empty: no link), on the {@code utilitynet-handoff} thread
     */
    public static HandoffServer start(DataDirectory dir, Consumer<Optional<String>> receiver) throws IOException {
        ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        try {
            HandoffFile file = HandoffFile.create(socket.getLocalPort());
            file.write(dir);
            HandoffServer server = new HandoffServer(dir, socket, file, receiver);
            Thread thread = new Thread(server::acceptLoop, "utilitynet-handoff");
            thread.setDaemon(true);
            thread.start();
            LOG.info("Listening for links from second starts on 127.0.0.1:{}", socket.getLocalPort());
            return server;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                serve(client);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("A hand-off connection failed: {}", e.toString());
                }
            } catch (RuntimeException e) {
                LOG.error("Handling a hand-off failed", e);
            }
        }
    }

    private void serve(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MS);
        Optional<String> link;
        try {
            link = accept(client);
        } catch (RefusedException e) {
            LOG.warn("Refused a hand-off message: {}", e.getMessage());
            answer(client, HandoffProtocol.REFUSED + " " + e.getMessage());
            drain(client);
            return;
        }
        answer(client, HandoffProtocol.OK);
        receiver.accept(link);
    }

    private Optional<String> accept(Socket client) throws IOException, RefusedException {
        String line;
        try {
            line = HandoffProtocol.readLine(client.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new RefusedException("no message within " + READ_TIMEOUT_MS + " ms");
        } catch (IOException e) {
            throw new RefusedException(e.getMessage());
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !parts[0].equals(HandoffProtocol.MAGIC)) {
            throw new RefusedException("not a hand-off message");
        }
        if (!MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.US_ASCII), file.token().getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException("wrong token");
        }
        if (parts[2].equals(HandoffProtocol.NO_LINK)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new RefusedException("the link is not base64url");
        }
    }

    private static void answer(Socket client, String reply) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write((reply + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Reads what a refused sender still sends (up to a limit) before the socket closes: closing with unread input
     * resets the connection, and the sender might then never read why it was refused.
     */
    private static void drain(Socket client) {
        try {
            client.shutdownOutput();
            byte[] buffer = new byte[HandoffProtocol.MAX_LINE];
            for (int total = 0, n; total < 16 * HandoffProtocol.MAX_LINE && (n = client.getInputStream().read(buffer)) >= 0; total += n) {
                // discarded
            }
        } catch (IOException e) {
            // the sender is gone or silent: nothing more to wait for
        }
    }

    /** Stops listening and removes the file, so that a later start does not try this port. */
    @Override
    public void close() {
        try {
            socket.close();
            if (HandoffFile.read(dir).filter(file::equals).isPresent()) {
                Files.deleteIfExists(dir.handoffFile());
            }
        } catch (IOException e) {
            LOG.warn("Closing the hand-off listener failed: {}", e.toString());
        }
    }

    /** A message that is not accepted; the text is the reason sent back (never the token). */
    private static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String reason) {
            super(reason);
        }
    }
}
