package net.utilitynet.lightclient.testing;

import net.utilitynet.lightclient.localrpc.BlockJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.utilitynet.protocol.bloom.LogsBloom;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.receipt.Log;
import net.utilitynet.protocol.receipt.Receipt;
import net.utilitynet.protocol.trie.AccountState;
import net.utilitynet.protocol.trie.InMemoryNodeStore;
import net.utilitynet.protocol.trie.SecureTrie;
import net.utilitynet.protocol.trie.TrieRoots;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/**
 * A small world state and block body built with protocol's trie and receipt code and Web3j-signed transactions:
 * two accounts, a contract with code and two storage slots, and a block with one legacy and one EIP-1559 transfer
 * whose receipts carry logs. Serves the matching JSON-RPC answers for a node fixture.
 */
public final class TestWorld {
    public static final byte[] ALICE = address("alice");
    public static final byte[] BOB = address("bob");
    public static final byte[] CONTRACT = address("contract");
    public static final byte[] CODE = Numeric.hexStringToByteArray("0x6001600055");
    public static final byte[] SLOT_0 = new byte[32];
    public static final byte[] SLOT_1 = Numeric.toBytesPadded(BigInteger.ONE, 32);

    private final InMemoryNodeStore nodes = new InMemoryNodeStore();
    private final SecureTrie state = new SecureTrie(nodes);
    private final Map<String, SecureTrie> storage = new LinkedHashMap<>();
    private final Map<String, AccountState> accounts = new LinkedHashMap<>();
    private final List<byte[]> rawTransactions = new ArrayList<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private final byte[] stateRoot;

    public TestWorld() {
        putAccount(ALICE, new AccountState(BigInteger.valueOf(2), new BigInteger("5000000000000000000"), TrieRoots.emptyTrieRoot(),
                Numeric.hexStringToByteArray(AccountState.EMPTY_CODE_HASH_HEX)));
        putAccount(BOB, new AccountState(BigInteger.ZERO, BigInteger.valueOf(12345), TrieRoots.emptyTrieRoot(),
                Numeric.hexStringToByteArray(AccountState.EMPTY_CODE_HASH_HEX)));
        SecureTrie contractStorage = new SecureTrie(nodes);
        contractStorage.put(SLOT_0, RlpEncoder.encode(RlpString.create(BigInteger.valueOf(77))));
        contractStorage.put(SLOT_1, RlpEncoder.encode(RlpString.create(BigInteger.valueOf(88))));
        storage.put(Numeric.toHexString(CONTRACT), contractStorage);
        putAccount(CONTRACT, new AccountState(BigInteger.ONE, BigInteger.ZERO, contractStorage.commit(), Hash.sha3(CODE)));
        stateRoot = state.commit();

        Credentials alice = Credentials.create(Numeric.toHexString(Hash.sha3("alice-key".getBytes(StandardCharsets.UTF_8))));
        rawTransactions.add(TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(BigInteger.ZERO,
                BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(21_000), Numeric.toHexString(BOB), BigInteger.TEN),
                PociTestChain.CHAIN_ID, alice));
        rawTransactions.add(TransactionEncoder.signMessage(RawTransaction.createTransaction(PociTestChain.CHAIN_ID, BigInteger.ONE,
                BigInteger.valueOf(50_000), Numeric.toHexString(CONTRACT), BigInteger.ONE, "0x",
                BigInteger.ONE, BigInteger.valueOf(3_000_000_000L)), alice));
        receipts.add(new Receipt(0, true, 21_000, List.of()));
        receipts.add(new Receipt(2, true, 61_000, List.of(
                new Log(CONTRACT, List.of(Hash.sha3("Transfer".getBytes(StandardCharsets.UTF_8)), SLOT_1), new byte[] {1, 2, 3}))));
    }

    private void putAccount(byte[] address, AccountState account) {
        accounts.put(Numeric.toHexString(address), account);
        state.put(address, account.encode());
    }

    /** The header with this world's state root, transactions root, receipts root, bloom and gas used. */
    public BlockHeader applyTo(BlockHeader header) {
        LogsBloom bloom = LogsBloom.empty();
        for (Receipt r : receipts) {
            bloom = bloom.or(r.bloom());
        }
        return header.toBuilder().stateRoot(stateRoot).transactionsRoot(TrieRoots.ordered(rawTransactions))
                .receiptsRoot(Receipt.receiptsRoot(receipts)).logsBloom(bloom.toBytes()).gasUsed(61_000).build();
    }

    public byte[] transactionHash(int index) {
        return Hash.sha3(rawTransactions.get(index));
    }

    /** eth_getProof for {@code address} and {@code slots} (hex strings) as a node answers it. */
    public ObjectNode proof(String addressHex, JsonNode slots) {
        byte[] address = Numeric.hexStringToByteArray(addressHex);
        AccountState account = accounts.getOrDefault(Numeric.toHexString(address), AccountState.EMPTY);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("address", Numeric.toHexString(address));
        o.put("balance", Numeric.encodeQuantity(account.balance()));
        o.put("nonce", Numeric.encodeQuantity(account.nonce()));
        o.put("storageHash", Numeric.toHexString(account.storageRoot()));
        o.put("codeHash", Numeric.toHexString(account.codeHash()));
        ArrayNode accountProof = o.putArray("accountProof");
        state.prove(address).forEach(n -> accountProof.add(Numeric.toHexString(n)));
        ArrayNode storageProof = o.putArray("storageProof");
        SecureTrie st = storage.get(Numeric.toHexString(address));
        for (JsonNode slot : slots) {
            byte[] key = Numeric.toBytesPadded(Numeric.toBigInt(slot.asText()), 32);
            ObjectNode entry = storageProof.addObject();
            entry.put("key", Numeric.toHexString(key));
            BigInteger value = st == null ? BigInteger.ZERO
                    : st.get(key).map(v -> new BigInteger(1, org.web3j.rlp.RlpDecoder.decode(v).getValues().get(0) instanceof RlpString s
                            ? s.getBytes() : new byte[0])).orElse(BigInteger.ZERO);
            entry.put("value", Numeric.encodeQuantity(value));
            ArrayNode p = entry.putArray("proof");
            if (st != null) {
                st.prove(key).forEach(n -> p.add(Numeric.toHexString(n)));
            }
        }
        return o;
    }

    public byte[] code(String addressHex) {
        return Numeric.toHexString(Numeric.hexStringToByteArray(addressHex)).equals(Numeric.toHexString(CONTRACT)) ? CODE : new byte[0];
    }

    /** The block's full transaction objects. */
    public ArrayNode transactions(BlockHeader block) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < rawTransactions.size(); i++) {
            SignedRawTransaction t = (SignedRawTransaction) TransactionDecoder.decode(Numeric.toHexString(rawTransactions.get(i)));
            ObjectNode o = out.addObject();
            o.put("hash", Numeric.toHexString(transactionHash(i)));
            o.put("blockHash", Numeric.toHexString(block.hash()));
            o.put("blockNumber", BlockJson.q(block.number()));
            o.put("transactionIndex", BlockJson.q(i));
            o.put("nonce", Numeric.encodeQuantity(t.getNonce()));
            o.put("gas", Numeric.encodeQuantity(t.getGasLimit()));
            o.put("to", t.getTo());
            o.put("value", Numeric.encodeQuantity(t.getValue()));
            o.put("input", t.getData().isEmpty() ? "0x" : Numeric.prependHexPrefix(t.getData()));
            o.put("r", Numeric.encodeQuantity(Numeric.toBigInt(t.getSignatureData().getR())));
            o.put("s", Numeric.encodeQuantity(Numeric.toBigInt(t.getSignatureData().getS())));
            BigInteger v = Numeric.toBigInt(t.getSignatureData().getV());
            if (i == 0) {
                o.put("type", "0x0");
                o.put("gasPrice", Numeric.encodeQuantity(t.getGasPrice()));
                o.put("v", Numeric.encodeQuantity(v));
            } else {
                var t1559 = (org.web3j.crypto.transaction.type.Transaction1559) t.getTransaction();
                o.put("type", "0x2");
                o.put("chainId", Numeric.encodeQuantity(BigInteger.valueOf(t1559.getChainId())));
                o.put("maxPriorityFeePerGas", Numeric.encodeQuantity(t1559.getMaxPriorityFeePerGas()));
                o.put("maxFeePerGas", Numeric.encodeQuantity(t1559.getMaxFeePerGas()));
                o.putArray("accessList");
                BigInteger yParity = v.intValue() >= 27 ? v.subtract(BigInteger.valueOf(27)) : v; // Web3j reports 27/28
                o.put("v", Numeric.encodeQuantity(yParity));
                o.put("yParity", Numeric.encodeQuantity(yParity));
            }
        }
        return out;
    }

    /** The block's receipts as eth_getBlockReceipts answers them. */
    public ArrayNode receipts(BlockHeader block) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            ObjectNode o = out.addObject();
            o.put("transactionHash", Numeric.toHexString(transactionHash(i)));
            o.put("transactionIndex", BlockJson.q(i));
            o.put("blockHash", Numeric.toHexString(block.hash()));
            o.put("blockNumber", BlockJson.q(block.number()));
            o.put("type", BlockJson.q(r.type()));
            o.put("status", r.success() ? "0x1" : "0x0");
            o.put("cumulativeGasUsed", BlockJson.q(r.cumulativeGasUsed()));
            o.put("logsBloom", Numeric.toHexString(r.bloom().toBytes()));
            ArrayNode logs = o.putArray("logs");
            for (Log l : r.logs()) {
                ObjectNode lj = logs.addObject();
                lj.put("address", Numeric.toHexString(l.address()));
                ArrayNode topics = lj.putArray("topics");
                l.topics().forEach(t -> topics.add(Numeric.toHexString(t)));
                lj.put("data", Numeric.toHexString(l.data()));
            }
        }
        return out;
    }

    private static byte[] address(String seed) {
        byte[] a = new byte[20];
        System.arraycopy(Hash.sha3(seed.getBytes(StandardCharsets.UTF_8)), 0, a, 0, 20);
        return a;
    }
}
