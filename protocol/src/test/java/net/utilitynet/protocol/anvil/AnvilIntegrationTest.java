package net.utilitynet.protocol.anvil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.utilitynet.protocol.bloom.LogsBloom;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.receipt.Receipt;
import net.utilitynet.protocol.trie.AccountState;
import net.utilitynet.protocol.trie.EthGetProof;
import net.utilitynet.protocol.trie.ProofException;
import net.utilitynet.protocol.trie.ProvenAccount;
import net.utilitynet.protocol.trie.TrieRoots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Checks our trie, proof, bloom and receipt code against Anvil, an independent Ethereum node: one block
 * with a type-2 transfer, a legacy transfer and a contract deployment that writes storage and emits a log.
 * Skips only when no anvil binary is installed (run {@code scripts/install-anvil.sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnvilIntegrationTest {
    private static final String RECIPIENT = "0x1111111111111111111111111111111111111111";
    private static final String LEGACY_RECIPIENT = "0x2222222222222222222222222222222222222222";
    private static final String MISSING = "0x3333333333333333333333333333333333333333";
    private static final String TOPIC = Numeric.toHexString(Hash.sha3("Stored(uint256)".getBytes(StandardCharsets.US_ASCII)));
    /**
     * Init code: SSTORE(0, 42); SSTORE(1, 0xbeef); LOG1(mem 0..0, TOPIC); RETURN(mem 0, 1), so the runtime
     * code is the single byte 0x00 (STOP).
     */
    private static final String INIT_CODE = "0x602a600055" + "61beef600155" + "7f" + TOPIC.substring(2) + "60006000a1"
            + "60016000f3";

    private AnvilNode anvil;
    private String from;
    private JsonNode block;
    private BlockHeader header;
    private String contract;

    @BeforeAll
    void startAnvilAndMineOneBlock() throws Exception {
        Path binary = AnvilNode.findBinary().orElse(null);
        Assumptions.assumeTrue(binary != null, "anvil not found at $ANVIL or ~/.cache/utilitynet/anvil/bin/anvil; "
                + "run scripts/install-anvil.sh to enable this integration test");
        anvil = AnvilNode.start(binary);
        JsonNode accounts = anvil.call("eth_accounts");
        from = accounts.get(0).asText();
        anvil.call("evm_setAutomine", false);
        // One sender per transaction: anvil 1.7.1 drops a sender's later pending transactions when mining by hand.
        anvil.call("eth_sendTransaction", Map.of("from", from, "to", RECIPIENT, "value", "0x1234"));
        anvil.call("eth_sendTransaction", Map.of("from", accounts.get(1).asText(), "to", LEGACY_RECIPIENT, "value", "0x5",
                "gasPrice", "0x174876e800"));
        String deployHash = anvil.call("eth_sendTransaction", Map.of("from", accounts.get(2).asText(), "data", INIT_CODE,
                "gas", "0x30d40")).asText();
        anvil.call("evm_mine");
        contract = anvil.call("eth_getTransactionReceipt", deployHash).get("contractAddress").asText();
        block = anvil.call("eth_getBlockByNumber", "latest", false);
        assertEquals(3, block.get("transactions").size(), "all three transactions are in one block");
        // Every root below is taken from a header whose hash we recomputed, as a light client would.
        header = HeaderJson.fromRpc(block);
    }

    @AfterAll
    void stopAnvil() throws InterruptedException {
        if (anvil != null) {
            anvil.close();
        }
    }

    @Test
    void getProof_fundedRecipient_provesBalanceAndNonce() throws Exception {
        ProvenAccount account = proof(RECIPIENT).verify(stateRoot());
        assertEquals(BigInteger.valueOf(0x1234), account.account().balance());
        assertEquals(BigInteger.ZERO, account.account().nonce());
        assertFalse(account.account().hasCode());
    }

    @Test
    void getProof_sender_provesNonceOfOneSentTransaction() throws Exception {
        ProvenAccount account = proof(from).verify(stateRoot());
        assertEquals(BigInteger.ONE, account.account().nonce());
        assertTrue(account.account().balance().signum() > 0);
    }

    @Test
    void getProof_missingAccount_provesAbsence() throws Exception {
        ProvenAccount account = proof(MISSING).verify(stateRoot());
        assertEquals(AccountState.EMPTY, account.account());
    }

    @Test
    void getProof_contractStorage_provesWrittenSlotsAndAbsentSlot() throws Exception {
        ProvenAccount account = proof(contract, slot(0), slot(1), slot(2)).verify(stateRoot());
        assertEquals(BigInteger.valueOf(42), account.storageAt(Numeric.hexStringToByteArray(slot(0))).orElseThrow());
        assertEquals(BigInteger.valueOf(0xbeef), account.storageAt(Numeric.hexStringToByteArray(slot(1))).orElseThrow());
        assertEquals(BigInteger.ZERO, account.storageAt(Numeric.hexStringToByteArray(slot(2))).orElseThrow());
        assertArrayEquals(Hash.sha3(new byte[] {0}), account.account().codeHash(), "runtime code is the byte 0x00");
        assertEquals(BigInteger.ONE, account.account().nonce(), "contracts start at nonce 1 (EIP-161)");
    }

    @Test
    void verify_answerClaimingOtherBalance_throwsNamingBalance() throws Exception {
        JsonNode answer = anvil.call("eth_getProof", RECIPIENT, List.of(), blockNumber());
        ((ObjectNode) answer).put("balance", "0x1235");
        ProofException e = assertThrows(ProofException.class, () -> EthGetProof.parse(answer).verify(stateRoot()));
        assertTrue(e.getMessage().contains("balance"), e.getMessage());
    }

    @Test
    void verify_proofAgainstParentStateRoot_isRejected() throws Exception {
        JsonNode parent = anvil.call("eth_getBlockByHash", Numeric.toHexString(header.parentHash()), false);
        byte[] parentRoot = HeaderJson.fromRpc(parent).stateRoot();
        assertThrows(ProofException.class, () -> proof(RECIPIENT).verify(parentRoot));
    }

    @Test
    void transactionsRoot_rawTransactionsOfBlock_matchesHeader() throws Exception {
        List<byte[]> raw = new ArrayList<>();
        for (JsonNode hash : block.get("transactions")) {
            raw.add(Numeric.hexStringToByteArray(anvil.call("eth_getRawTransactionByHash", hash.asText()).asText()));
        }
        assertArrayEquals(header.transactionsRoot(), TrieRoots.ordered(raw));
        assertEquals(0, block.get("withdrawals").size());
        assertArrayEquals(header.withdrawalsRoot(), TrieRoots.ordered(List.of()), "no withdrawals: the empty-trie root");
    }

    @Test
    void receiptsRootAndBloom_blockReceipts_matchHeader() throws Exception {
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode json : anvil.call("eth_getBlockReceipts", blockNumber())) {
            receipts.add(Receipt.fromRpc(json));
        }
        assertEquals(List.of(0, 2, 2), receipts.stream().map(Receipt::type).sorted().toList(), "one legacy, two type-2");
        assertArrayEquals(header.receiptsRoot(), Receipt.receiptsRoot(receipts));

        LogsBloom blockBloom = receipts.stream().map(Receipt::bloom).reduce(LogsBloom.empty(), LogsBloom::or);
        assertArrayEquals(header.logsBloom(), blockBloom.toBytes());
        assertTrue(blockBloom.mayContainAddress(Numeric.hexStringToByteArray(contract)));
        assertTrue(blockBloom.mayContainTopic(Numeric.hexStringToByteArray(TOPIC)));
    }

    private EthGetProof proof(String address, String... slots) throws Exception {
        return EthGetProof.parse(anvil.call("eth_getProof", address, List.of(slots), blockNumber()));
    }

    private byte[] stateRoot() {
        return header.stateRoot();
    }

    private String blockNumber() {
        return Numeric.encodeQuantity(BigInteger.valueOf(header.number()));
    }

    private static String slot(int index) {
        return Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(index), 64);
    }
}
