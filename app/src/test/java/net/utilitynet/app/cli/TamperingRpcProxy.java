package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP proxy in front of a JSON-RPC node that lets a test alter the results of one method (batched or not),
 * and counts the answers it changed so the test can show the lie was told; or, while {@link #refuse} is on, answer
 * every request for that method with HTTP 503 (a node that is down for it).
 */
final class TamperingRpcProxy implements AutoCloseable {

    /** Changes one result in place; returns true when it changed something. */
    @FunctionalInterface
    interface Tamper {
        boolean apply(JsonNode params, ObjectNode result);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI upstream;
    private final String method;
    private final Tamper tamper;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger altered = new AtomicInteger();
    private volatile boolean refusing;

    TamperingRpcProxy(URI upstream, String method, Tamper tamper) throws IOException {
        this.upstream = upstream;
        this.method = method;
        this.tamper = tamper;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    int altered() {
        return altered.get();
    }

    /** While on, requests calling the method get HTTP 503 and never reach the node. */
    void refuse(boolean on) {
        refusing = on;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (refusing && calls(JSON.readTree(body))) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        byte[] answer;
        int status;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(upstream).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            answer = rewrite(JSON.readTree(body), JSON.readTree(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 502;
            answer = new byte[0];
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(answer);
        }
    }

    private byte[] rewrite(JsonNode request, JsonNode response) throws IOException {
        if (request.isArray()) {
            for (int i = 0; i < request.size() && i < response.size(); i++) {
                rewriteOne(request.get(i), byId(response, request.get(i).get("id")));
            }
        } else {
            rewriteOne(request, response);
        }
        return JSON.writeValueAsBytes(response);
    }

    private boolean calls(JsonNode request) {
        if (request.isArray()) {
            for (JsonNode one : request) {
                if (method.equals(one.path("method").asText())) {
                    return true;
                }
            }
            return false;
        }
        return method.equals(request.path("method").asText());
    }

    private static JsonNode byId(JsonNode responses, JsonNode id) {
        for (JsonNode r : responses) {
            if (r.get("id").equals(id)) {
                return r;
            }
        }
        return null;
    }

    private void rewriteOne(JsonNode request, JsonNode response) {
        if (response != null && method.equals(request.path("method").asText()) && response.get("result") instanceof ObjectNode result
                && tamper.apply(request.get("params"), result)) {
            altered.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
