package net.utilitynet.lightclient.localrpc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/** Writes headers as {@code eth_getBlockByNumber} result objects (the inverse of protocol's {@code HeaderJson}). */
public final class BlockJson {
    private BlockJson() {
    }

    public static ObjectNode of(BlockHeader h) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("number", q(h.number()));
        o.put("hash", Numeric.toHexString(h.hash()));
        o.put("parentHash", Numeric.toHexString(h.parentHash()));
        o.put("sha3Uncles", Numeric.toHexString(h.ommersHash()));
        o.put("miner", Numeric.toHexString(h.coinbase()));
        o.put("stateRoot", Numeric.toHexString(h.stateRoot()));
        o.put("transactionsRoot", Numeric.toHexString(h.transactionsRoot()));
        o.put("receiptsRoot", Numeric.toHexString(h.receiptsRoot()));
        o.put("logsBloom", Numeric.toHexString(h.logsBloom()));
        o.put("difficulty", Numeric.encodeQuantity(h.difficulty()));
        o.put("gasLimit", q(h.gasLimit()));
        o.put("gasUsed", q(h.gasUsed()));
        o.put("timestamp", q(h.timestamp()));
        o.put("extraData", Numeric.toHexString(h.extraData()));
        o.put("mixHash", Numeric.toHexString(h.mixHash()));
        o.put("nonce", Numeric.toHexString(h.nonce()));
        if (h.baseFeePerGas() != null) {
            o.put("baseFeePerGas", Numeric.encodeQuantity(h.baseFeePerGas()));
        }
        if (h.withdrawalsRoot() != null) {
            o.put("withdrawalsRoot", Numeric.toHexString(h.withdrawalsRoot()));
        }
        if (h.blobGasUsed() != null) {
            o.put("blobGasUsed", q(h.blobGasUsed()));
            o.put("excessBlobGas", q(h.excessBlobGas()));
            o.put("parentBeaconBlockRoot", Numeric.toHexString(h.parentBeaconBlockRoot()));
        }
        if (h.requestsHash() != null) {
            o.put("requestsHash", Numeric.toHexString(h.requestsHash()));
        }
        o.putArray("transactions");
        o.putArray("uncles");
        return o;
    }

    public static String q(long v) {
        return Numeric.encodeQuantity(BigInteger.valueOf(v));
    }
}
