package net.utilitynet.lightclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real JSON-RPC server on a loopback port (JDK HttpServer) whose methods are set per test. Used for the RPC
 * client's own tests; everything that concerns chain data runs against the real devnet.
 */
public final class JsonRpcTestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Function<JsonNode, JsonNode>> methods = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Function<byte[], byte[]> rawOverride;

    public JsonRpcTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The handler gets the params array and returns the result (or throws {@link RpcError}). */
    public JsonRpcTestServer on(String method, Function<JsonNode, JsonNode> handler) {
        methods.put(method, handler);
        return this;
    }

    /** Replaces the whole answer body (for malformed or oversized answers). */
    public void rawAnswer(Function<byte[], byte[]> override) {
        rawOverride = override;
    }

    public int requestCount() {
        return requests.get();
    }

    /** Thrown by a handler to answer with a JSON-RPC error object. */
    public static final class RpcError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        public RpcError(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        byte[] answer;
        Function<byte[], byte[]> override = rawOverride;
        if (override != null) {
            answer = override.apply(body);
        } else {
            JsonNode request = JSON.readTree(body);
            JsonNode response;
            if (request.isArray()) {
                ArrayNode out = JSON.createArrayNode();
                for (int i = request.size() - 1; i >= 0; i--) { // reversed: clients must match by id
                    out.add(answer(request.get(i)));
                }
                response = out;
            } else {
                response = answer(request);
            }
            answer = JSON.writeValueAsBytes(response);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(answer);
        }
    }

    private ObjectNode answer(JsonNode request) {
        ObjectNode out = JSON.createObjectNode();
        out.put("jsonrpc", "2.0");
        out.set("id", request.get("id"));
        Function<JsonNode, JsonNode> handler = methods.get(request.path("method").asText());
        try {
            if (handler == null) {
                throw new RpcError(-32601, "method not found");
            }
            out.set("result", handler.apply(request.path("params")));
        } catch (RpcError e) {
            ObjectNode error = out.putObject("error");
            error.put("code", e.code);
            error.put("message", e.getMessage());
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
