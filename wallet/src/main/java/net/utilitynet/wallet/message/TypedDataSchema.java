package net.utilitynet.wallet.message;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import net.utilitynet.wallet.InvalidInputException;

/**
 * Checks eth_signTypedData_v4 JSON against its own {@code types} before it is hashed, so that a bad request is
 * refused with the path of the offending field ({@code message.to.wallet}) instead of an encoder's stack message:
 * every member type is a Solidity type or declared, every declared member is present, and simple values have
 * the shape of their type.
 */
final class TypedDataSchema {
    private static final Pattern ARRAY = Pattern.compile("(.+)\\[(\\d*)]");
    private static final Pattern INTEGER = Pattern.compile("u?int(\\d*)");
    private static final Pattern FIXED_BYTES = Pattern.compile("bytes(\\d+)");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern ADDRESS = Pattern.compile("0[xX][0-9a-fA-F]{40}");

    private final JsonNode types;

    private TypedDataSchema(JsonNode types) {
        this.types = types;
    }

    static void check(JsonNode root) {
        JsonNode types = root.get("types");
        if (!types.isObject()) {
            throw fail("'types' must be an object mapping each struct name to its list of {name, type} members");
        }
        TypedDataSchema schema = new TypedDataSchema(types);
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> type = it.next();
            schema.checkDeclaration(type.getKey(), type.getValue());
        }
        if (!types.has("EIP712Domain")) {
            throw fail("types has no 'EIP712Domain'; declare the domain's fields (name, version, chainId, verifyingContract)");
        }
        schema.checkValue("domain", "EIP712Domain", root.get("domain"));
        schema.checkValue("message", root.get("primaryType").asText(), root.get("message"));
    }

    private void checkDeclaration(String name, JsonNode members) {
        if (!members.isArray()) {
            throw fail("types." + name + " must be a list of {name, type} members");
        }
        for (JsonNode member : members) {
            if (!member.path("name").isTextual() || !member.path("type").isTextual()) {
                throw fail("types." + name + " has a member without a 'name' or 'type' string");
            }
            String type = member.get("type").asText();
            if (!known(type)) {
                throw fail("types." + name + "." + member.get("name").asText() + " has the unknown type '" + type
                        + "'; declare it in types or use a Solidity type (address, bool, string, bytes, bytes1..32, uint8..256, int8..256)");
            }
        }
    }

    private boolean known(String type) {
        Matcher array = ARRAY.matcher(type);
        if (array.matches()) {
            return known(array.group(1));
        }
        return types.has(type) || primitive(type);
    }

    private static boolean primitive(String type) {
        if (type.equals("address") || type.equals("bool") || type.equals("string") || type.equals("bytes")) {
            return true;
        }
        Matcher integer = INTEGER.matcher(type);
        if (integer.matches()) {
            int bits = integer.group(1).isEmpty() ? 256 : Integer.parseInt(integer.group(1));
            return bits >= 8 && bits <= 256 && bits % 8 == 0;
        }
        Matcher bytes = FIXED_BYTES.matcher(type);
        return bytes.matches() && Integer.parseInt(bytes.group(1)) >= 1 && Integer.parseInt(bytes.group(1)) <= 32;
    }

    private void checkValue(String path, String type, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw fail(path + " is missing (type " + type + "); the request must give every declared field");
        }
        Matcher array = ARRAY.matcher(type);
        if (array.matches()) {
            if (!value.isArray()) {
                throw fail(path + " must be a list (type " + type + ")");
            }
            if (!array.group(2).isEmpty() && value.size() != Integer.parseInt(array.group(2))) {
                throw fail(path + " must have exactly " + array.group(2) + " elements (type " + type + "), not " + value.size());
            }
            for (int i = 0; i < value.size(); i++) {
                checkValue(path + "[" + i + "]", array.group(1), value.get(i));
            }
            return;
        }
        JsonNode members = types.get(type);
        if (members != null) {
            if (!value.isObject()) {
                throw fail(path + " must be an object with the fields of " + type);
            }
            for (JsonNode member : members) {
                checkValue(path + "." + member.get("name").asText(), member.get("type").asText(), value.get(member.get("name").asText()));
            }
            return;
        }
        checkPrimitive(path, type, value);
    }

    private static void checkPrimitive(String path, String type, JsonNode value) {
        String text = value.isValueNode() ? value.asText() : null;
        boolean ok = switch (type) {
            case "address" -> value.isTextual() && ADDRESS.matcher(text).matches();
            case "bool" -> value.isBoolean() || (value.isTextual() && (text.equals("true") || text.equals("false")));
            case "string" -> value.isTextual();
            case "bytes" -> value.isTextual() && HEX.matcher(text).matches() && text.length() % 2 == 0;
            default -> type.startsWith("bytes") ? value.isTextual() && HEX.matcher(text).matches()
                    : value.isIntegralNumber() || (value.isTextual() && integer(text));
        };
        if (!ok) {
            throw fail(path + " is not a valid " + type + " (" + shape(type) + ")");
        }
    }

    private static boolean integer(String text) {
        try {
            if (HEX.matcher(text).matches()) {
                return text.length() > 2;
            }
            new BigInteger(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shape(String type) {
        return switch (type) {
            case "address" -> "0x followed by 40 hex characters";
            case "bool" -> "true or false";
            case "string" -> "a JSON string";
            default -> type.startsWith("bytes") ? "0x-prefixed hex" : "a whole number, decimal or 0x hex";
        };
    }

    private static InvalidInputException fail(String message) {
        return new InvalidInputException("typedData", message);
    }
}
