package net.utilitynet.wallet.testnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * A tiny real JSON-RPC node over HTTP (JDK HttpServer) for tests: a mempool that answers
 * "already known" to duplicates, fixed fee history, and a history index set by the test.
 */
public final class TestNode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    public final List<String> sentRaw = Collections.synchronizedList(new ArrayList<>());
    public final Map<String, String> pool = new ConcurrentHashMap<>();
    public final Map<String, JsonNode> extraResults = new ConcurrentHashMap<>();
    public volatile String rejectWith;

    public TestNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = answer(JSON.readTree(in));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Number of eth_sendRawTransaction calls that carried these bytes. */
    public long sendsOf(String rawHex) {
        synchronized (sentRaw) {
            return sentRaw.stream().filter(rawHex::equals).count();
        }
    }

    private byte[] answer(JsonNode req) throws IOException {
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0");
        reply.set("id", req.get("id"));
        String method = req.path("method").asText();
        JsonNode params = req.path("params");
        switch (method) {
            case "eth_chainId" -> reply.put("result", "0x5554");
            case "eth_feeHistory" -> reply.set("result", JSON.readTree("{\"oldestBlock\":\"0x10\",\"baseFeePerGas\":[\"0x3b9aca00\",\"0x3b9aca00\",\"0x77359400\"],"
                    + "\"gasUsedRatio\":[0.5,0.9],\"reward\":[[\"0x1\",\"0x2\",\"0x3\"],[\"0x1\",\"0x4\",\"0x9\"]]}"));
            case "eth_sendRawTransaction" -> {
                String raw = params.get(0).asText();
                sentRaw.add(raw);
                String hash = Numeric.toHexString(Hash.sha3(Numeric.hexStringToByteArray(raw)));
                if (rejectWith != null) {
                    reply.putObject("error").put("code", -32000).put("message", rejectWith);
                } else if (pool.putIfAbsent(hash, raw) != null) {
                    reply.putObject("error").put("code", -32000).put("message", "already known");
                } else {
                    reply.put("result", hash);
                }
            }
            default -> {
                JsonNode r = extraResults.get(method);
                if (r == null) {
                    reply.putObject("error").put("code", -32601).put("message", "the method " + method + " does not exist");
                } else {
                    reply.set("result", r);
                }
            }
        }
        return JSON.writeValueAsBytes(reply);
    }

    public static BigInteger gwei(long g) {
        return BigInteger.valueOf(g).multiply(BigInteger.TEN.pow(9));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
