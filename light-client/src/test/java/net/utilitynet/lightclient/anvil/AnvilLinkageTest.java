package net.utilitynet.lightclient.anvil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.testing.AnvilProcess;
import net.utilitynet.lightclient.verify.TrustLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * Linkage-only mode against Anvil, an independent Ethereum node: header hashes (Prague layout), parent links,
 * account proofs, and transaction/receipt roots recomputed from Anvil's answers. Skipped only when the anvil
 * binary is missing (run scripts/install-anvil.sh).
 */
class AnvilLinkageTest {
    private static final String DEV0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static final String DEV1 = "0x70997970c51812dc3a010c7d01b8e2d7bfd9f0ed";
    private static AnvilProcess anvil;
    private static String txHash;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAnvil() throws Exception {
        var binary = AnvilProcess.findBinary();
        assumeTrue(binary.isPresent(), "anvil not installed; run scripts/install-anvil.sh");
        anvil = AnvilProcess.start(binary.get());
        HttpRpcClient rpc = new HttpRpcClient(anvil.uri());
        rpc.call("anvil_mine", "0x5");
        txHash = rpc.call("eth_sendTransaction", Map.of("from", DEV0, "to", DEV1, "value", "0xde0b6b3a7640000")).asText();
        rpc.call("anvil_mine", "0x3");
    }

    @AfterAll
    static void stopAnvil() throws Exception {
        if (anvil != null) {
            anvil.close();
        }
    }

    private LightClient client() {
        JsonNode genesis = new HttpRpcClient(anvil.uri()).call("eth_getBlockByNumber", "0x0", false);
        TrustAnchor anchor = new TrustAnchor(0, Numeric.hexStringToByteArray(genesis.get("hash").asText()));
        return LightClient.open(LightClientConfig.of(List.of(anvil.uri()), dir.resolve("anvil.db"),
                SyncConfig.of(SyncMode.LINKAGE_ONLY, anchor, null)));
    }

    @Test
    void sync_anvilChain_headersLinkedAndLabelledNotConsensusVerified() {
        try (LightClient client = client()) {
            StoredHeader head = client.sync().join();
            assertEquals(9, head.number());
            assertEquals(TrustLevel.LINKAGE_ONLY, head.trust());
            assertEquals(EndpointStatus.HEALTHY, client.endpointHealth().get(0).status());
        }
    }

    @Test
    void verifiedBalance_anvilProof_matchesNodeBalanceAtVerifiedHead() {
        try (LightClient client = client()) {
            client.sync().join();
            Verified<BigInteger> balance = client.verifiedBalance(Numeric.hexStringToByteArray(DEV1)).join();
            BigInteger nodeSays = Numeric.decodeQuantity(new HttpRpcClient(anvil.uri()).call("eth_getBalance", DEV1, "0x9").asText());
            assertEquals(nodeSays, balance.value());
            assertTrue(balance.value().compareTo(BigInteger.TEN.pow(18)) >= 0, "received the 1 ETH transfer");
            assertEquals(TrustLevel.LINKAGE_ONLY, balance.trust());
            assertEquals(9, balance.blockNumber());
        }
    }

    @Test
    void verifiedReceipt_anvilTransfer_provenByBothRoots() {
        try (LightClient client = client()) {
            client.sync().join();
            Verified<VerifiedReceipt> receipt = client.verifiedReceipt(Numeric.hexStringToByteArray(txHash)).join();
            assertTrue(receipt.value().receipt().success());
            assertArrayEquals(Numeric.hexStringToByteArray(txHash), receipt.value().transactionHash());
            assertEquals(6, receipt.blockNumber());
        }
    }
}
