package net.utilitynet.lightclient.localrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.rpc.RpcException;
import net.utilitynet.lightclient.rpc.RpcRequest;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.testing.TamperingProxy;
import net.utilitynet.lightclient.testing.TestWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** The verified local RPC over HTTP, in front of a light client synced from a loopback node. */
class VerifiedRpcServerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 100_000), ZoneOffset.UTC);
    private static PociTestChain chain;
    private static TestWorld world;
    private static ChainRpcServer node;
    private static long worldBlock;

    @TempDir
    Path dir;

    @BeforeAll
    static void startNode() throws Exception {
        chain = new PociTestChain().grow(9);
        world = new TestWorld();
        worldBlock = chain.appendAltered(world::applyTo).number();
        node = new ChainRpcServer(chain.headers);
        node.serveWorld(world, worldBlock);
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    private LightClient client(URI endpoint) {
        SyncConfig sync = SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, chain.genesis().hash()), PociTestChain.RULES);
        return LightClient.open(new LightClientConfig(List.of(endpoint), dir.resolve("h.db"), sync, HttpRpcClient.DEFAULT_TIMEOUT,
                HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, CLOCK));
    }

    @Test
    void localRpc_verifiedMethods_answerFromVerifiedData() throws Exception {
        try (LightClient lc = client(node.uri()); VerifiedRpcServer local = lc.startVerifiedRpc(0)) {
            lc.sync().join();
            HttpRpcClient rpc = new HttpRpcClient(local.uri());
            assertEquals(BlockJson.q(PociTestChain.CHAIN_ID), rpc.call("eth_chainId").asText());
            assertEquals(BlockJson.q(worldBlock), rpc.call("eth_blockNumber").asText());
            JsonNode latest = rpc.call("eth_getBlockByNumber", "latest", false);
            assertEquals(Numeric.toHexString(chain.headers.get((int) worldBlock).hash()), latest.get("hash").asText());
            assertEquals(Numeric.toHexString(world.transactionHash(1)), latest.get("transactions").get(1).asText());
            assertEquals(latest, rpc.call("eth_getBlockByHash", latest.get("hash").asText(), false));
            assertEquals("0x3039", rpc.call("eth_getBalance", Numeric.toHexString(TestWorld.BOB), "latest").asText());
            assertEquals("0x2", rpc.call("eth_getTransactionCount", Numeric.toHexString(TestWorld.ALICE), "latest").asText());
            assertEquals(Numeric.toHexString(Numeric.toBytesPadded(BigInteger.valueOf(88), 32)),
                    rpc.call("eth_getStorageAt", Numeric.toHexString(TestWorld.CONTRACT), "0x1", "latest").asText());
            assertEquals(Numeric.toHexString(TestWorld.CODE), rpc.call("eth_getCode", Numeric.toHexString(TestWorld.CONTRACT), "latest").asText());
            JsonNode receipt = rpc.call("eth_getTransactionReceipt", Numeric.toHexString(world.transactionHash(1)));
            assertEquals("0x1", receipt.get("status").asText());
            assertEquals(BlockJson.q(40_000), receipt.get("gasUsed").asText());
            assertEquals("0x010203", receipt.get("logs").get(0).get("data").asText());
            List<JsonNode> batch = rpc.batch(List.of(RpcRequest.of("eth_blockNumber"), RpcRequest.of("eth_chainId")));
            assertEquals(2, batch.size());
        }
    }

    @Test
    void localRpc_unsupportedMethod_methodNotFoundNamingServedMethods() throws Exception {
        try (LightClient lc = client(node.uri()); VerifiedRpcServer local = lc.startVerifiedRpc(0)) {
            RpcException e = assertThrows(RpcException.class, () -> new HttpRpcClient(local.uri()).call("eth_call", "{}"));
            assertEquals(-32601, e.code());
            assertTrue(e.getMessage().contains("eth_getBalance"), e.getMessage());
        }
    }

    @Test
    void localRpc_onlyUpstreamLies_errorsInsteadOfAnsweringTheLie() throws Exception {
        try (TamperingProxy proxy = new TamperingProxy(node.uri()); LightClient lc = client(proxy.uri());
             VerifiedRpcServer local = lc.startVerifiedRpc(0)) {
            lc.sync().join();
            proxy.tamper((m, p, r) -> m.equals("eth_getProof") ? ((ObjectNode) r).put("balance", "0x5") : r);
            RpcException e = assertThrows(RpcException.class,
                    () -> new HttpRpcClient(local.uri()).call("eth_getBalance", Numeric.toHexString(TestWorld.BOB), "latest"));
            assertEquals(-32000, e.code());
            assertTrue(e.getMessage().contains("not verifiable") && e.getMessage().contains("LYING"), e.getMessage());
        }
    }

    @Test
    void localRpc_blockAboveVerifiedHead_notVerifiable() throws Exception {
        try (LightClient lc = client(node.uri()); VerifiedRpcServer local = lc.startVerifiedRpc(0)) {
            lc.sync().join();
            RpcException e = assertThrows(RpcException.class,
                    () -> new HttpRpcClient(local.uri()).call("eth_getBalance", Numeric.toHexString(TestWorld.BOB), "0x64"));
            assertEquals(-32000, e.code());
        }
    }
}
