package net.utilitynet.lightclient.tamper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.localrpc.BlockJson;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.testing.TamperingProxy;
import net.utilitynet.lightclient.testing.TestWorld;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.Sealer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * Two endpoints: a tampering proxy (asked first) and the honest node behind it. Each test makes the proxy tell one
 * kind of lie; the client must still return the honest, verified value and name the proxy as lying with the rule.
 */
class TamperDetectionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 100_000), ZoneOffset.UTC);
    private static PociTestChain chain;
    private static TestWorld world;
    private static ChainRpcServer node;
    private static long worldBlock;

    @TempDir
    Path dir;

    @BeforeAll
    static void startNode() throws Exception {
        chain = new PociTestChain().grow(17);
        world = new TestWorld();
        worldBlock = chain.appendAltered(world::applyTo).number();
        node = new ChainRpcServer(chain.headers);
        node.serveWorld(world, worldBlock);
        node.serveMinerSet(chain.minerSet);
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    /** Runs {@code action} against [proxy, node] with {@code tamper} active and checks detection and attribution. */
    private void expectLieCaught(TamperingProxy.Tamper tamper, String rule, Consumer<LightClient> action) throws Exception {
        try (TamperingProxy proxy = new TamperingProxy(node.uri())) {
            proxy.tamper(tamper);
            SyncConfig sync = SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, chain.genesis().hash()), PociTestChain.RULES);
            LightClientConfig config = new LightClientConfig(List.of(proxy.uri(), node.uri()), dir.resolve("h.db"), sync,
                    HttpRpcClient.DEFAULT_TIMEOUT, HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, CLOCK);
            try (LightClient client = LightClient.open(config)) {
                action.accept(client);
                assertTrue(proxy.alteredCount() > 0, "the proxy actually lied");
                EndpointHealth liar = client.endpointHealth().get(0);
                assertEquals(EndpointStatus.LYING, liar.status(), "proxy health: " + liar);
                assertTrue(liar.reason().contains(rule), "reason names rule " + rule + ": " + liar.reason());
                assertEquals(EndpointStatus.HEALTHY, client.endpointHealth().get(1).status());
            }
        }
    }

    private static void syncsToHonestHead(LightClient client) {
        assertArrayEquals(chain.headers.get((int) worldBlock).hash(), client.sync().join().hash());
    }

    private static JsonNode ifBlock(String method, JsonNode params, JsonNode result, long number,
                                    java.util.function.UnaryOperator<BlockHeader> change) {
        if (!method.equals("eth_getBlockByNumber") || result.isNull()
                || Numeric.decodeQuantity(params.get(0).asText()).longValueExact() != number) {
            return result;
        }
        ObjectNode altered = BlockJson.of(change.apply(HeaderJson.fromRpcUnchecked(result)));
        if (result.has("transactions")) {
            altered.set("transactions", result.get("transactions"));
        }
        return altered;
    }

    @Test
    void sync_headerFieldChangedHashKept_liarNamedForHash() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getBlockByNumber") && r.path("number").asText().equals("0x5")
                ? ((ObjectNode) r).put("gasUsed", "0x1") : r, "block 5: hash", TamperDetectionTest::syncsToHonestHead);
    }

    @Test
    void sync_headerFieldChangedHashRecomputed_liarNamedForSeal() throws Exception {
        expectLieCaught((m, p, r) -> ifBlock(m, p, r, 6, h -> h.toBuilder().stateRoot(new byte[32]).build()),
                "block 6: seal", TamperDetectionTest::syncsToHonestHead);
    }

    @Test
    void sync_sealReplacedByOutsider_liarNamedForSeal() throws Exception {
        expectLieCaught((m, p, r) -> ifBlock(m, p, r, 3, h -> Sealer.seal(h, PociTestChain.key32("outsider"))),
                "block 3: seal-signer-not-validator", TamperDetectionTest::syncsToHonestHead);
    }

    @Test
    void sync_claimRemoved_liarCaught() throws Exception {
        long withClaim = chain.headers.stream().filter(h -> ExtraData.decode(h.extraData()).claim() != null)
                .mapToLong(BlockHeader::number).findFirst().orElseThrow();
        expectLieCaught((m, p, r) -> ifBlock(m, p, r, withClaim, h -> PociTestChain.withExtra(h.toBuilder().coinbase(new byte[20]).build(),
                x -> new ExtraData(x.vanity(), null, x.checkpoint(), x.seal()))), "block " + withClaim + ": seal",
                TamperDetectionTest::syncsToHonestHead);
    }

    @Test
    void sync_checkpointCommittedSealDropped_liarNamedForQuorum() throws Exception {
        expectLieCaught((m, p, r) -> ifBlock(m, p, r, 8, h -> PociTestChain.withExtra(h, x -> x.withCheckpoint(
                x.checkpoint().withCommittedSeals(x.checkpoint().committedSeals().subList(0, 2))))),
                "block 8: checkpoint-quorum", TamperDetectionTest::syncsToHonestHead);
    }

    @Test
    void verifiedBalance_balanceInflated_liarNamedAndTrueBalanceReturned() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getProof") ? ((ObjectNode) r).put("balance", "0xde0b6b3a7640000") : r,
                "account-proof", client -> {
                    syncsToHonestHead(client);
                    Verified<BigInteger> balance = client.verifiedBalance(TestWorld.BOB).join();
                    assertEquals(BigInteger.valueOf(12345), balance.value());
                    assertEquals(worldBlock, balance.blockNumber());
                });
    }

    @Test
    void verifiedStorage_proofNodeCorrupted_liarNamed() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (!m.equals("eth_getProof")) {
                return r;
            }
            ArrayNode proof = (ArrayNode) r.get("storageProof").get(0).get("proof");
            String node = proof.get(0).asText();
            proof.set(0, TextNode.valueOf(node.substring(0, node.length() - 2) + (node.endsWith("00") ? "01" : "00")));
            return r;
        }, "account-proof", client -> {
            syncsToHonestHead(client);
            assertEquals(BigInteger.valueOf(88), client.verifiedStorage(TestWorld.CONTRACT, TestWorld.SLOT_1).join().value());
        });
    }

    @Test
    void verifiedReceipt_receiptStatusFlipped_liarNamedForReceiptsRoot() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getBlockReceipts") && r.size() > 0 ? flipStatus(r) : r, "receipts-root", client -> {
            syncsToHonestHead(client);
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(world.transactionHash(0)).join();
            assertTrue(receipt.value().receipt().success());
        });
    }

    private static JsonNode flipStatus(JsonNode receipts) {
        ((ObjectNode) receipts.get(0)).put("status", "0x0");
        return receipts;
    }

    @Test
    void verifiedReceipt_logDataChanged_liarNamedAndLogsFromProvenReceipt() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("eth_getBlockReceipts") && r.size() > 1) {
                ((ObjectNode) r.get(1).get("logs").get(0)).put("data", "0xdeadbeef");
            }
            return r;
        }, "receipts-root", client -> {
            syncsToHonestHead(client);
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(world.transactionHash(1)).join();
            assertArrayEquals(new byte[] {1, 2, 3}, receipt.value().receipt().logs().get(0).data());
            assertEquals(1, receipt.value().transactionIndex());
        });
    }

    @Test
    void verifiedReceipt_transactionValueChanged_liarNamedForTransactionHash() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("eth_getBlockByNumber") && r.path("transactions").size() > 0 && r.get("transactions").get(0).isObject()) {
                ((ObjectNode) r.get("transactions").get(0)).put("value", "0x1000");
            }
            return r;
        }, "transaction-hash", client -> {
            syncsToHonestHead(client);
            assertEquals(worldBlock, client.verifiedReceipt(world.transactionHash(0)).join().blockNumber());
        });
    }

    @Test
    void verifiedMinerSet_powerInflated_liarNamedAndCommittedSetReturned() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("unc_getMinerSet")) {
                ((ObjectNode) r.get("entries").get(0)).put("power", "0x2710");
            }
            return r;
        }, "block 16: miner-set", client -> {
            syncsToHonestHead(client);
            var set = client.verifiedMinerSet(2).join();
            assertEquals(chain.minerSet.totalPower(), set.value().totalPower());
            assertEquals(4, set.value().size());
        });
    }

    @Test
    void verifiedCode_codeSwapped_liarNamedForCodeHash() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getCode") ? TextNode.valueOf("0x00") : r, "code-hash", client -> {
            syncsToHonestHead(client);
            assertArrayEquals(TestWorld.CODE, client.verifiedCode(TestWorld.CONTRACT).join().value());
        });
    }
}
