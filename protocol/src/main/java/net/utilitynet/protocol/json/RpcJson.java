package net.utilitynet.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * Strict readers for Ethereum JSON-RPC values: quantities ({@code 0x}-hex without leading zeros, {@code 0x0}
 * for zero), data ({@code 0x}-hex with an even number of digits) and 32-byte words. Each error names
 * the field as the caller describes it ({@code "storageProof[0].value"}).
 */
public final class RpcJson {
    private RpcJson() {
    }

    /** The non-null member {@code name} of {@code object}. */
    public static JsonNode field(JsonNode object, String name, String where) {
        if (object == null || !object.isObject()) {
            throw new RpcFormatException(where + " must be a JSON object, got " + (object == null ? "nothing" : object.getNodeType()));
        }
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new RpcFormatException(where + " lacks field '" + name + "'");
        }
        return value;
    }

    /** A quantity of at most 256 bits. */
    public static BigInteger quantity(JsonNode node, String name) {
        String digits = hexDigits(node, name);
        if (digits.isEmpty() || digits.length() > 64 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            throw new RpcFormatException(name + " must be a hex quantity like 0x1a (no leading zeros, at most 256 bits), got "
                    + node);
        }
        return new BigInteger(digits, 16);
    }

    /** A quantity that fits in a signed long. */
    public static long quantity64(JsonNode node, String name) {
        BigInteger value = quantity(node, name);
        if (value.bitLength() > 63) {
            throw new RpcFormatException(name + " must fit in 63 bits, got " + node);
        }
        return value.longValueExact();
    }

    /** Data of any length. */
    public static byte[] data(JsonNode node, String name) {
        String digits = hexDigits(node, name);
        if (digits.length() % 2 != 0) {
            throw new RpcFormatException(name + " must be hex data with an even number of digits, got " + node);
        }
        return Numeric.hexStringToByteArray(digits);
    }

    /** Data of exactly {@code size} bytes. */
    public static byte[] data(JsonNode node, String name, int size) {
        byte[] value = data(node, name);
        if (value.length != size) {
            throw new RpcFormatException(name + " must be " + size + " bytes but is " + value.length + " bytes");
        }
        return value;
    }

    /** An array of data strings. */
    public static List<byte[]> dataList(JsonNode array, String name) {
        if (array == null || !array.isArray()) {
            throw new RpcFormatException(name + " must be an array of hex strings");
        }
        List<byte[]> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(data(array.get(i), name + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    /** A 256-bit word written either as a quantity or as 32-byte data, returned left-padded to 32 bytes. */
    public static byte[] word(JsonNode node, String name) {
        String digits = hexDigits(node, name);
        if (digits.isEmpty() || digits.length() > 64) {
            throw new RpcFormatException(name + " must be 1 to 64 hex digits (a 32-byte word), got " + node);
        }
        return Numeric.toBytesPadded(new BigInteger(digits, 16), 32);
    }

    private static String hexDigits(JsonNode node, String name) {
        String text = node != null && node.isTextual() ? node.asText() : "";
        if (!text.startsWith("0x") || !text.chars().skip(2).allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new RpcFormatException(name + " must be a 0x-prefixed hex string, got " + node);
        }
        return text.substring(2);
    }
}
