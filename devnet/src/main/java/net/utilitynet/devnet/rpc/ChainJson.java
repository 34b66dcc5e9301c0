package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TransactionDecoder;
import net.utilitynet.devnet.store.LogRecord;
import net.utilitynet.devnet.store.TxRecord;
import net.utilitynet.protocol.header.BlockHeader;

/** Ethereum JSON-RPC shapes of blocks, transactions, receipts and logs, as geth writes them. */
public final class ChainJson {
    private ChainJson() {
    }

    /** A block; {@code txs} as full objects when {@code fullTxs}, else hashes. */
    public static ObjectNode block(BlockHeader h, List<TxRecord> txs, boolean fullTxs) {
        ObjectNode o = header(h);
        byte[] hash = h.hash();
        o.set("size", Json.quantity(blockSize(h, txs)));
        ArrayNode list = o.putArray("transactions");
        for (TxRecord t : txs) {
            list.add(fullTxs ? transaction(TransactionDecoder.decode(t.raw()), hash, h.number(), t.index(), t.effectiveGasPrice())
                    : Json.data(t.hash()));
        }
        o.putArray("uncles");
        return o;
    }

    /** The header fields of a block (what eth_subscribe("newHeads") sends). */
    public static ObjectNode header(BlockHeader h) {
        ObjectNode o = Json.object();
        byte[] hash = h.hash();
        o.set("number", Json.quantity(h.number()));
        o.set("hash", Json.data(hash));
        o.set("parentHash", Json.data(h.parentHash()));
        o.set("nonce", Json.data(h.nonce()));
        o.set("sha3Uncles", Json.data(h.ommersHash()));
        o.set("logsBloom", Json.data(h.logsBloom()));
        o.set("transactionsRoot", Json.data(h.transactionsRoot()));
        o.set("stateRoot", Json.data(h.stateRoot()));
        o.set("receiptsRoot", Json.data(h.receiptsRoot()));
        o.set("miner", Json.data(h.coinbase()));
        o.set("difficulty", Json.quantity(h.difficulty()));
        // difficulty is 1 per block, so the total is number + 1 (genesis included)
        o.set("totalDifficulty", Json.quantity(h.difficulty().multiply(BigInteger.valueOf(h.number() + 1))));
        o.set("extraData", Json.data(h.extraData()));
        o.set("gasLimit", Json.quantity(h.gasLimit()));
        o.set("gasUsed", Json.quantity(h.gasUsed()));
        o.set("timestamp", Json.quantity(h.timestamp()));
        o.set("mixHash", Json.data(h.mixHash()));
        o.set("baseFeePerGas", Json.quantity(h.baseFeePerGas()));
        return o;
    }

    /** Length of rlp([header, transactions, ommers]) — the block's size on the wire. */
    private static long blockSize(BlockHeader h, List<TxRecord> txs) {
        long txPayload = 0;
        for (TxRecord t : txs) {
            // a typed transaction is an RLP string wrapping its envelope (same header size as a list); a legacy one is a list as is
            txPayload += t.type() == 0 ? t.raw().length : listLength(t.raw().length);
        }
        long payload = h.encoded().length + listLength(txPayload) + 1;
        return listLength(payload);
    }

    private static long listLength(long payload) {
        if (payload < 56) {
            return 1 + payload;
        }
        int lenOfLen = (64 - Long.numberOfLeadingZeros(payload) + 7) / 8;
        return 1 + lenOfLen + payload;
    }

    /** A transaction; block fields null when pending. */
    public static ObjectNode transaction(Transaction tx, byte[] blockHash, Long blockNumber, Integer index, BigInteger gasPrice) {
        ObjectNode o = Json.object();
        o.set("blockHash", blockHash == null ? NullNode.getInstance() : Json.data(blockHash));
        o.set("blockNumber", blockNumber == null ? NullNode.getInstance() : Json.quantity(blockNumber));
        o.set("transactionIndex", index == null ? NullNode.getInstance() : Json.quantity(index));
        o.set("hash", Json.data(tx.hash()));
        o.set("type", Json.quantity(tx.type()));
        o.set("from", Json.data(tx.from().bytes()));
        o.set("to", tx.to() == null ? NullNode.getInstance() : Json.data(tx.to().bytes()));
        o.set("nonce", Json.quantity(tx.nonce()));
        o.set("gas", Json.quantity(tx.gasLimit()));
        o.set("gasPrice", Json.quantity(gasPrice != null ? gasPrice : tx.maxFeePerGas()));
        if (tx.type() == 2) {
            o.set("maxFeePerGas", Json.quantity(tx.maxFeePerGas()));
            o.set("maxPriorityFeePerGas", Json.quantity(tx.maxPriorityFeePerGas()));
        }
        o.set("value", Json.quantity(tx.value()));
        o.set("input", Json.data(tx.data()));
        if (tx.type() != 0) {
            ArrayNode al = o.putArray("accessList");
            for (Transaction.AccessListEntry e : tx.accessList()) {
                ObjectNode entry = al.addObject();
                entry.set("address", Json.data(e.address().bytes()));
                ArrayNode keys = entry.putArray("storageKeys");
                e.storageKeys().forEach(k -> keys.add(Json.data(k)));
            }
            o.set("yParity", Json.quantity(tx.v()));
        }
        o.set("chainId", Json.quantity(tx.chainId()));
        o.set("v", Json.quantity(tx.v()));
        o.set("r", Json.quantity(tx.r()));
        o.set("s", Json.quantity(tx.s()));
        return o;
    }

    public static ObjectNode receipt(TxRecord t, byte[] blockHash, long blockNumber, byte[] logsBloom, List<LogRecord> logs) {
        ObjectNode o = Json.object();
        o.set("transactionHash", Json.data(t.hash()));
        o.set("transactionIndex", Json.quantity(t.index()));
        o.set("blockHash", Json.data(blockHash));
        o.set("blockNumber", Json.quantity(blockNumber));
        o.set("from", Json.data(t.from()));
        o.set("to", t.to() == null ? NullNode.getInstance() : Json.data(t.to()));
        o.set("cumulativeGasUsed", Json.quantity(t.cumulativeGasUsed()));
        o.set("gasUsed", Json.quantity(t.gasUsed()));
        o.set("effectiveGasPrice", Json.quantity(t.effectiveGasPrice()));
        o.set("contractAddress", NullNode.getInstance());
        ArrayNode l = o.putArray("logs");
        logs.forEach(log -> l.add(log(log)));
        o.set("logsBloom", Json.data(logsBloom));
        o.set("type", Json.quantity(t.type()));
        o.set("status", Json.quantity(t.success() ? 1 : 0));
        return o;
    }

    public static ObjectNode log(LogRecord l) {
        ObjectNode o = Json.object();
        o.set("address", Json.data(l.address()));
        ArrayNode topics = o.putArray("topics");
        l.topics().forEach(t -> topics.add(Json.data(t)));
        o.set("data", Json.data(l.data()));
        o.set("blockNumber", Json.quantity(l.blockNumber()));
        o.set("blockHash", Json.data(l.blockHash()));
        o.set("transactionHash", Json.data(l.txHash()));
        o.set("transactionIndex", Json.quantity(l.txIndex()));
        o.set("logIndex", Json.quantity(l.logIndex()));
        o.put("removed", false);
        return o;
    }
}
