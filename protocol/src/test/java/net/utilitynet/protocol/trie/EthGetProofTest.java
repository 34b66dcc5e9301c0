package net.utilitynet.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.json.RpcFormatException;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** eth_getProof answers recorded from Anvil, replayed offline (honest and tampered). */
class EthGetProofTest {
    private final JsonNode recording = RecordedAnvil.load();
    /** The state root of the recorded header, whose hash is recomputed and checked first. */
    private final byte[] stateRoot = HeaderJson.fromRpc(recording.get("block")).stateRoot();

    @Test
    void verify_recordedContractProof_provesAccountAndSlots() {
        ProvenAccount account = EthGetProof.parse(recording.get("contractProof")).verify(stateRoot);
        assertEquals(BigInteger.ONE, account.account().nonce());
        assertArrayEquals(Hash.sha3(new byte[] {0}), account.account().codeHash());
        assertEquals(BigInteger.valueOf(42), account.storageAt(slot(0)).orElseThrow());
        assertEquals(BigInteger.valueOf(0xbeef), account.storageAt(slot(1)).orElseThrow());
        assertEquals(BigInteger.ZERO, account.storageAt(slot(2)).orElseThrow());
        assertTrue(account.storageAt(slot(3)).isEmpty(), "slot 3 was not asked for");
    }

    @Test
    void verify_recordedMissingAccount_provesEmptyAccount() {
        assertEquals(AccountState.EMPTY, EthGetProof.parse(recording.get("missingProof")).verify(stateRoot).account());
    }

    @Test
    void verify_missingAccountWithZeroHashes_isAcceptedAsGethReportsIt() {
        ObjectNode answer = (ObjectNode) recording.get("missingProof");
        answer.put("codeHash", "0x" + "00".repeat(32)).put("storageHash", "0x" + "00".repeat(32));
        assertEquals(AccountState.EMPTY, EthGetProof.parse(answer).verify(stateRoot).account());
    }

    @Test
    void verify_claimedStorageValueDiffers_throwsNamingSlot() {
        ObjectNode slot1 = (ObjectNode) recording.get("contractProof").get("storageProof").get(1);
        slot1.put("value", "0xbeee");
        ProofException e = assertThrows(ProofException.class,
                () -> EthGetProof.parse(recording.get("contractProof")).verify(stateRoot));
        assertTrue(e.getMessage().contains("storage slot 0x" + "00".repeat(31) + "01"), e.getMessage());
    }

    @Test
    void verify_claimedNonceDiffers_throwsNamingNonce() {
        ((ObjectNode) recording.get("contractProof")).put("nonce", "0x2");
        ProofException e = assertThrows(ProofException.class,
                () -> EthGetProof.parse(recording.get("contractProof")).verify(stateRoot));
        assertTrue(e.getMessage().contains("nonce"), e.getMessage());
    }

    @Test
    void verify_accountProofLastNodeDropped_throwsMissingNode() {
        ArrayNode proof = (ArrayNode) recording.get("contractProof").get("accountProof");
        proof.remove(proof.size() - 1);
        ProofException e = assertThrows(ProofException.class,
                () -> EthGetProof.parse(recording.get("contractProof")).verify(stateRoot));
        assertTrue(e.getMessage().contains("missing a node"), e.getMessage());
    }

    @Test
    void verify_storageProofNodeAppended_throwsExtraNode() {
        ArrayNode proof = (ArrayNode) recording.get("contractProof").get("storageProof").get(0).get("proof");
        proof.add(proof.get(0).asText());
        ProofException e = assertThrows(ProofException.class,
                () -> EthGetProof.parse(recording.get("contractProof")).verify(stateRoot));
        assertTrue(e.getMessage().contains("extra node"), e.getMessage());
    }

    @Test
    void verify_otherStateRoot_throwsRootMismatch() {
        byte[] otherRoot = Hash.sha3(stateRoot);
        ProofException e = assertThrows(ProofException.class,
                () -> EthGetProof.parse(recording.get("contractProof")).verify(otherRoot));
        assertTrue(e.getMessage().contains("proof node 0 hashes to"), e.getMessage());
    }

    @Test
    void parse_quantityWithLeadingZero_throwsNamingField() {
        ((ObjectNode) recording.get("contractProof")).put("balance", "0x00");
        RpcFormatException e = assertThrows(RpcFormatException.class, () -> EthGetProof.parse(recording.get("contractProof")));
        assertTrue(e.getMessage().contains("eth_getProof balance"), e.getMessage());
    }

    @Test
    void parse_missingAccountProof_throwsNamingField() {
        ((ObjectNode) recording.get("contractProof")).remove("accountProof");
        RpcFormatException e = assertThrows(RpcFormatException.class, () -> EthGetProof.parse(recording.get("contractProof")));
        assertTrue(e.getMessage().contains("'accountProof'"), e.getMessage());
    }

    @Test
    void parse_shortSlotKey_isLeftPadded() {
        ((ObjectNode) recording.get("contractProof").get("storageProof").get(0)).put("key", "0x0");
        ProvenAccount account = EthGetProof.parse(recording.get("contractProof")).verify(stateRoot);
        assertEquals(BigInteger.valueOf(42), account.storageAt(slot(0)).orElseThrow());
    }

    private static byte[] slot(int index) {
        return Numeric.toBytesPadded(BigInteger.valueOf(index), 32);
    }
}
