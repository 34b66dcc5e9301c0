package net.utilitynet.wallet.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import net.utilitynet.wallet.history.HistoryEntry;
import org.web3j.utils.Numeric;

/** Reads the JSON {@code result}s of the unverified calls; shared by every {@link UnverifiedRpc} transport. */
final class RpcAnswers {
    private RpcAnswers() {
    }

    static long chainId(JsonNode result) {
        return quantity(result, "eth_chainId").longValueExact();
    }

    static FeeHistory feeHistory(JsonNode r) {
        List<BigInteger> base = new ArrayList<>();
        r.path("baseFeePerGas").forEach(x -> base.add(quantity(x, "eth_feeHistory baseFeePerGas")));
        List<List<BigInteger>> rewards = new ArrayList<>();
        r.path("reward").forEach(row -> {
            List<BigInteger> values = new ArrayList<>();
            row.forEach(x -> values.add(quantity(x, "eth_feeHistory reward")));
            rewards.add(values);
        });
        List<Double> ratios = new ArrayList<>();
        r.path("gasUsedRatio").forEach(x -> ratios.add(x.asDouble()));
        return new FeeHistory(quantity(r.path("oldestBlock"), "eth_feeHistory oldestBlock").longValueExact(), base, rewards, ratios);
    }

    static List<HistoryEntry> history(JsonNode r) {
        if (!r.isArray()) {
            throw new ChainAccessException("unc_getTransactionsByAddress did not return an array; the endpoint is faulty");
        }
        List<HistoryEntry> out = new ArrayList<>();
        r.forEach(e -> out.add(HistoryEntry.fromJson(e)));
        return out;
    }

    static String hexQuantity(long n) {
        return Numeric.encodeQuantity(BigInteger.valueOf(n));
    }

    private static BigInteger quantity(JsonNode n, String what) {
        try {
            return Numeric.decodeQuantity(n.asText());
        } catch (RuntimeException e) {
            throw new ChainAccessException(what + " is not a hex quantity; the endpoint is faulty");
        }
    }
}
