package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.utils.Numeric;

/**
 * JSON-RPC over WebSocket (RFC 6455) with {@code eth_subscribe("newHeads")} / {@code eth_unsubscribe}; every other
 * method goes to the same {@link RpcDispatcher} as HTTP. At most {@code maxConnections} clients at a time.
 */
public final class WebSocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketServer.class);
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_HANDSHAKE_BYTES = 8192;

    private final ServerSocket listener;
    private final RpcDispatcher dispatcher;
    private final int maxMessageBytes;
    private final Semaphore slots;
    private final ExecutorService threads;
    private final Map<String, WebSocketConnection> subscriptions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private WebSocketServer(ServerSocket listener, RpcDispatcher dispatcher, int maxConnections, int maxMessageBytes) {
        this.listener = listener;
        this.dispatcher = dispatcher;
        this.maxMessageBytes = maxMessageBytes;
        this.slots = new Semaphore(maxConnections);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "devnet-ws-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static WebSocketServer start(String host, int port, RpcDispatcher dispatcher, int maxConnections, int maxMessageBytes)
            throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 64);
        WebSocketServer server = new WebSocketServer(listener, dispatcher, maxConnections, maxMessageBytes);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    public URI url() {
        String host = listener.getInetAddress().getHostAddress();
        return URI.create("ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listener.getLocalPort());
    }

    /** Sends a new head to every newHeads subscriber. */
    public void publishNewHead(ObjectNode header) {
        for (Map.Entry<String, WebSocketConnection> s : subscriptions.entrySet()) {
            ObjectNode note = Json.object();
            note.put("jsonrpc", "2.0");
            note.put("method", "eth_subscription");
            ObjectNode params = note.putObject("params");
            params.put("subscription", s.getKey());
            params.set("result", header);
            if (!s.getValue().send(note.toString())) {
                subscriptions.remove(s.getKey());
            }
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                if (!slots.tryAcquire()) {
                    socket.close(); // too many clients
                    continue;
                }
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.debug("WebSocket accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            if (!handshake(socket)) {
                return;
            }
            WebSocketConnection conn = new WebSocketConnection(socket, maxMessageBytes);
            threads.execute(conn::writeLoop);
            conn.readLoop(text -> answer(conn, text));
        } catch (IOException e) {
            LOG.debug("WebSocket client failed", e);
        } finally {
            subscriptions.values().removeIf(c -> !c.isOpen());
            slots.release();
        }
    }

    private void answer(WebSocketConnection conn, String text) {
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            conn.send(RpcDispatcher.error(null, RpcException.PARSE_ERROR, "parse error: " + e.getOriginalMessage()).toString());
            return;
        }
        String method = request != null && request.isObject() && request.path("method").isTextual() ? request.get("method").asText() : "";
        JsonNode answer = switch (method) {
            case "eth_subscribe" -> subscribe(conn, request);
            case "eth_unsubscribe" -> unsubscribe(conn, request);
            default -> request == null ? null : dispatcher.handle(request);
        };
        if (answer != null) {
            conn.send(answer.toString());
        }
    }

    private JsonNode subscribe(WebSocketConnection conn, JsonNode request) {
        JsonNode kind = request.path("params").path(0);
        if (!"newHeads".equals(kind.asText())) {
            return RpcDispatcher.error(request.get("id"), RpcException.INVALID_PARAMS,
                    "invalid params for eth_subscribe: param 1 (subscription) must be \"newHeads\", the only subscription this devnet offers");
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String subscription = Numeric.toHexString(id);
        subscriptions.put(subscription, conn);
        return result(request, Json.MAPPER.getNodeFactory().textNode(subscription));
    }

    private JsonNode unsubscribe(WebSocketConnection conn, JsonNode request) {
        String id = request.path("params").path(0).asText();
        boolean removed = subscriptions.remove(id, conn);
        return result(request, Json.MAPPER.getNodeFactory().booleanNode(removed));
    }

    private static JsonNode result(JsonNode request, JsonNode value) {
        ObjectNode out = Json.object();
        out.put("jsonrpc", "2.0");
        out.set("id", request.get("id"));
        out.set("result", value);
        return out;
    }

    /** Reads the HTTP upgrade request and answers 101, or 400 for anything else. */
    private static boolean handshake(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0d0a0d0a) { // the blank line that ends the request head
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HANDSHAKE_BYTES) {
                socket.close();
                return false;
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        Map<String, String> headers = new HashMap<>();
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        String key = headers.get("sec-websocket-key");
        if (!"websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", "")) || key == null) {
            socket.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
                    + "this port speaks JSON-RPC over WebSocket; use the HTTP endpoint for plain requests\n").getBytes(StandardCharsets.US_ASCII));
            socket.close();
            return false;
        }
        socket.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return true;
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        subscriptions.values().forEach(WebSocketConnection::close);
        threads.shutdownNow();
    }
}
