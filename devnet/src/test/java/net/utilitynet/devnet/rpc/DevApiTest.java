package net.utilitynet.devnet.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.devnet.DevnetFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

class DevApiTest {
    private static final String ALICE = "0x00000000000000000000000000000000000000a1";

    @TempDir
    Path dir;

    @Test
    void faucet_onDemandMode_minesARealTransferAndReturnsItsHash() throws Exception {
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            BigInteger amount = DevnetFixture.UNC.multiply(BigInteger.valueOf(1000));
            String hash = net.rpc.result("unc_devFaucet", ALICE, "0x" + amount.toString(16)).asText();
            JsonNode receipt = net.rpc.result("eth_getTransactionReceipt", hash);
            assertEquals("0x1", receipt.get("status").asText());
            assertEquals(ALICE, receipt.get("to").asText());
            assertEquals(amount, net.balance(ALICE));
            assertEquals(1, net.rpc.result("unc_getTransactionsByAddress", ALICE).size());
            JsonNode tooMuch = net.rpc.error("unc_devFaucet", ALICE, "0x" + amount.add(BigInteger.ONE).toString(16));
            assertEquals(-32602, tooMuch.get("code").asInt());
            assertTrue(tooMuch.get("message").asText().contains("1000 UNC"), tooMuch.toString());
        }
    }

    @Test
    void faucet_intervalMode_answersOnceTheTransferIsInABlock() throws Exception {
        try (DevnetFixture net = DevnetFixture.start(DevnetConfig.defaults(dir).withBlockTimeMs(100))) {
            String hash = net.rpc.result("unc_devFaucet", ALICE, "0x64").asText();
            assertEquals("0x1", net.rpc.result("eth_getTransactionReceipt", hash).get("status").asText());
            assertEquals(BigInteger.valueOf(100), net.balance(ALICE));
        }
    }

    @Test
    void mine_andIssueChip_validateTheirInput() throws Exception {
        try (DevnetFixture net = DevnetFixture.onDemand(dir)) {
            assertEquals("0x0", net.rpc.result("evm_mine").asText());
            JsonNode mined = net.rpc.result("unc_devMine");
            assertEquals("0x2", mined.get("number").asText());
            assertEquals(net.block(2, false).get("hash").asText(), mined.get("hash").asText());
            JsonNode badKey = net.rpc.error("unc_devIssueSimulatedChip", "0x05" + "11".repeat(32), "Simulated chip");
            assertEquals(-32602, badKey.get("code").asInt());
            assertTrue(badKey.get("message").asText().contains("publicKey"), badKey.toString());
            JsonNode badModel = net.rpc.error("unc_devIssueSimulatedChip", "0x" + "11".repeat(33), "Toaster 3000");
            assertEquals(-32602, badModel.get("code").asInt());
            assertTrue(badModel.get("message").asText().contains("rating table"), badModel.toString());
            assertEquals(2, Numeric.toBigInt(net.rpc.result("eth_blockNumber").asText()).intValue());
        }
    }
}
