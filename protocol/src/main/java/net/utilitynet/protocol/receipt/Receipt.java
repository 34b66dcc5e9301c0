package net.utilitynet.protocol.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.protocol.bloom.LogsBloom;
import net.utilitynet.protocol.json.RpcFormatException;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.trie.TrieRoots;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * A post-Byzantium transaction receipt as committed to by a header's {@code receiptsRoot}:
 * {@code rlp([status, cumulativeGasUsed, logsBloom, logs])}, prefixed by the type byte for typed
 * transactions (EIP-2718). The bloom is always derived from the logs, never taken on trust.
 */
public record Receipt(int type, boolean success, long cumulativeGasUsed, List<Log> logs) {
    public Receipt {
        if (type < 0 || type > 0x7f) {
            throw new ReceiptException("receipt type must be 0 (legacy) or an EIP-2718 type 1..0x7f, got " + type);
        }
        if (cumulativeGasUsed < 0) {
            throw new ReceiptException("receipt cumulativeGasUsed must not be negative, got " + cumulativeGasUsed);
        }
        logs = List.copyOf(logs);
    }

    /** The bloom of this receipt's logs. */
    public LogsBloom bloom() {
        LogsBloom bloom = LogsBloom.empty();
        for (Log log : logs) {
            bloom = bloom.or(LogsBloom.ofLog(log.address(), log.topics()));
        }
        return bloom;
    }

    /** The consensus encoding: the receipts-trie value. */
    public byte[] encode() {
        List<RlpType> logItems = new ArrayList<>(logs.size());
        logs.forEach(log -> logItems.add(log.rlp()));
        byte[] body = RlpEncoder.encode(new RlpList(RlpString.create(success ? 1 : 0), RlpString.create(cumulativeGasUsed),
                RlpString.create(bloom().toBytes()), new RlpList(logItems)));
        if (type == 0) {
            return body;
        }
        byte[] typed = new byte[body.length + 1];
        typed[0] = (byte) type;
        System.arraycopy(body, 0, typed, 1, body.length);
        return typed;
    }

    /** The {@code receiptsRoot} of a block's receipts, in transaction order. */
    public static byte[] receiptsRoot(List<Receipt> receipts) {
        return TrieRoots.ordered(receipts.stream().map(Receipt::encode).toList());
    }

    /**
     * A receipt from an {@code eth_getTransactionReceipt} / {@code eth_getBlockReceipts} object. The
     * reported {@code logsBloom} must equal the bloom of the reported logs.
     */
    public static Receipt fromRpc(JsonNode json) {
        String where = "receipt";
        JsonNode typeNode = json == null ? null : json.get("type");
        int type = typeNode == null || typeNode.isNull() ? 0 : (int) RpcJson.quantity64(typeNode, "receipt type");
        long status = RpcJson.quantity64(RpcJson.field(json, "status", where), "receipt status");
        if (status > 1) {
            throw new RpcFormatException("receipt status must be 0x0 or 0x1, got " + status);
        }
        JsonNode logsJson = RpcJson.field(json, "logs", where);
        if (!logsJson.isArray()) {
            throw new RpcFormatException("receipt logs must be an array");
        }
        List<Log> logs = new ArrayList<>();
        for (int i = 0; i < logsJson.size(); i++) {
            JsonNode log = logsJson.get(i);
            String name = "receipt logs[" + i + "]";
            List<byte[]> topics = RpcJson.dataList(RpcJson.field(log, "topics", name), name + ".topics");
            logs.add(new Log(RpcJson.data(RpcJson.field(log, "address", name), name + ".address", 20), topics,
                    RpcJson.data(RpcJson.field(log, "data", name), name + ".data")));
        }
        Receipt receipt = new Receipt(type, status == 1,
                RpcJson.quantity64(RpcJson.field(json, "cumulativeGasUsed", where), "receipt cumulativeGasUsed"), logs);
        LogsBloom reported = LogsBloom.fromBytes(
                RpcJson.data(RpcJson.field(json, "logsBloom", where), "receipt logsBloom", LogsBloom.BYTES));
        if (!reported.equals(receipt.bloom())) {
            throw new ReceiptException("receipt logsBloom does not match the bloom of its logs; the node sent inconsistent data");
        }
        return receipt;
    }
}
