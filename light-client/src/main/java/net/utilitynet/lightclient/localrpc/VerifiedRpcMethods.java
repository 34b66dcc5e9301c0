package net.utilitynet.lightclient.localrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.state.VerifiedState;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.receipt.Log;
import org.web3j.utils.Numeric;

/**
 * The methods of the verified local RPC: each answers only from the verified store or from proofs checked against
 * it, and throws {@link LocalRpcException} otherwise. {@code eth_sendRawTransaction} is forwarded (its returned hash
 * is checked).
 */
final class VerifiedRpcMethods {
    static final List<String> METHODS = List.of("eth_chainId", "eth_blockNumber", "eth_getBlockByNumber", "eth_getBlockByHash",
            "eth_getBalance", "eth_getTransactionCount", "eth_getStorageAt", "eth_getCode", "eth_getTransactionReceipt",
            "eth_sendRawTransaction");

    private final VerifiedState state;
    private final HeaderStore store;
    private final Long chainId;
    private final Function<byte[], byte[]> sendRaw;

    /** {@code chainId} null in linkage-only mode (no verified chain id to give). */
    VerifiedRpcMethods(VerifiedState state, HeaderStore store, Long chainId, Function<byte[], byte[]> sendRaw) {
        this.state = state;
        this.store = store;
        this.chainId = chainId;
        this.sendRaw = sendRaw;
    }

    JsonNode call(String method, JsonNode params) {
        return switch (method) {
            case "eth_chainId" -> {
                if (chainId == null) {
                    throw LocalRpcException.unverifiable("eth_chainId: unknown in linkage-only mode");
                }
                yield TextNode.valueOf(q(chainId));
            }
            case "eth_blockNumber" -> TextNode.valueOf(q(state.head().number()));
            case "eth_getBlockByNumber" -> block(resolve(params, 0), params.path(1).asBoolean(false));
            case "eth_getBlockByHash" -> {
                Optional<StoredHeader> h = store.byHash(data(params, 0, "blockHash"));
                yield h.isEmpty() ? NullNode.getInstance() : block(h.get(), params.path(1).asBoolean(false));
            }
            case "eth_getBalance" -> TextNode.valueOf(Numeric.encodeQuantity(
                    state.verifiedAccountAt(data(params, 0, "address"), List.of(), resolve(params, 1).number()).value().account().balance()));
            case "eth_getTransactionCount" -> TextNode.valueOf(Numeric.encodeQuantity(
                    state.verifiedAccountAt(data(params, 0, "address"), List.of(), resolve(params, 1).number()).value().account().nonce()));
            case "eth_getStorageAt" -> {
                byte[] slot = Numeric.toBytesPadded(Numeric.toBigInt(text(params, 1, "slot")), 32);
                BigInteger v = state.verifiedAccountAt(data(params, 0, "address"), List.of(slot), resolve(params, 2).number())
                        .value().storageAt(slot).orElseThrow();
                yield TextNode.valueOf(Numeric.toHexString(Numeric.toBytesPadded(v, 32)));
            }
            case "eth_getCode" -> TextNode.valueOf(Numeric.toHexString(
                    state.verifiedCodeAt(data(params, 0, "address"), resolve(params, 1).number()).value()));
            case "eth_getTransactionReceipt" -> receipt(state.verifiedReceipt(data(params, 0, "transactionHash")));
            case "eth_sendRawTransaction" -> TextNode.valueOf(Numeric.toHexString(sendRaw.apply(data(params, 0, "transaction"))));
            default -> throw new LocalRpcException(-32601, method + " is not served by the verified local RPC; it answers only "
                    + String.join(", ", METHODS));
        };
    }

    private StoredHeader resolve(JsonNode params, int index) {
        JsonNode tag = params.get(index);
        String t = tag == null || tag.isNull() ? "latest" : tag.asText();
        if (t.equals("latest") || t.equals("safe") || t.equals("finalized")) {
            return state.head();
        }
        if (!t.startsWith("0x")) {
            throw new LocalRpcException(-32602, "block: expected a hex number or latest, got " + t
                    + " (pending and earliest are not verified)");
        }
        return state.storedAt(Numeric.decodeQuantity(t).longValueExact());
    }

    private JsonNode block(StoredHeader stored, boolean fullTransactions) {
        ObjectNode block = BlockJson.of(BlockHeader.decode(stored.rlp()));
        Verified<List<JsonNode>> txs = state.verifiedTransactions(stored.number());
        ArrayNode out = block.putArray("transactions");
        for (JsonNode tx : txs.value()) {
            out.add(fullTransactions ? tx : tx.get("hash"));
        }
        return block;
    }

    private static JsonNode receipt(Verified<VerifiedReceipt> v) {
        VerifiedReceipt r = v.value();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        String blockHash = Numeric.toHexString(v.blockHash());
        o.put("transactionHash", Numeric.toHexString(r.transactionHash()));
        o.put("transactionIndex", q(r.transactionIndex()));
        o.put("blockHash", blockHash);
        o.put("blockNumber", q(v.blockNumber()));
        o.put("type", q(r.receipt().type()));
        o.put("status", r.receipt().success() ? "0x1" : "0x0");
        o.put("cumulativeGasUsed", q(r.receipt().cumulativeGasUsed()));
        o.put("gasUsed", q(r.gasUsed()));
        o.put("logsBloom", Numeric.toHexString(r.receipt().bloom().toBytes()));
        ArrayNode logs = o.putArray("logs");
        for (int i = 0; i < r.receipt().logs().size(); i++) {
            Log l = r.receipt().logs().get(i);
            ObjectNode lj = logs.addObject();
            lj.put("address", Numeric.toHexString(l.address()));
            ArrayNode topics = lj.putArray("topics");
            l.topics().forEach(t -> topics.add(Numeric.toHexString(t)));
            lj.put("data", Numeric.toHexString(l.data()));
            lj.put("blockHash", blockHash);
            lj.put("blockNumber", q(v.blockNumber()));
            lj.put("transactionHash", Numeric.toHexString(r.transactionHash()));
            lj.put("transactionIndex", q(r.transactionIndex()));
            lj.put("removed", false);
        }
        return o;
    }

    private static String text(JsonNode params, int index, String name) {
        JsonNode n = params.get(index);
        if (n == null || !n.isTextual()) {
            throw new LocalRpcException(-32602, name + " (parameter " + index + "): expected a hex string");
        }
        return n.asText();
    }

    private static byte[] data(JsonNode params, int index, String name) {
        String t = text(params, index, name);
        try {
            return Numeric.hexStringToByteArray(t);
        } catch (RuntimeException e) {
            throw new LocalRpcException(-32602, name + " (parameter " + index + "): not valid hex");
        }
    }

    private static String q(long v) {
        return Numeric.encodeQuantity(BigInteger.valueOf(v));
    }

}
