package net.utilitynet.lightclient.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.utilitynet.lightclient.testing.JsonRpcTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRpcClientTest {
    private JsonRpcTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new JsonRpcTestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void call_methodAnswers_returnsResultWithParamsSent() {
        server.on("echo", params -> params.get(0));
        HttpRpcClient client = new HttpRpcClient(server.uri());
        assertEquals(null, client.lastRoundTrip());
        JsonNode result = client.call("echo", "0x2a");
        assertEquals("0x2a", result.asText());
        assertTrue(client.lastRoundTrip().toNanos() > 0, "round trip recorded");
    }

    @Test
    void call_errorObject_throwsErrorResponseWithCodeAndMessage() {
        server.on("eth_fail", params -> {
            throw new JsonRpcTestServer.RpcError(-32602, "bad block tag");
        });
        RpcException e = assertThrows(RpcException.class, () -> new HttpRpcClient(server.uri()).call("eth_fail"));
        assertEquals(RpcException.Kind.ERROR_RESPONSE, e.kind());
        assertEquals(-32602, e.code());
        assertTrue(e.getMessage().contains("bad block tag"), e.getMessage());
        assertTrue(!e.endpointFault());
    }

    @Test
    void batch_answersInReverseOrder_resultsInRequestOrder() {
        server.on("double", params -> JsonNodeFactory.instance.numberNode(params.get(0).asInt() * 2));
        List<JsonNode> results = new HttpRpcClient(server.uri()).batch(
                List.of(RpcRequest.of("double", 1), RpcRequest.of("double", 2), RpcRequest.of("double", 3)));
        assertEquals(List.of(2, 4, 6), results.stream().map(JsonNode::asInt).toList());
        assertEquals(1, server.requestCount(), "one HTTP round trip for the batch");
    }

    @Test
    void batch_oneElementFails_throwsErrorNamingMethod() {
        server.on("ok", params -> TextNode.valueOf("fine"));
        RpcException e = assertThrows(RpcException.class, () -> new HttpRpcClient(server.uri())
                .batch(List.of(RpcRequest.of("ok"), RpcRequest.of("missing"))));
        assertEquals(-32601, e.code());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void call_serverNeverAnswers_throwsTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on("hang", params -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TextNode.valueOf("late");
        });
        HttpRpcClient client = new HttpRpcClient(server.uri(), Duration.ofMillis(300), 1 << 20);
        RpcException e = assertThrows(RpcException.class, () -> client.call("hang"));
        release.countDown();
        assertEquals(RpcException.Kind.TIMEOUT, e.kind());
        assertTrue(e.endpointFault());
    }

    @Test
    void call_answerLargerThanLimit_throwsTooLarge() {
        server.on("big", params -> TextNode.valueOf("x".repeat(100_000)));
        HttpRpcClient client = new HttpRpcClient(server.uri(), Duration.ofSeconds(5), 10_000);
        RpcException e = assertThrows(RpcException.class, () -> client.call("big"));
        assertEquals(RpcException.Kind.TOO_LARGE, e.kind());
    }

    @Test
    void call_answerNotJson_throwsMalformed() {
        server.rawAnswer(body -> "<html>proxy error</html>".getBytes(StandardCharsets.UTF_8));
        RpcException e = assertThrows(RpcException.class, () -> new HttpRpcClient(server.uri()).call("eth_blockNumber"));
        assertEquals(RpcException.Kind.MALFORMED, e.kind());
    }

    @Test
    void call_answerWithWrongId_throwsMalformed() {
        server.rawAnswer(body -> "{\"jsonrpc\":\"2.0\",\"id\":999999,\"result\":\"0x1\"}".getBytes(StandardCharsets.UTF_8));
        RpcException e = assertThrows(RpcException.class, () -> new HttpRpcClient(server.uri()).call("eth_blockNumber"));
        assertEquals(RpcException.Kind.MALFORMED, e.kind());
    }

    @Test
    void call_nothingListening_throwsTransport() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpRpcClient client = new HttpRpcClient(URI.create("http://127.0.0.1:" + port + "/"));
        RpcException e = assertThrows(RpcException.class, () -> client.call("eth_blockNumber"));
        assertEquals(RpcException.Kind.TRANSPORT, e.kind());
    }
}
