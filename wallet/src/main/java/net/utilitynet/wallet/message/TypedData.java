package net.utilitynet.wallet.message;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * EIP-712 typed data (the eth_signTypedData_v4 JSON): digest via Web3j's StructuredDataEncoder,
 * a field-by-field display model so the user sees exactly what is signed, and the chain id of
 * the domain so a request for another chain can be refused.
 */
public final class TypedData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;
    private final JsonNode root;
    private final byte[] digest;

    private TypedData(String json, JsonNode root, byte[] digest) {
        this.json = json;
        this.root = root;
        this.digest = digest;
    }

    public static TypedData parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidInputException("typedData", "the typed data is not valid JSON");
        }
        for (String f : new String[] {"types", "primaryType", "domain", "message"}) {
            if (root == null || !root.has(f)) {
                throw new InvalidInputException("typedData", "the typed data has no '" + f + "'; expected the eth_signTypedData_v4 JSON");
            }
        }
        if (!root.get("types").has(root.get("primaryType").asText())) {
            throw new InvalidInputException("typedData", "primaryType '" + root.get("primaryType").asText() + "' is not declared in types");
        }
        TypedDataSchema.check(root);
        try {
            return new TypedData(json, root, new StructuredDataEncoder(json).hashStructuredData());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("typedData", "the typed data does not match its declared types (" + e.getMessage() + ")");
        }
    }

    /** keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(message)). */
    public byte[] digest() {
        return digest.clone();
    }

    public String primaryType() {
        return root.get("primaryType").asText();
    }

    public Optional<Long> domainChainId() {
        JsonNode c = root.path("domain").get("chainId");
        try {
            return c == null ? Optional.empty() : Optional.of(c.isNumber() ? c.bigIntegerValue().longValueExact() : Long.decode(c.asText()));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInputException("typedData", "domain.chainId " + c.asText() + " is not a chain id (a whole number below 2^63)");
        }
    }

    /** The domain, then the message, one line per field, in declaration order. */
    public List<TypedDataField> fields() {
        List<TypedDataField> out = new ArrayList<>();
        walk("domain", "EIP712Domain", root.get("domain"), 0, out);
        walk("message", primaryType(), root.get("message"), 0, out);
        return out;
    }

    public String sign(byte[] privateKey) {
        return MessageSignature.sign(digest, privateKey);
    }

    public Address recoverSigner(String signatureHex) {
        return MessageSignature.recover(digest, signatureHex);
    }

    public String json() {
        return json;
    }

    private void walk(String path, String type, JsonNode value, int depth, List<TypedDataField> out) {
        JsonNode declared = root.get("types").get(type);
        if (declared == null) {
            String text = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
            // addresses are shown in EIP-55 form whatever case the request used, so a look-alike stands out
            out.add(new TypedDataField(path, type, type.equals("address") ? Address.ofTrusted(text).checksummed() : text, depth));
            return;
        }
        if (depth > 0) {
            out.add(new TypedDataField(path, type, "", depth));
        }
        for (JsonNode member : declared) {
            String name = member.get("name").asText();
            String memberType = member.get("type").asText();
            JsonNode v = value == null ? null : value.get(name);
            if (memberType.endsWith("]") && v != null && v.isArray()) {
                String elementType = memberType.substring(0, memberType.lastIndexOf('['));
                out.add(new TypedDataField(path + "." + name, memberType, "", depth + 1));
                for (int i = 0; i < v.size(); i++) {
                    walk(path + "." + name + "[" + i + "]", elementType, v.get(i), depth + 2, out);
                }
            } else {
                walk(path + "." + name, memberType, v, depth + 1, out);
            }
        }
    }
}
