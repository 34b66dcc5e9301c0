package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JSON-RPC 2.0 requests (single or batch) to registered methods. Transport-free, so the HTTP and
 * WebSocket front ends share it and tests can drive it directly. Never throws: every failure becomes an
 * error object.
 */
public final class RpcDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    private final Map<String, RpcMethod> methods = new ConcurrentHashMap<>();
    private final int maxBatch;

    public RpcDispatcher(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    public RpcDispatcher register(String name, RpcMethod method) {
        if (methods.putIfAbsent(name, method) != null) {
            throw new IllegalStateException("RPC method registered twice: " + name);
        }
        return this;
    }

    public boolean hasMethod(String name) {
        return methods.containsKey(name);
    }

    /** Answers a parsed request body; returns null when nothing is to be sent (only notifications). */
    public JsonNode handle(JsonNode body) {
        if (body.isArray()) {
            if (body.isEmpty()) {
                return error(null, RpcException.INVALID_REQUEST, "invalid request: empty batch");
            }
            if (body.size() > maxBatch) {
                return error(null, RpcException.INVALID_REQUEST,
                        "invalid request: batch of " + body.size() + " requests exceeds the limit of " + maxBatch);
            }
            ArrayNode out = Json.array();
            for (JsonNode request : body) {
                JsonNode answer = handleOne(request);
                if (answer != null) {
                    out.add(answer);
                }
            }
            return out.isEmpty() ? null : out;
        }
        return handleOne(body);
    }

    private JsonNode handleOne(JsonNode request) {
        if (!request.isObject()) {
            return error(null, RpcException.INVALID_REQUEST, "invalid request: expected a JSON object, got " + RpcParams.abbreviate(request));
        }
        JsonNode id = request.get("id");
        if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
            return error(null, RpcException.INVALID_REQUEST, "invalid request: id must be a string, number or null");
        }
        JsonNode version = request.get("jsonrpc");
        if (version == null || !"2.0".equals(version.asText())) {
            return error(id, RpcException.INVALID_REQUEST, "invalid request: \"jsonrpc\" must be \"2.0\"");
        }
        JsonNode methodNode = request.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            return error(id, RpcException.INVALID_REQUEST, "invalid request: \"method\" must be a string");
        }
        String name = methodNode.asText();
        RpcMethod method = methods.get(name);
        JsonNode answer;
        if (method == null) {
            answer = error(id, RpcException.METHOD_NOT_FOUND, "the method " + RpcParams.abbreviate(methodNode) + " does not exist/is not available");
        } else {
            answer = invoke(id, name, method, request.get("params"));
        }
        // A request without an id is a notification: run it, answer nothing.
        return id == null ? null : answer;
    }

    private JsonNode invoke(JsonNode id, String name, RpcMethod method, JsonNode params) {
        try {
            JsonNode result = method.call(new RpcParams(name, params));
            ObjectNode out = Json.object();
            out.put("jsonrpc", "2.0");
            out.set("id", id);
            out.set("result", result == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : result);
            return out;
        } catch (RpcException e) {
            return error(id, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("RPC method {} failed", name, e);
            return error(id, RpcException.INTERNAL_ERROR, "internal error in " + name + ": " + e);
        }
    }

    public static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode out = Json.object();
        out.put("jsonrpc", "2.0");
        out.set("id", id);
        ObjectNode err = out.putObject("error");
        err.put("code", code);
        err.put("message", message);
        return out;
    }
}
