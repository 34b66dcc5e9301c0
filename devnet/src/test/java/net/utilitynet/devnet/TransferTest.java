package net.utilitynet.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

class TransferTest {
    @TempDir
    Path dir;
    private DevnetFixture net;

    @BeforeEach
    void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
    }

    @AfterEach
    void stop() {
        net.close();
    }

    @Test
    void sendRawTransaction_eip1559Transfer_isMinedWithReceiptAndFeesSplit() {
        String alice = DevnetFixture.address(0);
        String bob = "0x00000000000000000000000000000000000000b0";
        BigInteger before = net.balance(alice);
        BigInteger value = DevnetFixture.UNC.multiply(BigInteger.valueOf(3));
        String hash = net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(0, 0, bob, value)).asText();
        assertEquals(1, Numeric.toBigInt(net.rpc.result("eth_getTransactionCount", alice, "pending").asText()).intValue());
        assertEquals("0x0", net.rpc.result("eth_getTransactionCount", alice, "latest").asText());
        // pending transactions are visible by hash with null block fields
        assertTrue(net.rpc.result("eth_getTransactionByHash", hash).get("blockHash").isNull());

        net.devnet.mineBlock();

        JsonNode receipt = net.rpc.result("eth_getTransactionReceipt", hash);
        assertEquals("0x1", receipt.get("status").asText());
        assertEquals("0x2", receipt.get("type").asText());
        assertEquals("0x5208", receipt.get("gasUsed").asText());
        assertEquals("0x5208", receipt.get("cumulativeGasUsed").asText());
        JsonNode block = net.block(1, false);
        assertEquals(hash, block.get("transactions").get(0).asText());
        BigInteger baseFee = Numeric.toBigInt(block.get("baseFeePerGas").asText());
        BigInteger price = Numeric.toBigInt(receipt.get("effectiveGasPrice").asText());
        assertEquals(baseFee.add(DevnetFixture.GWEI), price);
        assertEquals(value, net.balance(bob));
        assertEquals(before.subtract(value).subtract(price.multiply(BigInteger.valueOf(21_000))), net.balance(alice));
        // no claim: the coinbase is the zero address and receives the priority fee; the base fee is burned
        assertEquals("0x0000000000000000000000000000000000000000", block.get("miner").asText());
        assertEquals(DevnetFixture.GWEI.multiply(BigInteger.valueOf(21_000)), net.balance(block.get("miner").asText()));
        assertEquals("0x1", net.rpc.result("eth_getTransactionCount", alice, "latest").asText());
    }

    @Test
    void sendRawTransaction_nonceGap_waitsUntilFilled() {
        String bob = "0x00000000000000000000000000000000000000b1";
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(1, 1, bob, BigInteger.ONE));
        net.devnet.mineBlock();
        assertEquals(BigInteger.ZERO, net.balance(bob));
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(1, 0, bob, BigInteger.ONE));
        net.devnet.mineBlock();
        assertEquals(BigInteger.TWO, net.balance(bob));
        assertEquals(2, net.block(2, false).get("transactions").size());
    }

    @Test
    void getBlockReceipts_blockWithTwoTxs_returnsBothWithCumulativeGas() {
        String bob = "0x00000000000000000000000000000000000000b2";
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(2, 0, bob, BigInteger.ONE));
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(3, 0, bob, BigInteger.ONE));
        net.devnet.mineBlock();
        JsonNode receipts = net.rpc.result("eth_getBlockReceipts", "0x1");
        assertEquals(2, receipts.size());
        assertEquals("0xa410", receipts.get(1).get("cumulativeGasUsed").asText());
        JsonNode full = net.block(1, true);
        java.util.Set<String> senders = new java.util.HashSet<>();
        full.get("transactions").forEach(t -> senders.add(t.get("from").asText()));
        assertEquals(java.util.Set.of(DevnetFixture.address(2), DevnetFixture.address(3)), senders);
        assertEquals(receipts.get(0).get("transactionHash").asText(), full.get("transactions").get(0).get("hash").asText());
    }

    @Test
    void getTransactionsByAddress_afterTransfers_listsSenderAndRecipientHistory() {
        String carol = "0x00000000000000000000000000000000000000c0";
        String h1 = net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(4, 0, carol, BigInteger.TEN)).asText();
        net.devnet.mineBlock();
        String h2 = net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(4, 1, carol, BigInteger.TWO)).asText();
        net.devnet.mineBlock();
        JsonNode list = net.rpc.result("unc_getTransactionsByAddress", carol);
        assertEquals(2, list.size());
        assertEquals(h1, list.get(0).get("hash").asText());
        assertEquals(h2, list.get(1).get("hash").asText());
        assertEquals("0x1", list.get(0).get("status").asText());
        assertEquals("0xa", list.get(0).get("value").asText());
        assertEquals(1, net.rpc.result("unc_getTransactionsByAddress", DevnetFixture.address(4), "0x2", "0x5").size());
    }
}
