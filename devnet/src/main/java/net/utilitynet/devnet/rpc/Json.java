package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import org.web3j.utils.Numeric;

/** Ethereum JSON-RPC encodings: quantities are minimal hex ("0x0", "0x1a"), data is even-length hex. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static TextNode quantity(long value) {
        return TextNode.valueOf("0x" + Long.toHexString(value));
    }

    public static TextNode quantity(BigInteger value) {
        return TextNode.valueOf("0x" + value.toString(16));
    }

    public static TextNode data(byte[] value) {
        return TextNode.valueOf(Numeric.toHexString(value));
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }
}
