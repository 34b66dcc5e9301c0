package net.utilitynet.lightclient.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.receipt.Receipt;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.trie.EthGetProof;
import net.utilitynet.protocol.trie.TrieRoots;
import org.web3j.crypto.Hash;
import net.utilitynet.protocol.trie.ProvenAccount;
import org.web3j.utils.Numeric;

/**
 * Pure checks of state answers against a verified header: {@code eth_getProof} against its stateRoot (account, then
 * storage against the proven storageRoot), and {@code eth_getBlockReceipts} against its receiptsRoot.
 */
public final class StateVerifier {
    private StateVerifier() {
    }

    /** Proves the account (and the requested slots) of an {@code eth_getProof} answer against {@code header}. */
    public static ProvenAccount verifyAccount(JsonNode answer, BlockHeader header, byte[] address, List<byte[]> slots) {
        long n = header.number();
        ProvenAccount proven;
        try {
            EthGetProof proof = EthGetProof.parse(answer);
            if (!Arrays.equals(proof.address(), address)) {
                throw new VerificationException(n, "account-proof", "asked for " + Numeric.toHexString(address)
                        + " but the proof is for " + Numeric.toHexString(proof.address()));
            }
            proven = proof.verify(header.stateRoot());
        } catch (ProtocolException e) {
            throw new VerificationException(n, "account-proof", e.getMessage() + " (against stateRoot "
                    + Numeric.toHexString(header.stateRoot()) + ")", e);
        }
        for (byte[] slot : slots) {
            if (proven.storageAt(slot).isEmpty()) {
                throw new VerificationException(n, "storage-proof", "no proof for slot " + Numeric.toHexString(slot));
            }
        }
        return proven;
    }

    /**
     * The hashes of all transactions of {@code header}'s block from an {@code eth_getBlockByNumber(n, true)} answer,
     * accepted only when every hash is the keccak of its re-encoded transaction and the recomputed
     * transactionsRoot matches.
     */
    public static List<byte[]> verifyTransactionHashes(JsonNode block, BlockHeader header) {
        long n = header.number();
        JsonNode txs = block == null ? null : block.get("transactions");
        if (txs == null || !txs.isArray()) {
            throw new VerificationException(n, "transactions-root", "block object has no transactions array");
        }
        List<byte[]> encodings = new ArrayList<>(txs.size());
        List<byte[]> hashes = new ArrayList<>(txs.size());
        try {
            for (int i = 0; i < txs.size(); i++) {
                JsonNode tx = txs.get(i);
                if (!tx.isObject()) {
                    throw new VerificationException(n, "transactions-root", "transaction " + i + " is not an object (ask with full transactions)");
                }
                byte[] encoding = TransactionEncoding.encode(tx);
                byte[] hash = Hash.sha3(encoding);
                byte[] reported = RpcJson.data(RpcJson.field(tx, "hash", "transaction"), "transaction hash", 32);
                if (!Arrays.equals(hash, reported)) {
                    throw new VerificationException(n, "transaction-hash", "transaction " + i + " hashes to " + Numeric.toHexString(hash)
                            + " but the node says " + Numeric.toHexString(reported));
                }
                encodings.add(encoding);
                hashes.add(hash);
            }
        } catch (ProtocolException e) {
            throw new VerificationException(n, "transaction-format", e.getMessage(), e);
        }
        byte[] root = TrieRoots.ordered(encodings);
        if (!Arrays.equals(root, header.transactionsRoot())) {
            throw new VerificationException(n, "transactions-root", encodings.size() + " transactions give root "
                    + Numeric.toHexString(root) + " but the verified header has " + Numeric.toHexString(header.transactionsRoot()));
        }
        return hashes;
    }

    /** All receipts of {@code header}'s block, accepted only when their recomputed receiptsRoot matches. */
    public static List<Receipt> verifyBlockReceipts(JsonNode answer, BlockHeader header) {
        long n = header.number();
        if (answer == null || !answer.isArray()) {
            throw new VerificationException(n, "receipts-root", "eth_getBlockReceipts did not answer with an array");
        }
        List<Receipt> receipts = new ArrayList<>(answer.size());
        try {
            for (JsonNode r : answer) {
                receipts.add(Receipt.fromRpc(r));
            }
        } catch (ProtocolException e) {
            throw new VerificationException(n, "receipt-format", e.getMessage(), e);
        }
        byte[] root = Receipt.receiptsRoot(receipts);
        if (!Arrays.equals(root, header.receiptsRoot())) {
            throw new VerificationException(n, "receipts-root", receipts.size() + " receipts give root " + Numeric.toHexString(root)
                    + " but the verified header has " + Numeric.toHexString(header.receiptsRoot()));
        }
        return receipts;
    }
}
