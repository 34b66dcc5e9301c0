package net.utilitynet.protocol.header;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Builds a {@link BlockHeader} from an {@code eth_getBlockByNumber} result object (camelCase names, {@code 0x}
 * quantities and data) and checks it against the node's reported {@code hash}. Quantities must be {@code 0x}
 * hex without leading zeros (except {@code 0x0}); data fields must have their exact size.
 */
public final class HeaderJson {
    private HeaderJson() {
    }

    /**
     * Parses the header fields and checks that keccak256(rlp(header)) equals the object's {@code hash}.
     *
     * @throws HeaderHashMismatchException when the recomputed hash differs from the reported one
     */
    public static BlockHeader fromRpc(JsonNode block) {
        BlockHeader header = fromRpcUnchecked(block);
        byte[] reported = data(block, "hash", 32);
        byte[] computed = header.hash();
        if (!java.util.Arrays.equals(reported, computed)) {
            throw new HeaderHashMismatchException(header.number(), reported, computed);
        }
        return header;
    }

    /** Parses the header fields only; the reported {@code hash}, if any, is not checked. */
    public static BlockHeader fromRpcUnchecked(JsonNode block) {
        if (block == null || !block.isObject()) {
            throw new HeaderException("block: expected a JSON object from eth_getBlockByNumber");
        }
        BlockHeader.Builder b = BlockHeader.builder()
                .parentHash(data(block, "parentHash", 32))
                .ommersHash(data(block, "sha3Uncles", 32))
                .coinbase(data(block, "miner", 20))
                .stateRoot(data(block, "stateRoot", 32))
                .transactionsRoot(data(block, "transactionsRoot", 32))
                .receiptsRoot(data(block, "receiptsRoot", 32))
                .logsBloom(data(block, "logsBloom", 256))
                .difficulty(quantity(block, "difficulty"))
                .number(quantity64(block, "number"))
                .gasLimit(quantity64(block, "gasLimit"))
                .gasUsed(quantity64(block, "gasUsed"))
                .timestamp(quantity64(block, "timestamp"))
                .extraData(data(block, "extraData", -1))
                .mixHash(data(block, "mixHash", 32))
                .nonce(data(block, "nonce", 8));
        if (present(block, "baseFeePerGas")) {
            b.baseFeePerGas(quantity(block, "baseFeePerGas"));
        }
        if (present(block, "withdrawalsRoot")) {
            b.withdrawalsRoot(data(block, "withdrawalsRoot", 32));
        }
        if (present(block, "blobGasUsed")) {
            b.blobGasUsed(quantity64(block, "blobGasUsed"));
        }
        if (present(block, "excessBlobGas")) {
            b.excessBlobGas(quantity64(block, "excessBlobGas"));
        }
        if (present(block, "parentBeaconBlockRoot")) {
            b.parentBeaconBlockRoot(data(block, "parentBeaconBlockRoot", 32));
        }
        if (present(block, "requestsHash")) {
            b.requestsHash(data(block, "requestsHash", 32));
        }
        return b.build();
    }

    private static boolean present(JsonNode block, String field) {
        JsonNode n = block.get(field);
        return n != null && !n.isNull();
    }

    private static String text(JsonNode block, String field) {
        JsonNode n = block.get(field);
        if (n == null || n.isNull()) {
            throw new HeaderException(field + ": missing from the block object");
        }
        if (!n.isTextual() || !n.asText().startsWith("0x")) {
            throw new HeaderException(field + ": expected a 0x-prefixed hex string but found " + abbreviate(n.toString()));
        }
        return n.asText().substring(2);
    }

    /** {@code size} = -1 for variable-length data. */
    private static byte[] data(JsonNode block, String field, int size) {
        String hex = text(block, field);
        if (hex.length() % 2 != 0) {
            throw new HeaderException(field + ": hex data must have an even number of digits");
        }
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new HeaderException(field + ": not valid hex: " + abbreviate(hex));
        }
        if (size >= 0 && bytes.length != size) {
            throw new HeaderException(field + ": expected " + size + " bytes but found " + bytes.length);
        }
        return bytes;
    }

    private static BigInteger quantity(JsonNode block, String field) {
        String hex = text(block, field);
        if (hex.isEmpty() || hex.length() > 64 || (hex.length() > 1 && hex.charAt(0) == '0')) {
            throw new HeaderException(field + ": quantity must be 0x followed by 1 to 64 hex digits without leading zeros");
        }
        try {
            return new BigInteger(hex, 16);
        } catch (NumberFormatException e) {
            throw new HeaderException(field + ": not valid hex: " + abbreviate(hex));
        }
    }

    private static long quantity64(JsonNode block, String field) {
        BigInteger v = quantity(block, field);
        if (v.bitLength() > 63) {
            throw new HeaderException(field + ": quantity does not fit in 63 bits");
        }
        return v.longValueExact();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
