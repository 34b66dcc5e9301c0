package net.utilitynet.wallet.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryEntry;
import net.utilitynet.wallet.testnode.TestNode;
import net.utilitynet.wallet.tx.FeePresets;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class UnverifiedJsonRpcTest {

    @Test
    void chainIdAndFeeHistory_realHttp_parsed() throws Exception {
        try (TestNode node = new TestNode()) {
            UnverifiedJsonRpc rpc = UnverifiedJsonRpc.to(node.uri());
            assertEquals(21844, rpc.chainId());
            FeeHistory h = rpc.feeHistory(2, FeePresets.PERCENTILES);
            assertEquals(16, h.oldestBlock());
            assertEquals(BigInteger.valueOf(2_000_000_000L), h.nextBaseFee());
            assertEquals(BigInteger.valueOf(9), h.rewards().get(1).get(2));
            assertEquals(BigInteger.valueOf(4_000_000_000L + 9), FeePresets.from(h).fast().maxFeePerGas());
        }
    }

    @Test
    void sendRawTransaction_duplicate_alreadyKnownCountsAsDelivered() throws Exception {
        try (TestNode node = new TestNode()) {
            UnverifiedJsonRpc rpc = UnverifiedJsonRpc.to(node.uri());
            byte[] raw = Numeric.hexStringToByteArray("0x02c0ffee");
            assertEquals(BroadcastResult.Outcome.ACCEPTED, rpc.sendRawTransaction(raw).outcome());
            BroadcastResult again = rpc.sendRawTransaction(raw);
            assertEquals(BroadcastResult.Outcome.ALREADY_KNOWN, again.outcome());
            assertTrue(again.delivered());
        }
    }

    @Test
    void sendRawTransaction_nodeRejects_reportsMessage() throws Exception {
        try (TestNode node = new TestNode()) {
            node.rejectWith = "insufficient funds for gas * price + value";
            BroadcastResult r = UnverifiedJsonRpc.to(node.uri()).sendRawTransaction(new byte[] {2});
            assertEquals(BroadcastResult.Outcome.REJECTED, r.outcome());
            assertTrue(r.message().contains("insufficient funds"));
        }
    }

    @Test
    void call_endpointDown_chainAccessExceptionNamesEndpoint() throws Exception {
        URI gone;
        try (TestNode node = new TestNode()) {
            gone = node.uri();
        }
        UnverifiedJsonRpc rpc = UnverifiedJsonRpc.to(gone);
        ChainAccessException e = assertThrows(ChainAccessException.class, rpc::chainId);
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
        assertTrue(e.getMessage().contains(gone.toString()));
    }

    @Test
    void transactionsByAddress_documentedShape_parsed() throws Exception {
        try (TestNode node = new TestNode()) {
            node.extraResults.put("unc_getTransactionsByAddress", new ObjectMapper().readTree("[{"
                    + "\"hash\":\"0x" + "ab".repeat(32) + "\",\"blockNumber\":\"0x2a\",\"blockHash\":\"0x" + "cd".repeat(32) + "\","
                    + "\"transactionIndex\":\"0x0\",\"timestamp\":\"0x6553f100\",\"from\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\","
                    + "\"to\":\"0x70997970c51812dc3a010c7d01b50e0d17dc79c8\",\"value\":\"0xde0b6b3a7640000\",\"nonce\":\"0x3\","
                    + "\"type\":\"0x2\",\"status\":\"0x1\",\"gasUsed\":\"0x5208\",\"effectiveGasPrice\":\"0x3b9aca00\"}]"));
            var list = UnverifiedJsonRpc.to(node.uri()).transactionsByAddress(
                    Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "a"), 0, 100);
            HistoryEntry e = list.get(0);
            assertEquals(42, e.blockNumber());
            assertEquals(new BigInteger("1000000000000000000"), e.valueWei());
            assertEquals(BigInteger.valueOf(21000L * 1_000_000_000L), e.feeWei().orElseThrow());
            assertTrue(e.succeeded());
            assertEquals(2, e.type());
            assertEquals(java.time.Instant.ofEpochSecond(0x6553f100L), e.timestamp().orElseThrow());
        }
    }

    /** Exactly the fields the devnet's unc_getTransactionsByAddress writes (no timestamp or fee fields). */
    @Test
    void transactionsByAddress_devnetMinimalShape_parsedWithoutOptionalFields() throws Exception {
        try (TestNode node = new TestNode()) {
            node.extraResults.put("unc_getTransactionsByAddress", new ObjectMapper().readTree("[{"
                    + "\"hash\":\"0x" + "ab".repeat(32) + "\",\"blockNumber\":\"0x2\",\"blockHash\":\"0x" + "cd".repeat(32) + "\","
                    + "\"transactionIndex\":\"0x0\",\"from\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"to\":null,"
                    + "\"value\":\"0x0\",\"nonce\":\"0x0\",\"type\":\"0x0\",\"status\":\"0x0\"}]"));
            HistoryEntry e = UnverifiedJsonRpc.to(node.uri()).transactionsByAddress(
                    Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "a"), 0, 100).get(0);
            assertTrue(e.to().isEmpty());
            assertTrue(e.timestamp().isEmpty());
            assertTrue(e.feeWei().isEmpty());
            assertTrue(!e.succeeded());
        }
    }

    @Test
    void unknownMethod_errorObject_becomesChainAccessException() throws Exception {
        try (TestNode node = new TestNode()) {
            ChainAccessException e = assertThrows(ChainAccessException.class, () -> UnverifiedJsonRpc.to(node.uri())
                    .transactionsByAddress(Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "a"), 0, 10));
            assertTrue(e.getMessage().contains("does not exist"));
        }
    }
}
