package net.utilitynet.devnet.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.utilitynet.devnet.DevnetFixture;
import net.utilitynet.devnet.RpcTestClient;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    private static final String BOB = "0x00000000000000000000000000000000000000b0";

    @TempDir
    Path dir;

    @Test
    void restart_sameDataDir_resumesAtStoredHeadWithState() throws Exception {
        String hash;
        String headHash;
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            hash = net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(0, 0, BOB, BigInteger.TEN)).asText();
            net.devnet.mineBlock();
            net.devnet.mineBlock();
            headHash = net.block(2, false).get("hash").asText();
        }
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            assertEquals(2, net.blockNumber());
            assertEquals(headHash, net.block(2, false).get("hash").asText());
            assertEquals(BigInteger.TEN, net.balance(BOB));
            assertEquals("0x1", net.rpc.result("eth_getTransactionReceipt", hash).get("status").asText());
            net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(0, 1, BOB, BigInteger.ONE));
            net.devnet.mineBlock();
            assertEquals(BigInteger.valueOf(11), net.balance(BOB));
            assertEquals(headHash, net.block(3, false).get("parentHash").asText());
        }
    }

    @Test
    void restart_withOtherGenesis_isRefusedNamingBothHashes() throws Exception {
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            net.devnet.mineBlock();
        }
        net.utilitynet.protocol.chain.ChainParams p = net.utilitynet.protocol.chain.ChainParams.devnet();
        net.utilitynet.protocol.chain.ChainParams other = new net.utilitynet.protocol.chain.ChainParams(p.chainId(), p.epochLength(),
                p.blockPeriodSeconds(), p.validators(), p.allocations(), p.rewardSchedule(), p.electionFactor(), p.vendorRoots(),
                p.chipRatings(), p.gasLimit() + 1, p.initialBaseFee(), p.genesisTimestamp(), p.genesisMixHash(), p.devnetFeatures());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> net.utilitynet.devnet.Devnet.start(net.utilitynet.devnet.DevnetConfig.defaults(dir).withGenesis(other)));
        assertTrue(e.getMessage().contains("not the configured genesis"), e.getMessage());
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            assertEquals(1, net.blockNumber());
        }
    }

    /**
     * A standalone devnet in a child JVM producing a block every 20 ms is killed with SIGKILL while transactions
     * stream in; on restart the chain must be whole and every transaction whose receipt was seen must be there.
     */
    @Test
    void killDashNine_duringBlockProduction_keepsHeadConsistentAndReceiptsDurable() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "net.utilitynet.devnet.DevnetMain", "--port", "0", "--data-dir", dir.toString(), "--block-time", "20")
                .redirectErrorStream(true).start();
        List<String> receipted = new ArrayList<>();
        try {
            URI url = readUrl(child);
            RpcTestClient rpc = new RpcTestClient(url);
            List<String> sent = new ArrayList<>();
            for (int nonce = 0; nonce < 30; nonce++) {
                for (int account = 0; account < 4; account++) {
                    sent.add(rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(account, nonce, BOB, BigInteger.ONE)).asText());
                }
                for (String h : sent) {
                    if (!receipted.contains(h) && !rpc.call("eth_getTransactionReceipt", h).get("result").isNull()) {
                        receipted.add(h);
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(receipted.isEmpty(), "the child produced no block before it was killed");

        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            long head = net.blockNumber();
            BlockHeader later = HeaderJson.fromRpc(net.block(head, false));
            for (long n = head - 1; n >= 0; n--) {
                BlockHeader parent = HeaderJson.fromRpc(net.block(n, false));
                assertArrayEquals(parent.hash(), later.parentHash(), "hash chain broken at block " + n);
                later = parent;
            }
            for (String h : receipted) {
                JsonNode r = net.rpc.result("eth_getTransactionReceipt", h);
                assertEquals("0x1", r.get("status").asText(), "receipt lost for " + h);
            }
            // the head state is complete: balances read, and the chain goes on from there
            long included = net.rpc.result("unc_getTransactionsByAddress", BOB, "0x0", "0x3e8").size();
            assertEquals(BigInteger.valueOf(included), net.balance(BOB));
            assertTrue(included >= receipted.size());
            net.devnet.mineBlock();
            assertEquals(head + 1, net.blockNumber());
        }
    }

    private static URI readUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("UtilityNet devnet RPC: ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(line.substring("UtilityNet devnet RPC: ".length()).trim());
            }
        }
        throw new AssertionError("child devnet exited without printing its RPC URL");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
