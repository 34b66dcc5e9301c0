package net.utilitynet.protocol.trie;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.json.RpcFormatException;
import net.utilitynet.protocol.json.RpcJson;
import org.web3j.utils.Numeric;

/**
 * An {@code eth_getProof} answer as the node sent it (untrusted), and its verification against a state
 * root taken from a verified header. {@link #verify} proves the account and every storage slot and
 * checks that the fields the node claims equal the proven ones, so a lying node is caught. A malformed
 * answer is an {@link RpcFormatException}; a proof that fails is a {@link ProofException}.
 */
public record EthGetProof(byte[] address, BigInteger nonce, BigInteger balance, byte[] storageHash, byte[] codeHash,
        List<byte[]> accountProof, List<StorageProof> storageProof) {

    /** One entry of {@code storageProof}: the slot (left-padded to 32 bytes), the claimed value, the proof. */
    public record StorageProof(byte[] key, BigInteger value, List<byte[]> proof) {
    }

    private static final byte[] ZERO_HASH = new byte[32];

    /** Reads the {@code result} object of an {@code eth_getProof} response; fails naming the bad field. */
    public static EthGetProof parse(JsonNode result) {
        String where = "eth_getProof result";
        JsonNode storage = RpcJson.field(result, "storageProof", where);
        if (!storage.isArray()) {
            throw new RpcFormatException("eth_getProof field 'storageProof' must be an array");
        }
        List<StorageProof> slots = new ArrayList<>();
        for (int i = 0; i < storage.size(); i++) {
            JsonNode entry = storage.get(i);
            String name = "eth_getProof storageProof[" + i + "]";
            slots.add(new StorageProof(RpcJson.word(RpcJson.field(entry, "key", name), name + ".key"),
                    RpcJson.quantity(RpcJson.field(entry, "value", name), name + ".value"),
                    RpcJson.dataList(RpcJson.field(entry, "proof", name), name + ".proof")));
        }
        return new EthGetProof(
                RpcJson.data(RpcJson.field(result, "address", where), "eth_getProof address", 20),
                RpcJson.quantity(RpcJson.field(result, "nonce", where), "eth_getProof nonce"),
                RpcJson.quantity(RpcJson.field(result, "balance", where), "eth_getProof balance"),
                RpcJson.data(RpcJson.field(result, "storageHash", where), "eth_getProof storageHash", 32),
                RpcJson.data(RpcJson.field(result, "codeHash", where), "eth_getProof codeHash", 32),
                RpcJson.dataList(RpcJson.field(result, "accountProof", where), "eth_getProof accountProof"),
                List.copyOf(slots));
    }

    /**
     * Proves the account and its storage slots against {@code stateRoot}.
     *
     * @throws ProofException when a proof is invalid or the answer's fields differ from what is proven
     */
    public ProvenAccount verify(byte[] stateRoot) {
        AccountState proven = StateProofs.verifyAccount(stateRoot, address, accountProof);
        boolean absent = proven.equals(AccountState.EMPTY);
        expectEqual("nonce", nonce, proven.nonce());
        expectEqual("balance", balance, proven.balance());
        // For a missing account some nodes report zero hashes instead of the empty-trie and empty-code hashes.
        if (!(absent && Arrays.equals(storageHash, ZERO_HASH))) {
            expectEqual("storageHash", Numeric.toHexString(storageHash), Numeric.toHexString(proven.storageRoot()));
        }
        if (!(absent && Arrays.equals(codeHash, ZERO_HASH))) {
            expectEqual("codeHash", Numeric.toHexString(codeHash), Numeric.toHexString(proven.codeHash()));
        }
        List<ProvenAccount.Slot> slots = new ArrayList<>();
        for (StorageProof slot : storageProof) {
            BigInteger value = StateProofs.verifyStorage(proven.storageRoot(), slot.key(), slot.proof());
            expectEqual("storage slot " + Numeric.toHexString(slot.key()), slot.value(), value);
            slots.add(new ProvenAccount.Slot(slot.key(), value));
        }
        return new ProvenAccount(address, proven, slots);
    }

    private static void expectEqual(String field, Object claimed, Object proven) {
        if (!claimed.equals(proven)) {
            throw new ProofException("eth_getProof answer claims " + field + " = " + claimed + " but the proof shows "
                    + proven + "; the node answered for another block or is lying");
        }
    }
}
