package net.utilitynet.devnet.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.utilitynet.devnet.DevnetFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eth_subscribe("newHeads") and plain JSON-RPC over a real WebSocket (the JDK's client). */
class WebSocketTest {
    @TempDir
    Path dir;

    /** Collects whole text messages. */
    private static final class Inbox implements WebSocket.Listener {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(Json.MAPPER.readTree(partial.toString()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        JsonNode next() throws InterruptedException {
            JsonNode m = messages.poll(30, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no WebSocket message within 30 s");
            }
            return m;
        }
    }

    @Test
    void subscribeNewHeads_minedBlock_isPushedWithItsHash() throws Exception {
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            Inbox inbox = new Inbox();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(net.devnet.wsUrl().orElseThrow(), inbox)
                    .get(30, TimeUnit.SECONDS);
            ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}", true);
            String subscription = inbox.next().get("result").asText();
            assertTrue(subscription.startsWith("0x"));

            net.devnet.mineBlock();
            JsonNode note = inbox.next();
            assertEquals("eth_subscription", note.get("method").asText());
            assertEquals(subscription, note.get("params").get("subscription").asText());
            JsonNode head = note.get("params").get("result");
            assertEquals("0x1", head.get("number").asText());
            assertEquals(net.block(1, false).get("hash").asText(), head.get("hash").asText());

            ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_blockNumber\",\"params\":[]}", true);
            assertEquals("0x1", inbox.next().get("result").asText());
            ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_subscribe\",\"params\":[\"logs\"]}", true);
            assertEquals(-32602, inbox.next().get("error").get("code").asInt());
            ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_unsubscribe\",\"params\":[\"" + subscription + "\"]}", true);
            assertTrue(inbox.next().get("result").asBoolean());
            ws.sendText("not json", true);
            assertEquals(-32700, inbox.next().get("error").get("code").asInt());
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
        }
    }
}
