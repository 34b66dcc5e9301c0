package net.utilitynet.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import net.utilitynet.devnet.rpc.Json;

/** A plain JSON-RPC client over real HTTP, as any remote caller would use. */
public final class RpcTestClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI url;
    private final AtomicLong ids = new AtomicLong();

    public RpcTestClient(URI url) {
        this.url = url;
    }

    public HttpResponse<String> post(String body) {
        try {
            return http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode postJson(String body) {
        try {
            return Json.MAPPER.readTree(post(body).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole response object (result or error). */
    public JsonNode call(String method, Object... params) {
        ObjectNode req = Json.object();
        req.put("jsonrpc", "2.0");
        req.put("id", ids.incrementAndGet());
        req.put("method", method);
        ArrayNode p = req.putArray("params");
        for (Object o : params) {
            p.add(Json.MAPPER.valueToTree(o));
        }
        return postJson(req.toString());
    }

    /** The result, failing the test with the server's error message if there is one. */
    public JsonNode result(String method, Object... params) {
        JsonNode r = call(method, params);
        if (r.has("error")) {
            throw new AssertionError(method + " failed: " + r.get("error"));
        }
        return r.get("result");
    }

    /** The error object, failing if the call succeeded. */
    public JsonNode error(String method, Object... params) {
        JsonNode r = call(method, params);
        if (!r.has("error")) {
            throw new AssertionError(method + " unexpectedly succeeded: " + r);
        }
        return r.get("error");
    }
}
