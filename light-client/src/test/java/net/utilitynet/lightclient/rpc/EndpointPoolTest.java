package net.utilitynet.lightclient.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.utilitynet.lightclient.testing.JsonRpcTestServer;
import net.utilitynet.lightclient.verify.VerificationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pool behaviour over real HTTP endpoints: two live test servers and one port with nothing listening. */
class EndpointPoolTest {
    private JsonRpcTestServer honest;
    private JsonRpcTestServer liar;
    private HttpRpcClient dead;

    @BeforeEach
    void start() throws Exception {
        honest = new JsonRpcTestServer().on("eth_chainId", p -> TextNode.valueOf("0x5554"));
        liar = new JsonRpcTestServer().on("eth_chainId", p -> TextNode.valueOf("0x1"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        dead = new HttpRpcClient(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2), 1 << 20);
    }

    @AfterEach
    void stop() {
        honest.close();
        liar.close();
    }

    private static String checkedChainId(RpcClient c) {
        String id = c.call("eth_chainId").asText();
        if (!id.equals("0x5554")) {
            throw new VerificationException(-1, "chain-id", "expected 0x5554 but endpoint said " + id);
        }
        return id;
    }

    @Test
    void withFailover_firstEndpointDown_answersFromNextAndMarksDown() {
        EndpointPool pool = new EndpointPool(List.of(dead, new HttpRpcClient(honest.uri())));
        assertEquals("0x5554", pool.withFailover("chain id", EndpointPoolTest::checkedChainId));
        assertEquals(EndpointStatus.DOWN, pool.health().get(0).status());
        assertEquals(EndpointStatus.HEALTHY, pool.health().get(1).status());
    }

    @Test
    void withFailover_answerFailsVerification_marksLyingWithReasonAndCarriesOn() {
        List<EndpointHealth> changes = new ArrayList<>();
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(liar.uri()), new HttpRpcClient(honest.uri())));
        pool.addHealthListener(changes::add);
        assertEquals("0x5554", pool.withFailover("chain id", EndpointPoolTest::checkedChainId));
        EndpointHealth lying = pool.health().get(0);
        assertEquals(EndpointStatus.LYING, lying.status());
        assertTrue(lying.reason().contains("chain-id") && lying.reason().contains("0x1"), lying.reason());
        assertEquals(lying.endpoint(), changes.get(0).endpoint());
        int before = liar.requestCount();
        pool.withFailover("chain id", EndpointPoolTest::checkedChainId);
        assertEquals(before, liar.requestCount(), "a lying endpoint is not asked again");
    }

    @Test
    void withFailover_allEndpointsLie_throwsNoUsableEndpointListingThem() {
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(liar.uri())));
        NoUsableEndpointException e = assertThrows(NoUsableEndpointException.class,
                () -> pool.withFailover("chain id", EndpointPoolTest::checkedChainId));
        assertEquals(EndpointStatus.LYING, e.health().get(0).status());
        assertTrue(e.getMessage().contains("LYING"), e.getMessage());
    }

    @Test
    void withFailover_nodeRefusesWithJsonRpcError_throwsTheRefusalAndKeepsTheEndpointHealthy() throws Exception {
        try (JsonRpcTestServer refusing = new JsonRpcTestServer().on("unc_submitClaim", p -> {
            throw new JsonRpcTestServer.RpcError(-32000, "block 90 is already sealed");
        })) {
            EndpointPool pool = new EndpointPool(List.of(dead, new HttpRpcClient(refusing.uri())));
            RpcException e = assertThrows(RpcException.class, () -> pool.withFailover("unc_submitClaim", c -> c.call("unc_submitClaim")));
            assertFalse(e instanceof NoUsableEndpointException, "the node answered; it is not a pool failure: " + e.getMessage());
            assertEquals(RpcException.Kind.ERROR_RESPONSE, e.kind());
            assertTrue(e.getMessage().contains("block 90 is already sealed"), e.getMessage());
            assertEquals(EndpointStatus.HEALTHY, pool.health().get(1).status());
        }
    }

    @Test
    void withFailover_downEndpointAfterBackoff_isRetried() {
        MutableClock clock = new MutableClock();
        EndpointPool pool = new EndpointPool(List.of(dead),
                new EndpointPool.Policy(Duration.ofSeconds(3), Duration.ofSeconds(30)), clock);
        List<String> asked = new ArrayList<>();
        EndpointCall<String> recordingCall = c -> {
            asked.add(c.name());
            return checkedChainId(c);
        };
        assertThrows(NoUsableEndpointException.class, () -> pool.withFailover("chain id", recordingCall));
        assertEquals(1, asked.size());
        clock.now = clock.now.plusSeconds(29);
        assertThrows(NoUsableEndpointException.class, () -> pool.withFailover("chain id", recordingCall));
        assertEquals(1, asked.size(), "down endpoint rests during back-off");
        clock.now = clock.now.plusSeconds(2);
        assertThrows(NoUsableEndpointException.class, () -> pool.withFailover("chain id", recordingCall));
        assertEquals(2, asked.size(), "retried after back-off");
    }

    @Test
    void withFailover_slowEndpoint_markedSlowAndHealthyPreferred() {
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(honest.uri()), new HttpRpcClient(liar.uri())),
                new EndpointPool.Policy(Duration.ZERO, Duration.ofSeconds(30)), Clock.systemUTC());
        pool.withFailover("chain id", c -> c.call("eth_chainId"));
        assertEquals(EndpointStatus.SLOW, pool.health().get(0).status());
        List<String> asked = new ArrayList<>();
        pool.withFailover("chain id", c -> {
            asked.add(c.name());
            return c.call("eth_chainId");
        });
        assertEquals(liar.uri().toString(), asked.get(0), "an endpoint not yet known slow comes before a slow one");
    }

    @Test
    void withFailover_slowLocalWorkAfterFastRoundTrip_ratedByRoundTripOnly() {
        // A client reporting a 1 ms round trip (unit test of the pool's rating; HttpRpcClientTest covers the real one).
        RpcClient fast = new RpcClient() {
            @Override
            public String name() {
                return "fast";
            }

            @Override
            public com.fasterxml.jackson.databind.JsonNode call(String method, Object... params) {
                return TextNode.valueOf("0x5554");
            }

            @Override
            public List<com.fasterxml.jackson.databind.JsonNode> batch(List<RpcRequest> requests) {
                throw new UnsupportedOperationException("single calls only in this test");
            }

            @Override
            public Duration lastRoundTrip() {
                return Duration.ofMillis(1);
            }
        };
        EndpointPool pool = new EndpointPool(List.of(fast),
                new EndpointPool.Policy(Duration.ofMillis(100), Duration.ofSeconds(30)), Clock.systemUTC());
        pool.withFailover("chain id", c -> {
            long until = System.nanoTime() + 200_000_000L; // 200 ms of local work, as verifying a large batch takes
            byte[] h = new byte[32];
            while (System.nanoTime() < until) {
                h = org.web3j.crypto.Hash.sha3(h);
            }
            return checkedChainId(c);
        });
        assertEquals(EndpointStatus.HEALTHY, pool.health().get(0).status());
        assertEquals(Duration.ofMillis(1), pool.health().get(0).lastLatency());
    }

    @Test
    void askAll_twoEndpoints_returnsBothAnswersAndMarksTheLiar() {
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(honest.uri()), new HttpRpcClient(liar.uri())));
        Map<String, String> raw = pool.askAll(c -> c.call("eth_chainId").asText());
        assertEquals(2, raw.size());
        Map<String, String> checked = pool.askAll(EndpointPoolTest::checkedChainId);
        assertEquals(1, checked.size());
        assertEquals(EndpointStatus.LYING, pool.health().get(1).status());
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
