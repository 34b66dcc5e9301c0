package net.utilitynet.lightclient.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.receipt.Receipt;
import net.utilitynet.protocol.trie.AccountState;
import net.utilitynet.protocol.trie.ProvenAccount;
import org.web3j.utils.Numeric;

/**
 * The verified state API for wallet and miner: every value is proven against a header from the verified store,
 * and every endpoint answer that fails its proof marks that endpoint as lying (the next one is asked). Values
 * that cannot be proven throw; there is no unverified fallback.
 */
public final class VerifiedState {
    /** Finds the verified header of a block: from the store, or proven on demand (skip sync's history proofs). */
    @FunctionalInterface
    public interface HeaderResolver {
        StoredHeader verifiedHeaderAt(long number);
    }

    private final EndpointPool pool;
    private final HeaderStore store;
    private final HeaderResolver headers;

    public VerifiedState(EndpointPool pool, HeaderStore store, HeaderResolver headers) {
        this.pool = pool;
        this.store = store;
        this.headers = headers;
    }

    /** Store-only resolution: blocks that are not stored are unverifiable. */
    public static HeaderResolver storedOnly(HeaderStore store) {
        return number -> store.byNumber(number).orElseThrow(() -> new UnverifiableException("block " + number
                + " is not verified yet (verified head: " + store.head().map(StoredHeader::number).orElse(-1L) + "); sync first"));
    }

    /** The account and the given storage slots, proven at the verified head. */
    public Verified<ProvenAccount> verifiedAccount(byte[] address, List<byte[]> slots) {
        return verifiedAccountAt(address, slots, head().number());
    }

    /** The transactions of verified block {@code blockNumber} (JSON objects whose hashes and root were recomputed). */
    public Verified<List<JsonNode>> verifiedTransactions(long blockNumber) {
        StoredHeader at = storedAt(blockNumber);
        BlockHeader header = BlockHeader.decode(at.rlp());
        List<JsonNode> txs = pool.withFailover("transactions of block " + blockNumber, endpoint -> malformedIsLie(() -> {
            JsonNode block = endpoint.call("eth_getBlockByNumber", quantity(blockNumber), true);
            StateVerifier.verifyTransactionHashes(block, header);
            List<JsonNode> out = new java.util.ArrayList<>();
            block.get("transactions").forEach(out::add);
            return out;
        }));
        return new Verified<>(txs, at.number(), at.hash(), at.trust());
    }

    /** The account and the given storage slots, proven at verified block {@code blockNumber}. */
    public Verified<ProvenAccount> verifiedAccountAt(byte[] address, List<byte[]> slots, long blockNumber) {
        StoredHeader at = storedAt(blockNumber);
        BlockHeader header = BlockHeader.decode(at.rlp());
        List<String> slotHex = slots.stream().map(Numeric::toHexString).toList();
        ProvenAccount proven = pool.withFailover("eth_getProof " + Numeric.toHexString(address) + " at block " + blockNumber,
                endpoint -> StateVerifier.verifyAccount(
                        endpoint.call("eth_getProof", Numeric.toHexString(address), slotHex, quantity(blockNumber)),
                        header, address, slots));
        return new Verified<>(proven, at.number(), at.hash(), at.trust());
    }

    public Verified<BigInteger> verifiedBalance(byte[] address) {
        Verified<ProvenAccount> a = verifiedAccount(address, List.of());
        return new Verified<>(a.value().account().balance(), a.blockNumber(), a.blockHash(), a.trust());
    }

    public Verified<BigInteger> verifiedNonce(byte[] address) {
        Verified<ProvenAccount> a = verifiedAccount(address, List.of());
        return new Verified<>(a.value().account().nonce(), a.blockNumber(), a.blockHash(), a.trust());
    }

    /** A 32-byte storage slot of {@code contract} (e.g. a system module's mapping entry), proven at the verified head. */
    public Verified<BigInteger> verifiedStorage(byte[] contract, byte[] slot32) {
        Verified<ProvenAccount> a = verifiedAccount(contract, List.of(slot32));
        return new Verified<>(a.value().storageAt(slot32).orElseThrow(), a.blockNumber(), a.blockHash(), a.trust());
    }

    /** The code of {@code address} at the verified head, accepted only when its keccak equals the proven codeHash. */
    public Verified<byte[]> verifiedCode(byte[] address) {
        return verifiedCodeAt(address, head().number());
    }

    /** The code of {@code address} at verified block {@code blockNumber}. */
    public Verified<byte[]> verifiedCodeAt(byte[] address, long blockNumber) {
        Verified<ProvenAccount> a = verifiedAccountAt(address, List.of(), blockNumber);
        byte[] codeHash = a.value().account().codeHash();
        byte[] code = pool.withFailover("eth_getCode " + Numeric.toHexString(address), endpoint -> malformedIsLie(() -> {
            byte[] c = RpcJson.data(endpoint.call("eth_getCode", Numeric.toHexString(address), quantity(a.blockNumber())), "eth_getCode");
            if (!Arrays.equals(AccountState.codeHashOf(c), codeHash)) {
                throw new VerificationException(a.blockNumber(), "code-hash", "code of " + Numeric.toHexString(address)
                        + " does not hash to the proven codeHash " + Numeric.toHexString(codeHash));
            }
            return c;
        }));
        return new Verified<>(code, a.blockNumber(), a.blockHash(), a.trust());
    }

    /**
     * The receipt of {@code txHash}: the transaction is proven in a verified block by the recomputed
     * transactionsRoot, and its receipt by the recomputed receiptsRoot of all the block's receipts.
     *
     * @throws UnknownTransactionException when the endpoint has no receipt for it
     * @throws UnverifiableException when its block is not verified yet
     */
    public Verified<VerifiedReceipt> verifiedReceipt(byte[] txHash) {
        String tx = Numeric.toHexString(txHash);
        return pool.withFailover("receipt of " + tx, endpoint -> malformedIsLie(() -> {
            JsonNode located = endpoint.call("eth_getTransactionReceipt", tx);
            if (located == null || located.isNull()) {
                throw new UnknownTransactionException("transaction " + tx + " is not known to " + endpoint.name() + " (pending or never sent)");
            }
            long number = RpcJson.quantity64(RpcJson.field(located, "blockNumber", "receipt"), "receipt blockNumber");
            StoredHeader at = storedAt(number);
            byte[] reportedBlock = RpcJson.data(RpcJson.field(located, "blockHash", "receipt"), "receipt blockHash", 32);
            if (!at.hasHash(reportedBlock)) {
                throw new VerificationException(number, "receipt-block", "receipt names block " + Numeric.toHexString(reportedBlock)
                        + " but verified block " + number + " is " + Numeric.toHexString(at.hash()));
            }
            BlockHeader header = BlockHeader.decode(at.rlp());
            List<byte[]> hashes = StateVerifier.verifyTransactionHashes(endpoint.call("eth_getBlockByNumber", quantity(number), true), header);
            int index = indexOf(hashes, txHash);
            if (index < 0) {
                throw new VerificationException(number, "transaction-inclusion", "transaction " + tx + " is not in verified block " + number);
            }
            List<Receipt> receipts = StateVerifier.verifyBlockReceipts(endpoint.call("eth_getBlockReceipts", quantity(number)), header);
            if (receipts.size() != hashes.size()) {
                throw new VerificationException(number, "receipts-root", receipts.size() + " receipts for " + hashes.size() + " transactions");
            }
            long before = index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed();
            VerifiedReceipt proven = new VerifiedReceipt(txHash, index, receipts.get(index).cumulativeGasUsed() - before, receipts.get(index));
            return new Verified<>(proven, at.number(), at.hash(), at.trust());
        }));
    }

    /** An answer that is not even well-formed fails verification like a false one. */
    private static <T> T malformedIsLie(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProtocolException e) {
            throw new VerificationException(-1, "answer-format", e.getMessage(), e);
        }
    }

    /** The verified head (the block "latest" means). */
    public StoredHeader head() {
        return store.head().orElseThrow(() -> new UnverifiableException("no verified header yet; sync first"));
    }

    /** The verified header of block {@code number} (resolved through history proofs in skip mode). */
    public StoredHeader storedAt(long number) {
        long head = head().number();
        if (number > head) {
            throw new UnverifiableException("block " + number + " is above the verified head " + head + "; sync first");
        }
        return headers.verifiedHeaderAt(number);
    }

    private static int indexOf(List<byte[]> hashes, byte[] hash) {
        for (int i = 0; i < hashes.size(); i++) {
            if (Arrays.equals(hashes.get(i), hash)) {
                return i;
            }
        }
        return -1;
    }

    private static String quantity(long n) {
        return Numeric.encodeQuantity(BigInteger.valueOf(n));
    }
}
