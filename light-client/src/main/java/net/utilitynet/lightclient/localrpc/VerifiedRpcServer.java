package net.utilitynet.lightclient.localrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.utilitynet.lightclient.rpc.RpcException;
import net.utilitynet.lightclient.state.VerifiedState;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON-RPC endpoint on 127.0.0.1 (like Helios's) for other wallets and scripts: it answers only with verified
 * data and errors (code -32000, "not verifiable: …") where it cannot verify. Loopback only; request bodies and
 * batches are bounded.
 */
public final class VerifiedRpcServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VerifiedRpcServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_REQUEST_BYTES = 1 << 20;
    static final int MAX_BATCH = 100;

    private final HttpServer http;
    private final ExecutorService executor;
    private final VerifiedRpcMethods methods;

    private VerifiedRpcServer(HttpServer http, ExecutorService executor, VerifiedRpcMethods methods) {
        this.http = http;
        this.executor = executor;
        this.methods = methods;
    }

    /**
     * Starts on 127.0.0.1:{@code port} (0 = any free port).
     *
     * @param chainId the verified network's chain id, or null in linkage-only mode
     * @param sendRaw forwards a signed transaction and returns its checked hash
     */
    public static VerifiedRpcServer start(int port, VerifiedState state, HeaderStore store, Long chainId,
                                          Function<byte[], byte[]> sendRaw) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "lightclient-local-rpc-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        VerifiedRpcServer server = new VerifiedRpcServer(http, executor, new VerifiedRpcMethods(state, store, chainId, sendRaw));
        http.createContext("/", server::exchange);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            }
            JsonNode answer;
            if (body.length > MAX_REQUEST_BYTES) {
                answer = error(null, -32600, "request larger than " + MAX_REQUEST_BYTES + " bytes");
            } else {
                answer = answer(body);
            }
            byte[] out = JSON.writeValueAsBytes(answer);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    private JsonNode answer(byte[] body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return error(null, -32700, "parse error: the request is not valid JSON");
        }
        if (request == null) {
            return error(null, -32600, "empty request");
        }
        if (!request.isArray()) {
            return one(request);
        }
        if (request.isEmpty() || request.size() > MAX_BATCH) {
            return error(null, -32600, "batch must hold 1 to " + MAX_BATCH + " requests");
        }
        ArrayNode out = JSON.createArrayNode();
        request.forEach(r -> out.add(one(r)));
        return out;
    }

    private ObjectNode one(JsonNode request) {
        JsonNode id = request.get("id");
        String method = request.path("method").asText("");
        if (method.isEmpty()) {
            return error(id, -32600, "request has no method");
        }
        try {
            ObjectNode ok = JSON.createObjectNode().put("jsonrpc", "2.0");
            ok.set("id", id);
            ok.set("result", methods.call(method, request.path("params")));
            return ok;
        } catch (LocalRpcException e) {
            return error(id, e.code, e.getMessage());
        } catch (UnverifiableException | VerificationException | RpcException e) {
            return error(id, LocalRpcException.UNVERIFIABLE, "not verifiable: " + e.getMessage());
        } catch (ProtocolException | IllegalArgumentException | ArithmeticException e) {
            return error(id, -32602, "invalid params: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("local RPC {} failed", method, e);
            return error(id, -32603, "internal error: " + e.getMessage());
        }
    }

    private static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode o = JSON.createObjectNode().put("jsonrpc", "2.0");
        o.set("id", id);
        o.putObject("error").put("code", code).put("message", message);
        return o;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
