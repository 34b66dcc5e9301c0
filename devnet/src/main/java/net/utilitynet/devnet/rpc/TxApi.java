package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TransactionDecoder;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.store.ChainStore;
import net.utilitynet.devnet.store.LogRecord;
import net.utilitynet.devnet.store.TxRecord;
import net.utilitynet.devnet.txpool.TxAdmission;
import net.utilitynet.devnet.txpool.TxPool;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.receipt.Log;
import net.utilitynet.protocol.receipt.Receipt;

/** Transactions, receipts and logs: submission and lookups. */
public final class TxApi {
    private final Blockchain chain;
    private final BlockResolver blocks;
    private final TxPool pool;
    private final TxAdmission admission;

    public TxApi(Blockchain chain, TxPool pool, TxAdmission admission) {
        this.chain = chain;
        this.blocks = new BlockResolver(chain);
        this.pool = pool;
        this.admission = admission;
    }

    public void register(RpcDispatcher d) {
        d.register("eth_sendRawTransaction", p -> {
            byte[] raw = p.data(0, "signedTransaction");
            try {
                return Json.data(admission.submit(raw).hash());
            } catch (TxRejectedException e) {
                throw RpcException.rejected(e.getMessage());
            }
        });
        d.register("eth_getTransactionByHash", p -> transaction(p.hash(0, "transactionHash")));
        d.register("eth_getTransactionReceipt", p -> receipt(p.hash(0, "transactionHash")));
        d.register("eth_getBlockReceipts", p -> {
            BlockHeader h = blocks.headerOrNull(p.block(0, "block", BlockSelector.LATEST));
            return h == null ? NullNode.getInstance() : blockReceipts(h);
        });
        d.register("eth_getLogs", p -> new LogFilter(p, chain).run());
    }

    private JsonNode transaction(byte[] hash) {
        ChainStore.Located<TxRecord> found = chain.store().tx(hash);
        if (found != null) {
            TxRecord t = found.value();
            return ChainJson.transaction(TransactionDecoder.decode(t.raw()), chain.header(found.blockNumber()).hash(),
                    found.blockNumber(), t.index(), t.effectiveGasPrice());
        }
        Transaction pending = pool.get(org.web3j.utils.Numeric.toHexString(hash));
        return pending == null ? NullNode.getInstance() : ChainJson.transaction(pending, null, null, null, null);
    }

    private JsonNode receipt(byte[] hash) {
        ChainStore.Located<TxRecord> found = chain.store().tx(hash);
        if (found == null) {
            return NullNode.getInstance();
        }
        BlockHeader h = chain.header(found.blockNumber());
        List<LogRecord> logs = chain.store().logs(h.number(), h.number(), List.of());
        return receiptJson(found.value(), h, logs);
    }

    private JsonNode blockReceipts(BlockHeader h) {
        List<LogRecord> logs = chain.store().logs(h.number(), h.number(), List.of());
        ArrayNode out = Json.array();
        for (TxRecord t : chain.store().txsOfBlock(h.number())) {
            out.add(receiptJson(t, h, logs));
        }
        return out;
    }

    private static JsonNode receiptJson(TxRecord t, BlockHeader h, List<LogRecord> blockLogs) {
        List<LogRecord> mine = new ArrayList<>();
        List<Log> forBloom = new ArrayList<>();
        for (LogRecord l : blockLogs) {
            if (l.txIndex() == t.index()) {
                mine.add(l);
                forBloom.add(new Log(l.address(), l.topics(), l.data()));
            }
        }
        return ChainJson.receipt(t, h.hash(), h.number(), new Receipt(t.type(), t.success(), t.cumulativeGasUsed(), forBloom).bloom().toBytes(), mine);
    }
}
