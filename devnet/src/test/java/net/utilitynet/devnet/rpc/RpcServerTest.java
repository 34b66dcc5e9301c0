package net.utilitynet.devnet.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.http.HttpResponse;
import net.utilitynet.devnet.RpcTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RpcServerTest {
    private RpcServer server;
    private RpcTestClient client;

    @BeforeEach
    void start() throws Exception {
        RpcDispatcher d = new RpcDispatcher(3);
        d.register("echo_address", p -> Json.data(p.address(0, "address")));
        d.register("echo_quantity", p -> Json.quantity(p.quantity(0, "value")));
        d.register("boom", p -> {
            throw new IllegalStateException("bug");
        });
        d.register("hello", p -> TextNode.valueOf("hi"));
        server = RpcServer.start("127.0.0.1", 0, d, 2, 1024);
        client = new RpcTestClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void call_validParams_returnsResult() {
        assertEquals("0x1a", client.result("echo_quantity", "0x1a").asText());
        assertEquals("0x00000000000000000000000000000000000000ff",
                client.result("echo_address", "0x00000000000000000000000000000000000000FF").asText());
    }

    @Test
    void call_malformedJson_returnsParseErrorAndServerStaysUp() {
        JsonNode r = client.postJson("{\"jsonrpc\":\"2.0\",\"id\":1,");
        assertEquals(-32700, r.get("error").get("code").asInt());
        assertEquals("hi", client.result("hello").asText());
    }

    @Test
    void call_unknownMethod_returnsMethodNotFound() {
        JsonNode e = client.error("eth_nope");
        assertEquals(-32601, e.get("code").asInt());
        assertTrue(e.get("message").asText().contains("eth_nope"));
    }

    @Test
    void call_wrongParamType_returnsInvalidParamsNamingTheParam() {
        JsonNode e = client.error("echo_address", 42);
        assertEquals(-32602, e.get("code").asInt());
        assertTrue(e.get("message").asText().contains("param 1 (address)"), e.toString());
        assertEquals(-32602, client.error("echo_quantity", "0x01").get("code").asInt());
        assertEquals(-32602, client.error("echo_quantity").get("code").asInt());
    }

    @Test
    void call_handlerBug_returnsInternalErrorAndServerStaysUp() {
        assertEquals(-32603, client.error("boom").get("code").asInt());
        assertEquals("hi", client.result("hello").asText());
    }

    @Test
    void batch_mixedRequests_answersEachInOrder() {
        JsonNode r = client.postJson("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\"},5]");
        assertEquals(3, r.size());
        assertEquals("hi", r.get(0).get("result").asText());
        assertEquals(-32601, r.get(1).get("error").get("code").asInt());
        assertEquals(-32600, r.get(2).get("error").get("code").asInt());
    }

    @Test
    void batch_overLimit_returnsInvalidRequest() {
        String one = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\"}";
        JsonNode r = client.postJson("[" + one + "," + one + "," + one + "," + one + "]");
        assertEquals(-32600, r.get("error").get("code").asInt());
        assertTrue(r.get("error").get("message").asText().contains("limit of 3"));
        assertEquals(-32600, client.postJson("[]").get("error").get("code").asInt());
    }

    @Test
    void post_bodyOverLimit_isRefusedWith413() {
        HttpResponse<String> r = client.post("[\"" + "x".repeat(2000) + "\"]");
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("exceeds the limit of 1024 bytes"));
        assertEquals("hi", client.result("hello").asText());
    }

    @Test
    void request_withoutJsonrpcVersion_returnsInvalidRequest() {
        JsonNode r = client.postJson("{\"id\":7,\"method\":\"hello\"}");
        assertEquals(-32600, r.get("error").get("code").asInt());
        assertEquals(7, r.get("id").asInt());
    }
}
