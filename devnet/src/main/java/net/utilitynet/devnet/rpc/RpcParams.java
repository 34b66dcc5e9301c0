package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.web3j.utils.Numeric;

/**
 * Typed access to positional JSON-RPC parameters. Every accessor names the parameter by position and
 * name and the expected type, so that a bad call is answered with -32602 and a message the caller can act on.
 */
public final class RpcParams {
    private static final Pattern QUANTITY = Pattern.compile("0x(0|[1-9a-fA-F][0-9a-fA-F]*)");
    private static final Pattern DATA = Pattern.compile("0x([0-9a-fA-F]{2})*");
    private static final Pattern SLOT = Pattern.compile("0x[0-9a-fA-F]{1,64}");
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final String method;
    private final JsonNode params;

    public RpcParams(String method, JsonNode params) {
        this.method = method;
        this.params = params == null || params.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode() : params;
        if (!this.params.isArray()) {
            throw RpcException.invalidParams(method + ": params must be a JSON array of positional parameters");
        }
    }

    public int size() {
        return params.size();
    }

    public boolean has(int index) {
        return index < params.size() && !params.get(index).isNull();
    }

    /** Fails when more than {@code max} parameters are given (a likely mix-up of parameter order). */
    public RpcParams atMost(int max) {
        if (params.size() > max) {
            throw RpcException.invalidParams(method + " takes at most " + max + " parameters, got " + params.size());
        }
        return this;
    }

    public JsonNode raw(int index, String name) {
        if (!has(index)) {
            throw invalid(index, name, "is missing");
        }
        return params.get(index);
    }

    public JsonNode rawOrNull(int index) {
        return has(index) ? params.get(index) : NullNode.getInstance();
    }

    public String string(int index, String name) {
        JsonNode n = raw(index, name);
        if (!n.isTextual()) {
            throw invalid(index, name, "must be a string, got " + abbreviate(params.get(index)));
        }
        return n.asText();
    }

    public boolean bool(int index, String name, boolean dflt) {
        if (!has(index)) {
            return dflt;
        }
        JsonNode n = params.get(index);
        if (!n.isBoolean()) {
            throw invalid(index, name, "must be a boolean (true or false), got " + abbreviate(n));
        }
        return n.booleanValue();
    }

    public byte[] address(int index, String name) {
        return fixedData(index, name, 20, "a 20-byte hex address like 0x5FbDB2315678afecb367f032d93F642f64180aa3");
    }

    public byte[] hash(int index, String name) {
        return fixedData(index, name, 32, "a 32-byte hex hash");
    }

    public byte[] data(int index, String name) {
        return parseData(raw(index, name), index, name);
    }

    public BigInteger quantity(int index, String name) {
        return parseQuantity(raw(index, name), index, name);
    }

    public long quantityLong(int index, String name) {
        BigInteger q = quantity(index, name);
        if (q.bitLength() > 63) {
            throw invalid(index, name, "must be below 2^63, got " + q);
        }
        return q.longValue();
    }

    /** A block number or tag, or (EIP-1898) {blockHash} / {blockNumber}; absent means {@code dflt}. */
    public BlockSelector block(int index, String name, BlockSelector dflt) {
        if (!has(index)) {
            return dflt;
        }
        JsonNode n = params.get(index);
        if (n.isObject()) {
            if (n.has("blockHash")) {
                return BlockSelector.ofHash(parseFixed(n.get("blockHash"), index, name + ".blockHash", 32, "a 32-byte hex hash"));
            }
            if (n.has("blockNumber")) {
                return parseBlockText(n.get("blockNumber"), index, name + ".blockNumber");
            }
            throw invalid(index, name, "must be a block number, a tag (latest, pending, earliest, safe, finalized), {blockHash} or {blockNumber}");
        }
        return parseBlockText(n, index, name);
    }

    private BlockSelector parseBlockText(JsonNode n, int index, String name) {
        if (n.isTextual()) {
            String s = n.asText();
            switch (s) {
                case "latest", "pending", "earliest", "safe", "finalized":
                    return new BlockSelector(s, null, null);
                default:
                    break;
            }
        }
        BigInteger q = parseQuantity(n, index, name);
        if (q.bitLength() > 63) {
            throw invalid(index, name, "must be a block number below 2^63, got " + q);
        }
        return BlockSelector.ofNumber(q.longValue());
    }

    public BigInteger parseQuantity(JsonNode n, int index, String name) {
        if (!n.isTextual() || !QUANTITY.matcher(n.asText()).matches()) {
            throw invalid(index, name, "must be a hex quantity (0x-prefixed, no leading zeros, e.g. 0x1a), got " + abbreviate(n));
        }
        BigInteger value = new BigInteger(n.asText().substring(2), 16);
        if (value.compareTo(MAX_UINT256) > 0) {
            throw invalid(index, name, "must fit in 256 bits, got " + abbreviate(n));
        }
        return value;
    }

    public byte[] parseData(JsonNode n, int index, String name) {
        if (!n.isTextual() || !DATA.matcher(n.asText()).matches()) {
            throw invalid(index, name, "must be hex data (0x-prefixed, even number of digits), got " + abbreviate(n));
        }
        return Numeric.hexStringToByteArray(n.asText());
    }

    /** A storage slot as a 32-byte word: 32-byte hex or a shorter quantity ("0x0"), as geth accepts. */
    public byte[] slot(JsonNode n, int index, String name) {
        if (!n.isTextual() || !SLOT.matcher(n.asText()).matches()) {
            throw invalid(index, name, "must be a storage slot (0x-prefixed hex of at most 32 bytes), got " + abbreviate(n));
        }
        return Numeric.toBytesPadded(new BigInteger(n.asText().substring(2), 16), 32);
    }

    public byte[] parseFixed(JsonNode n, int index, String name, int size, String expected) {
        byte[] b = n.isTextual() && DATA.matcher(n.asText()).matches() ? Numeric.hexStringToByteArray(n.asText()) : null;
        if (b == null || b.length != size) {
            throw invalid(index, name, "must be " + expected + ", got " + abbreviate(n));
        }
        return b;
    }

    private byte[] fixedData(int index, String name, int size, String expected) {
        return parseFixed(raw(index, name), index, name, size, expected);
    }

    /** -32602 naming the method, the parameter's position and name, and what was wrong with it. */
    public RpcException invalid(int index, String name, String problem) {
        return RpcException.invalidParams("invalid params for " + method + ": param " + (index + 1) + " (" + name + ") " + problem);
    }

    static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
