package net.utilitynet.lightclient.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP/1.1 with {@link HttpClient}: single and batch calls, one deadline covering the whole
 * exchange (connect, headers and body), and a response-size limit so that a hostile node cannot exhaust memory.
 */
public final class HttpRpcClient implements RpcClient {
    /** Defaults suited to a desktop client: 10 s per call, 32 MiB per answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI uri;
    private final HttpClient http;
    private final Duration timeout;
    private final long maxResponseBytes;
    private final AtomicLong nextId = new AtomicLong(1);
    private final ThreadLocal<Duration> lastRoundTrip = new ThreadLocal<>();

    public HttpRpcClient(URI uri, Duration timeout, long maxResponseBytes) {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("endpoint " + uri + ": scheme must be http or https");
        }
        this.uri = uri;
        this.name = uri.toString();
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public HttpRpcClient(URI uri) {
        this(uri, DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration lastRoundTrip() {
        return lastRoundTrip.get();
    }

    @Override
    public JsonNode call(String method, Object... params) {
        RpcRequest request = RpcRequest.of(method, params);
        long id = nextId.getAndIncrement();
        JsonNode answer = exchange(envelope(request, id), method);
        if (!answer.isObject()) {
            throw malformed(method + ": expected a JSON object but got " + answer.getNodeType());
        }
        return resultOf(answer, request, id);
    }

    @Override
    public List<JsonNode> batch(List<RpcRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        ArrayNode body = JSON.createArrayNode();
        long firstId = nextId.getAndAdd(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            body.add(envelope(requests.get(i), firstId + i));
        }
        String label = "batch of " + requests.size() + " (" + requests.get(0).method() + ", ...)";
        JsonNode answer = exchange(body, label);
        if (!answer.isArray()) {
            // A node may answer a whole batch with one error object (e.g. batch too large).
            if (answer.isObject() && answer.has("error")) {
                throw errorOf(answer.get("error"), label);
            }
            throw malformed(label + ": expected a JSON array but got " + answer.getNodeType());
        }
        Map<Long, JsonNode> byId = new HashMap<>();
        for (JsonNode element : answer) {
            if (element.isObject() && element.path("id").canConvertToLong()) {
                byId.put(element.get("id").asLong(), element);
            }
        }
        List<JsonNode> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            JsonNode element = byId.get(firstId + i);
            if (element == null) {
                throw malformed(label + ": no answer for element " + i + " (" + requests.get(i).method() + ")");
            }
            results.add(resultOf(element, requests.get(i), firstId + i));
        }
        return results;
    }

    private static ObjectNode envelope(RpcRequest request, long id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("jsonrpc", "2.0");
        node.put("id", id);
        node.put("method", request.method());
        node.set("params", JSON.valueToTree(request.params()));
        return node;
    }

    private JsonNode resultOf(JsonNode answer, RpcRequest request, long id) {
        if (answer.path("id").asLong(-1) != id) {
            throw malformed(request.method() + ": answer id " + answer.path("id") + " does not match request id " + id);
        }
        if (answer.hasNonNull("error")) {
            throw errorOf(answer.get("error"), request.method());
        }
        if (!answer.has("result")) {
            throw malformed(request.method() + ": answer has neither result nor error");
        }
        return answer.get("result");
    }

    private RpcException errorOf(JsonNode error, String method) {
        return RpcException.errorResponse(name, method, error.path("code").asInt(), error.path("message").asText("(no message)"));
    }

    private JsonNode exchange(JsonNode body, String label) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException(label + ": parameters cannot be written as JSON", e);
        }
        HttpResponse<byte[]> response;
        long started = System.nanoTime();
        try {
            response = http.sendAsync(request, info -> new SizeLimitedBody(maxResponseBytes))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            lastRoundTrip.set(Duration.ofNanos(System.nanoTime() - started));
        } catch (TimeoutException e) {
            throw new RpcException(RpcException.Kind.TIMEOUT, 0, name, label + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException(RpcException.Kind.TRANSPORT, 0, name, label + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof IOException && cause.getCause() instanceof SizeLimitedBody.TooLargeException) {
                cause = cause.getCause();
            }
            if (cause instanceof SizeLimitedBody.TooLargeException) {
                throw new RpcException(RpcException.Kind.TOO_LARGE, 0, name, label + ": " + cause.getMessage(), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new RpcException(RpcException.Kind.TIMEOUT, 0, name, label + ": " + cause.getMessage(), cause);
            }
            throw new RpcException(RpcException.Kind.TRANSPORT, 0, name, label + ": " + cause, cause);
        }
        if (response.statusCode() != 200) {
            JsonNode parsed = tryParse(response.body());
            if (parsed != null && parsed.hasNonNull("error")) {
                throw errorOf(parsed.get("error"), label);
            }
            throw new RpcException(RpcException.Kind.TRANSPORT, 0, name, label + ": HTTP status " + response.statusCode(), null);
        }
        JsonNode parsed = tryParse(response.body());
        if (parsed == null) {
            throw malformed(label + ": answer is not valid JSON");
        }
        return parsed;
    }

    private static JsonNode tryParse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private RpcException malformed(String message) {
        return new RpcException(RpcException.Kind.MALFORMED, 0, name, message, null);
    }
}
