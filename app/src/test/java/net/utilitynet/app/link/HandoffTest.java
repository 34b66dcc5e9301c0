package net.utilitynet.app.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.config.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two "instances" in one JVM: a listening server on a data directory and second starts talking to it over loopback. */
class HandoffTest {
    private static final String LINK = "utilitynet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266@21844?value=1.5e18";
    private static final OptionalLong THIS_PID = OptionalLong.of(ProcessHandle.current().pid());

    @TempDir
    Path temp;

    private DataDirectory dir;
    private HandoffServer server;
    private final BlockingQueue<Optional<String>> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void listen() throws Exception {
        dir = new DataDirectory(temp).create();
        server = HandoffServer.start(dir, received::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What a foreign sender gets back for {@code line} (sent raw, as any local process could). */
    private String sendRaw(byte[] line) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), HandoffFile.read(dir).orElseThrow().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(line);
            out.flush();
            return HandoffProtocol.readLine(socket.getInputStream());
        }
    }

    @Test
    void send_linkAndPlainStart_bothDeliveredInOrder() throws Exception {
        assertEquals(HandoffClient.Outcome.DELIVERED, HandoffClient.send(dir, THIS_PID, Optional.of(LINK), Duration.ofSeconds(3)));
        assertEquals(HandoffClient.Outcome.DELIVERED, HandoffClient.send(dir, THIS_PID, Optional.empty(), Duration.ofSeconds(3)));
        assertEquals(Optional.of(LINK), received.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void handoffFile_isOwnerOnlyAndNamesThisProcess() throws Exception {
        HandoffFile file = HandoffFile.read(dir).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), file.pid());
        assertEquals(64, file.token().length());
        assertFalse(file.toString().contains(file.token()), "the token stays out of logs");
        if (Files.getFileStore(dir.handoffFile()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.handoffFile())));
        }
    }

    @Test
    void foreignMessages_wrongTokenGarbageOrTooLong_refusedAndNotDelivered() throws Exception {
        String wrongToken = HandoffProtocol.request("0".repeat(64), Optional.of(LINK));
        assertEquals("REFUSED wrong token", sendRaw(wrongToken.getBytes(StandardCharsets.US_ASCII)));
        assertEquals("REFUSED not a hand-off message", sendRaw("GET / HTTP/1.1\n".getBytes(StandardCharsets.US_ASCII)));
        String token = HandoffFile.read(dir).orElseThrow().token();
        assertEquals("REFUSED the link is not base64url",
                sendRaw((HandoffProtocol.MAGIC + " " + token + " not*base64\n").getBytes(StandardCharsets.US_ASCII)));
        byte[] huge = new byte[HandoffProtocol.MAX_LINE + 10];
        java.util.Arrays.fill(huge, (byte) 'A');
        assertTrue(sendRaw(huge).startsWith("REFUSED the message is longer than"));
        // the server still serves a real second start afterwards, and only that one was delivered
        assertEquals(HandoffClient.Outcome.DELIVERED, HandoffClient.send(dir, THIS_PID, Optional.of(LINK), Duration.ofSeconds(3)));
        assertEquals(Optional.of(LINK), received.poll(10, TimeUnit.SECONDS));
        assertNull(received.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void send_fileOfAnotherPid_isALeftoverAndNotUsed() {
        long otherPid = ProcessHandle.current().pid() + 1;
        assertEquals(HandoffClient.Outcome.NO_LISTENER, HandoffClient.send(dir, OptionalLong.of(otherPid), Optional.of(LINK), Duration.ZERO));
        assertTrue(received.isEmpty());
    }

    @Test
    void close_removesFile_thenSecondStartsFindNoListener() {
        server.close();
        assertFalse(Files.exists(dir.handoffFile()));
        assertEquals(HandoffClient.Outcome.NO_LISTENER, HandoffClient.send(dir, THIS_PID, Optional.of(LINK), Duration.ofMillis(300)));
    }
}
