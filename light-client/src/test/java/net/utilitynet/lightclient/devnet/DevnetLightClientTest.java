package net.utilitynet.lightclient.devnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.state.UnknownTransactionException;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.localrpc.BlockJson;
import net.utilitynet.lightclient.testing.TamperingProxy;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.poci.Sealer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The light client against the real devnet over loopback HTTP: full and skip sync over two epochs and more,
 * balances proven, a faucet transfer's receipt proven, and a tampering proxy in front of the devnet whose lies
 * are each detected and attributed.
 */
class DevnetLightClientTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    private static final byte[] RECIPIENT = Numeric.hexStringToByteArray("0x00000000000000000000000000000000000c0ffe");
    private static final BigInteger FIVE_UNC = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(5));

    @TempDir
    static Path devnetDir;
    @TempDir
    Path dir;

    private static Devnet devnet;
    private static TrustAnchor genesis;
    private static String faucetTx;
    private static long head;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = Devnet.start(DevnetConfig.defaults(devnetDir).withBlockTimeMs(0));
        HttpRpcClient rpc = new HttpRpcClient(devnet.rpcUrl());
        faucetTx = rpc.call("unc_devFaucet", Numeric.toHexString(RECIPIENT), Numeric.encodeQuantity(FIVE_UNC)).asText();
        while (devnet.headNumber() < 2 * PARAMS.epochLength() + 7) {
            devnet.mineBlock();
        }
        head = devnet.headNumber();
        // The embedded devnet is our own process: its genesis hash is the trust anchor.
        genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(rpc.call("eth_getBlockByNumber", "0x0", false).get("hash").asText()));
    }

    @AfterAll
    static void stopDevnet() {
        if (devnet != null) {
            devnet.close();
        }
    }

    private LightClient client(SyncMode mode, int windowEpochs, java.net.URI... endpoints) {
        SyncConfig sync = SyncConfig.of(mode, genesis, ChainRules.of(PARAMS)).withWindowEpochs(windowEpochs);
        // On-demand mining outpaces real time (each block at least parent + 1 s), so the devnet's timestamps run
        // ahead of the wall clock; the client's clock is set ahead to match.
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        return LightClient.open(new LightClientConfig(List.of(endpoints), dir.resolve("headers.db"), sync,
                HttpRpcClient.DEFAULT_TIMEOUT, HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, ahead));
    }

    @Test
    void sync_fullFromGenesis_verifiesEveryDevnetHeaderToHead() {
        try (LightClient client = client(SyncMode.FULL, 2, devnet.rpcUrl())) {
            StoredHeader verified = client.sync().join();
            assertEquals(head, verified.number());
            assertEquals(TrustLevel.FULL, verified.trust());
            assertEquals(2, client.verifiedCheckpoint(2).orElseThrow().epoch());
            assertEquals(PARAMS.validators().size(), client.verifiedCheckpoint(2).orElseThrow().validators().size());
            assertEquals(client.verifiedCheckpoint(2).orElseThrow().totalPower(), client.verifiedMinerSet(2).join().value().totalPower());
        }
    }

    @Test
    void verifiedBalance_devAccountAndFaucetRecipient_provenAgainstVerifiedStateRoot() {
        try (LightClient client = client(SyncMode.FULL, 2, devnet.rpcUrl())) {
            client.sync().join();
            Verified<BigInteger> received = client.verifiedBalance(RECIPIENT).join();
            assertEquals(FIVE_UNC, received.value());
            assertEquals(head, received.blockNumber());
            byte[] dev1 = Secp256k1.address(DevnetAccounts.privateKey(1));
            assertEquals(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(10_000)), client.verifiedBalance(dev1).join().value());
            assertEquals(BigInteger.ZERO, client.verifiedNonce(dev1).join().value());
            Verified<net.utilitynet.protocol.trie.ProvenAccount> before = client.verifiedAccountAt(RECIPIENT, 0).join();
            assertEquals(BigInteger.ZERO, before.value().account().balance(), "nothing at genesis");
            assertEquals(0, before.blockNumber());
        }
    }

    @Test
    void verifiedReceipt_faucetTransfer_provenByTransactionsAndReceiptsRoots() {
        try (LightClient client = client(SyncMode.FULL, 2, devnet.rpcUrl())) {
            client.sync().join();
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(Numeric.hexStringToByteArray(faucetTx)).join();
            assertTrue(receipt.value().receipt().success());
            assertEquals(1, receipt.blockNumber());
        }
    }

    /** "No receipt" is an answer; a receipt whose block is not verified yet is none (the wallet's outbox relies on it). */
    @Test
    void verifiedReceipt_unknownTransactionVersusUnverifiedBlock_distinguished() {
        try (LightClient client = client(SyncMode.FULL, 2, devnet.rpcUrl())) {
            Throwable notVerifiedYet = assertThrows(CompletionException.class,
                    () -> client.verifiedReceipt(Numeric.hexStringToByteArray(faucetTx)).join()).getCause();
            assertTrue(notVerifiedYet instanceof UnverifiableException && !(notVerifiedYet instanceof UnknownTransactionException),
                    notVerifiedYet.toString());
            client.sync().join();
            assertInstanceOf(UnknownTransactionException.class,
                    assertThrows(CompletionException.class, () -> client.verifiedReceipt(new byte[32]).join()).getCause());
        }
    }

    @Test
    void sync_skipMode_followsCheckpointsAndProvesOlderHeaderOnDemand() {
        try (LightClient client = client(SyncMode.SKIP, 1, devnet.rpcUrl())) {
            assertEquals(head, client.sync().join().number());
            assertEquals(TrustLevel.CHECKPOINT, client.storedVerifiedHeader(PARAMS.epochLength()).orElseThrow().trust());
            assertTrue(client.storedVerifiedHeader(3).isEmpty());
            StoredHeader proven = client.verifiedHeader(3).join();
            assertEquals(TrustLevel.HISTORY_PROOF, proven.trust());
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(Numeric.hexStringToByteArray(faucetTx)).join();
            assertEquals(TrustLevel.HISTORY_PROOF, receipt.trust(), "block 1 proven through the history root");
        }
    }

    /** Runs {@code action} with [tampering proxy → devnet, devnet]; the proxy must be named lying for {@code rule}. */
    private void expectLieCaught(TamperingProxy.Tamper tamper, String rule, Consumer<LightClient> action) throws Exception {
        try (TamperingProxy proxy = new TamperingProxy(devnet.rpcUrl())) {
            proxy.tamper(tamper);
            try (LightClient client = client(SyncMode.FULL, 2, proxy.uri(), devnet.rpcUrl())) {
                action.accept(client);
                assertTrue(proxy.alteredCount() > 0, "the proxy actually lied");
                EndpointHealth liar = client.endpointHealth().get(0);
                assertEquals(EndpointStatus.LYING, liar.status());
                assertTrue(liar.reason().contains(rule), "reason names " + rule + ": " + liar.reason());
                assertEquals(EndpointStatus.HEALTHY, client.endpointHealth().get(1).status());
            }
        }
    }

    private static void syncsToHead(LightClient client) {
        assertEquals(head, client.sync().join().number());
    }

    private static JsonNode resealed(String method, JsonNode params, JsonNode result, long number) {
        if (!method.equals("eth_getBlockByNumber") || result.isNull() || !result.path("number").asText().equals(BlockJson.q(number))) {
            return result;
        }
        return BlockJson.of(Sealer.seal(HeaderJson.fromRpcUnchecked(result), DevnetAccounts.privateKey(0)));
    }

    @Test
    void devnetBehindProxy_headerFieldAltered_detected() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getBlockByNumber") && r.path("number").asText().equals("0x7")
                ? ((ObjectNode) r).put("timestamp", "0x1") : r, "block 7: hash", DevnetLightClientTest::syncsToHead);
    }

    @Test
    void devnetBehindProxy_sealByNonValidator_detected() throws Exception {
        expectLieCaught((m, p, r) -> resealed(m, p, r, 9), "block 9: seal", DevnetLightClientTest::syncsToHead);
    }

    @Test
    void devnetBehindProxy_checkpointSealsDropped_detected() throws Exception {
        long cp = PARAMS.epochLength();
        expectLieCaught((m, p, r) -> {
            if (!m.equals("eth_getBlockByNumber") || !r.path("number").asText().equals(BlockJson.q(cp))) {
                return r;
            }
            var h = HeaderJson.fromRpcUnchecked(r);
            var x = net.utilitynet.protocol.poci.ExtraData.decode(h.extraData());
            return BlockJson.of(h.toBuilder().extraData(x.withCheckpoint(x.checkpoint().withCommittedSeals(List.of())).encode()).build());
        }, "block " + cp + ": checkpoint-quorum", DevnetLightClientTest::syncsToHead);
    }

    @Test
    void devnetBehindProxy_balanceInflated_detectedAndTrueBalanceReturned() throws Exception {
        expectLieCaught((m, p, r) -> m.equals("eth_getProof") ? ((ObjectNode) r).put("balance", "0x1") : r, "account-proof", client -> {
            syncsToHead(client);
            assertEquals(FIVE_UNC, client.verifiedBalance(RECIPIENT).join().value());
        });
    }

    @Test
    void devnetBehindProxy_accountProofNodeDropped_detected() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("eth_getProof")) {
                ((ArrayNode) r.get("accountProof")).remove(0);
            }
            return r;
        }, "account-proof", client -> {
            syncsToHead(client);
            assertEquals(FIVE_UNC, client.verifiedBalance(RECIPIENT).join().value());
        });
    }

    @Test
    void devnetBehindProxy_receiptAltered_detected() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("eth_getBlockReceipts") && r.size() > 0) {
                ((ObjectNode) r.get(0)).put("cumulativeGasUsed", "0x1");
            }
            return r;
        }, "receipts-root", client -> {
            syncsToHead(client);
            assertTrue(client.verifiedReceipt(Numeric.hexStringToByteArray(faucetTx)).join().value().receipt().success());
        });
    }

    @Test
    void devnetBehindProxy_logInjected_detected() throws Exception {
        expectLieCaught((m, p, r) -> {
            if (m.equals("eth_getBlockReceipts") && r.size() > 0) {
                ObjectNode receipt = (ObjectNode) r.get(0);
                ObjectNode log = ((ArrayNode) receipt.get("logs")).addObject();
                log.put("address", Numeric.toHexString(RECIPIENT));
                log.putArray("topics").add(TextNode.valueOf("0x" + "ab".repeat(32)));
                log.put("data", "0x");
                byte[] bloom = net.utilitynet.protocol.bloom.LogsBloom.fromBytes(Numeric.hexStringToByteArray(receipt.get("logsBloom").asText()))
                        .or(net.utilitynet.protocol.bloom.LogsBloom.ofLog(RECIPIENT, List.of(Numeric.hexStringToByteArray("0x" + "ab".repeat(32)))))
                        .toBytes();
                receipt.put("logsBloom", Numeric.toHexString(bloom)); // a consistent lie: bloom matches the injected log
            }
            return r;
        }, "receipts-root", client -> {
            syncsToHead(client);
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(Numeric.hexStringToByteArray(faucetTx)).join();
            assertTrue(receipt.value().receipt().logs().stream().noneMatch(l -> java.util.Arrays.equals(l.address(), RECIPIENT)));
        });
    }

    @Test
    void devnetBehindProxy_checkpointAnswerHeaderHashMismatch_detectedDuringSkipSync() throws Exception {
        try (TamperingProxy proxy = new TamperingProxy(devnet.rpcUrl())) {
            long cp = PARAMS.epochLength();
            proxy.tamper((m, p, r) -> m.equals("eth_getBlockByNumber") && r.path("number").asText().equals(BlockJson.q(cp))
                    ? ((ObjectNode) r).put("mixHash", "0x" + "00".repeat(32)) : r);
            try (LightClient client = client(SyncMode.SKIP, 1, proxy.uri(), devnet.rpcUrl())) {
                assertEquals(head, client.sync().join().number());
                assertEquals(EndpointStatus.LYING, client.endpointHealth().get(0).status());
                assertArrayEquals(new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", BlockJson.q(cp), false).get("hash").asText()
                        .getBytes(), Numeric.toHexString(client.storedVerifiedHeader(cp).orElseThrow().hash()).getBytes());
            }
        }
    }
}
