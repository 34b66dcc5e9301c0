package net.utilitynet.bench.lightclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.utilitynet.lightclient.localrpc.BlockJson;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/** A loopback JSON-RPC node serving a generated chain's headers (eth_blockNumber, eth_getBlockByNumber, batches). */
final class HeaderNode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<BlockHeader> chain;

    HeaderNode(List<BlockHeader> chain) throws IOException {
        this.chain = chain;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode request = JSON.readTree(ex.getRequestBody().readAllBytes());
        JsonNode answer;
        if (request.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            request.forEach(r -> out.add(answer(r)));
            answer = out;
        } else {
            answer = answer(request);
        }
        byte[] body = JSON.writeValueAsBytes(answer);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private ObjectNode answer(JsonNode r) {
        ObjectNode o = JSON.createObjectNode().put("jsonrpc", "2.0");
        o.set("id", r.get("id"));
        String method = r.path("method").asText();
        if (method.equals("eth_blockNumber")) {
            o.put("result", BlockJson.q(chain.size() - 1));
        } else if (method.equals("eth_getBlockByNumber")) {
            long n = Numeric.decodeQuantity(r.path("params").get(0).asText()).longValueExact();
            o.set("result", n < chain.size() ? BlockJson.of(chain.get((int) n)) : NullNode.getInstance());
        } else {
            o.putObject("error").put("code", -32601).put("message", method + " not served by the bench node");
        }
        return o;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
