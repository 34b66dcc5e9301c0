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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP proxy in front of a JSON-RPC node that alters answers: each response element whose request matches
 * the tamper's method goes through {@link Tamper#apply}. Counts how many answers it altered, so a test can show
 * that the lie was actually told before asserting that it was caught.
 */
public final class TamperingProxy implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Alters one answer; returns the (possibly modified) result, or the input unchanged to pass it through. */
    @FunctionalInterface
    public interface Tamper {
        JsonNode apply(String method, JsonNode params, JsonNode result);
    }

    private final URI upstream;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger altered = new AtomicInteger();
    private volatile Tamper tamper = (m, p, r) -> r;

    public TamperingProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public void tamper(Tamper t) {
        tamper = t;
    }

    /** How many answers were actually changed. */
    public int alteredCount() {
        return altered.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(upstream).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
            return;
        }
        byte[] answer = rewrite(body, response.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.statusCode(), answer.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(answer);
        }
    }

    private byte[] rewrite(byte[] requestBody, byte[] responseBody) throws IOException {
        JsonNode request = JSON.readTree(requestBody);
        JsonNode response = JSON.readTree(responseBody);
        Map<String, JsonNode> requestsById = new HashMap<>();
        for (JsonNode r : request.isArray() ? (ArrayNode) request : JSON.createArrayNode().add(request)) {
            requestsById.put(r.path("id").toString(), r);
        }
        for (JsonNode element : response.isArray() ? (ArrayNode) response : JSON.createArrayNode().add(response)) {
            JsonNode req = requestsById.get(element.path("id").toString());
            if (req == null || !element.has("result") || !(element instanceof ObjectNode obj)) {
                continue;
            }
            JsonNode original = element.get("result");
            JsonNode changed = tamper.apply(req.path("method").asText(), req.path("params"), original.deepCopy());
            if (!changed.equals(original)) {
                altered.incrementAndGet();
                obj.set("result", changed);
            }
        }
        return JSON.writeValueAsBytes(response);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
