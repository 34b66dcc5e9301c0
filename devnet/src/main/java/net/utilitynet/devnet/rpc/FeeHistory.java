package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.store.TxRecord;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.BaseFee;

/** eth_feeHistory as geth answers it: base fees (plus the next block's), gas-used ratios, gas-weighted tip percentiles. */
final class FeeHistory {
    private static final int MAX_BLOCKS = 1024;

    private final Blockchain chain;
    private final BlockResolver blocks;

    FeeHistory(Blockchain chain) {
        this.chain = chain;
        this.blocks = new BlockResolver(chain);
    }

    JsonNode answer(RpcParams p) {
        JsonNode countNode = p.raw(0, "blockCount");
        long count = countNode.isIntegralNumber() ? countNode.asLong() : p.quantityLong(0, "blockCount");
        if (count < 1 || count > MAX_BLOCKS) {
            throw p.invalid(0, "blockCount", "must be between 1 and " + MAX_BLOCKS + ", got " + count);
        }
        BlockHeader newest = blocks.header(p.block(1, "newestBlock", BlockSelector.LATEST));
        List<Double> percentiles = new ArrayList<>();
        if (p.has(2)) {
            JsonNode arr = p.raw(2, "rewardPercentiles");
            double last = 0;
            for (JsonNode n : arr) {
                if (!n.isNumber() || n.asDouble() < last || n.asDouble() > 100) {
                    throw p.invalid(2, "rewardPercentiles", "must be increasing numbers between 0 and 100");
                }
                last = n.asDouble();
                percentiles.add(last);
            }
        }
        long oldest = Math.max(0, newest.number() - count + 1);
        ObjectNode o = Json.object();
        o.set("oldestBlock", Json.quantity(oldest));
        ArrayNode baseFees = o.putArray("baseFeePerGas");
        ArrayNode ratios = o.putArray("gasUsedRatio");
        ArrayNode rewards = p.has(2) ? o.putArray("reward") : null;
        for (long n = oldest; n <= newest.number(); n++) {
            BlockHeader h = chain.header(n);
            baseFees.add(Json.quantity(h.baseFeePerGas()));
            ratios.add(h.gasLimit() == 0 ? 0.0 : (double) h.gasUsed() / h.gasLimit());
            if (rewards != null) {
                rewards.add(rewards(h, percentiles));
            }
        }
        baseFees.add(Json.quantity(BaseFee.next(newest)));
        return o;
    }

    private ArrayNode rewards(BlockHeader h, List<Double> percentiles) {
        ArrayNode out = Json.array();
        List<TxRecord> txs = new ArrayList<>(chain.store().txsOfBlock(h.number()));
        BigInteger base = h.baseFeePerGas();
        txs.sort(Comparator.comparing(t -> t.effectiveGasPrice().subtract(base)));
        for (double pct : percentiles) {
            if (txs.isEmpty()) {
                out.add(Json.quantity(0));
                continue;
            }
            double threshold = h.gasUsed() * pct / 100;
            long sum = 0;
            TxRecord pick = txs.get(txs.size() - 1);
            for (TxRecord t : txs) {
                sum += t.gasUsed();
                if (sum >= threshold) {
                    pick = t;
                    break;
                }
            }
            out.add(Json.quantity(pick.effectiveGasPrice().subtract(base)));
        }
        return out;
    }
}
