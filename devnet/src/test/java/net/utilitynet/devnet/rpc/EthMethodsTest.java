package net.utilitynet.devnet.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.DevnetFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** Standard methods on a running devnet: answer shapes, block selectors, and bad input answered with named errors. */
class EthMethodsTest {
    private static final String BOB = "0x00000000000000000000000000000000000000b0";
    @TempDir
    static Path dir;
    private static DevnetFixture net;

    @BeforeAll
    static void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
        net.sendAndMine(DevnetFixture.transfer(0, 0, BOB, BigInteger.TEN));
        net.devnet.mineBlock();
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    @Test
    void identity_methods_answerChain21844() {
        assertEquals("0x5554", net.rpc.result("eth_chainId").asText());
        assertEquals("21844", net.rpc.result("net_version").asText());
        assertTrue(net.rpc.result("web3_clientVersion").asText().startsWith("UtilityNet-Devnet/"));
    }

    @Test
    void blockSelectors_numberTagAndEip1898_agree() {
        String hash = net.block(1, false).get("hash").asText();
        assertEquals(BigInteger.TEN, Numeric.toBigInt(net.rpc.result("eth_getBalance", BOB, Map.of("blockHash", hash)).asText()));
        assertEquals("0x0", net.rpc.result("eth_getBalance", BOB, "earliest").asText());
        assertEquals("0xa", net.rpc.result("eth_getBalance", BOB, "0x1").asText());
        assertEquals(hash, net.rpc.result("eth_getBlockByHash", hash, false).get("hash").asText());
        assertTrue(net.rpc.result("eth_getBlockByNumber", "0x99", false).isNull());
        JsonNode e = net.rpc.error("eth_getBalance", BOB, "0x99");
        assertEquals(-32000, e.get("code").asInt());
        assertTrue(e.get("message").asText().contains("header not found"), e.toString());
    }

    @Test
    void block_json_hasEveryHeaderFieldAndASize() {
        JsonNode b = net.block(1, true);
        for (String f : List.of("number", "hash", "parentHash", "nonce", "sha3Uncles", "logsBloom", "transactionsRoot", "stateRoot",
                "receiptsRoot", "miner", "difficulty", "totalDifficulty", "extraData", "size", "gasLimit", "gasUsed", "timestamp",
                "mixHash", "baseFeePerGas", "transactions", "uncles")) {
            assertTrue(b.has(f), "missing " + f);
        }
        assertEquals("0x0000000000000000", b.get("nonce").asText());
        assertEquals("0x1", b.get("difficulty").asText());
        assertTrue(Numeric.toBigInt(b.get("size").asText()).intValue() > 500);
        assertEquals("0x5208", b.get("gasUsed").asText());
        assertEquals(BOB, b.get("transactions").get(0).get("to").asText());
    }

    @Test
    void storageCodeAndFees_answerInEthereumShape() {
        assertEquals("0x", net.rpc.result("eth_getCode", BOB, "latest").asText());
        assertEquals("0x" + "00".repeat(32), net.rpc.result("eth_getStorageAt", BOB, "0x0", "latest").asText());
        assertEquals("0x3b9aca00", net.rpc.result("eth_maxPriorityFeePerGas").asText());
        JsonNode fh = net.rpc.result("eth_feeHistory", "0x2", "latest", List.of(50));
        assertEquals("0x1", fh.get("oldestBlock").asText());
        assertEquals(3, fh.get("baseFeePerGas").size());
        assertEquals(2, fh.get("gasUsedRatio").size());
        assertEquals("0x3b9aca00", fh.get("reward").get(0).get(0).asText());
        assertEquals("0x5208", net.rpc.result("eth_estimateGas", Map.of("from", DevnetFixture.address(0), "to", BOB, "value", "0x1")).asText());
    }

    @Test
    void badInput_namesTheParameterAndKeepsServing() {
        assertTrue(net.rpc.error("eth_getBalance", "0x1234", "latest").get("message").asText().contains("param 1 (address)"));
        assertTrue(net.rpc.error("eth_getBalance", BOB, "newest").get("message").asText().contains("param 2 (block)"));
        assertTrue(net.rpc.error("eth_getBlockByNumber", "0x1", "yes").get("message").asText().contains("param 2 (fullTransactions)"));
        assertTrue(net.rpc.error("eth_getLogs", Map.of("fromBlock", "0x2", "toBlock", "0x1")).get("message").asText().contains("after toBlock"));
        assertTrue(net.rpc.error("eth_getLogs", Map.of("topics", List.of(1))).get("message").asText().contains("filter.topics"));
        assertTrue(net.rpc.error("eth_call", Map.of("data", "0x")).get("message").asText().contains("contract creation"));
        assertTrue(net.rpc.error("eth_feeHistory", "0x0", "latest").get("message").asText().contains("blockCount"));
        assertTrue(net.rpc.error("eth_getProof", BOB, "0x0", "latest").get("message").asText().contains("storageKeys"));
        JsonNode batch = net.rpc.postJson("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBalance\",\"params\":[1]}]");
        assertEquals("0x2", batch.get(0).get("result").asText());
        assertEquals(-32602, batch.get(1).get("error").get("code").asInt());
    }

    @Test
    void getLogs_emptyChainOfTransfers_returnsEmptyList() {
        assertEquals(0, net.rpc.result("eth_getLogs", Map.of("fromBlock", "earliest", "toBlock", "latest")).size());
        String hash = net.block(1, false).get("hash").asText();
        assertEquals(0, net.rpc.result("eth_getLogs", Map.of("blockHash", hash)).size());
    }
}
