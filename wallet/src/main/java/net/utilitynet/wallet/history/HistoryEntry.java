package net.utilitynet.wallet.history;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccessException;
import org.web3j.utils.Numeric;

/**
 * One transaction as the node's {@code unc_getTransactionsByAddress} index reports it (unverified;
 * see docs/wallet.md for the JSON shape). {@code to} is empty for contract creation; {@code timestamp}
 * and {@code fee} (gasUsed × effectiveGasPrice) are present only when the node adds those optional fields.
 */
public record HistoryEntry(String hash, long blockNumber, String blockHash, Optional<Instant> timestamp, Address from, Optional<Address> to,
        BigInteger valueWei, long nonce, int type, boolean succeeded, Optional<BigInteger> feeWei) {

    /** Parses one element of the {@code unc_getTransactionsByAddress} result array. */
    public static HistoryEntry fromJson(JsonNode n) {
        try {
            JsonNode to = n.get("to");
            Optional<BigInteger> fee = n.hasNonNull("gasUsed") && n.hasNonNull("effectiveGasPrice")
                    ? Optional.of(qty(n, "gasUsed").multiply(qty(n, "effectiveGasPrice")))
                    : Optional.empty();
            return new HistoryEntry(hash(n, "hash"), qty(n, "blockNumber").longValueExact(), hash(n, "blockHash"),
                    n.hasNonNull("timestamp") ? Optional.of(Instant.ofEpochSecond(qty(n, "timestamp").longValueExact())) : Optional.empty(),
                    Address.ofTrusted(text(n, "from")),
                    to == null || to.isNull() ? Optional.empty() : Optional.of(Address.ofTrusted(to.asText())),
                    qty(n, "value"), qty(n, "nonce").longValueExact(), qty(n, "type").intValueExact(),
                    qty(n, "status").signum() == 1, fee);
        } catch (RuntimeException e) {
            throw new ChainAccessException("the node sent a malformed unc_getTransactionsByAddress entry (" + e.getMessage()
                    + "); the endpoint is faulty — choose another node");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' missing");
        }
        return v.asText();
    }

    private static BigInteger qty(JsonNode n, String field) {
        return Numeric.decodeQuantity(text(n, field));
    }

    private static String hash(JsonNode n, String field) {
        String h = text(n, field).toLowerCase(java.util.Locale.ROOT);
        if (!h.matches("0x[0-9a-f]{64}")) {
            throw new IllegalArgumentException("field '" + field + "' is not a 32-byte hash");
        }
        return h;
    }
}
