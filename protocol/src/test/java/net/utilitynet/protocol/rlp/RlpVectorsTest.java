package net.utilitynet.protocol.rlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/** ethereum/tests RLPTests: every valid case encodes and strictly decodes; every invalid case is rejected. */
class RlpVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = RlpVectorsTest.class.getResourceAsStream("/rlp/" + name)) {
            return JSON.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> decode_validVector_roundTripsToInput() throws IOException {
        JsonNode cases = load("rlptest.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : (Iterable<Map.Entry<String, JsonNode>>) cases::fields) {
            tests.add(DynamicTest.dynamicTest(c.getKey(), () -> {
                byte[] out = Numeric.hexStringToByteArray(c.getValue().get("out").asText());
                RlpType expected = toRlp(c.getValue().get("in"));
                assertArrayEquals(out, Rlp.encode(expected), "encoding");
                RlpItem decoded = Rlp.decode(out);
                assertArrayEquals(out, decoded.encoded(), "decoded item re-encodes to its input");
                assertStructure(expected, decoded);
            }));
        }
        assertEquals(28, tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> decode_invalidVector_throwsRlpException() throws IOException {
        JsonNode cases = load("invalidRLPTest.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : (Iterable<Map.Entry<String, JsonNode>>) cases::fields) {
            tests.add(DynamicTest.dynamicTest(c.getKey(), () -> {
                byte[] bad = Numeric.hexStringToByteArray(c.getValue().get("out").asText());
                assertThrows(RlpException.class, () -> Rlp.decode(bad));
            }));
        }
        assertEquals(26, tests.size());
        return tests.stream();
    }

    @Test
    void decode_bigIntVector_readsUint256() {
        byte[] out = Numeric.hexStringToByteArray("0x8f102030405060708090a0b0c0d0e0f2");
        assertEquals(new BigInteger("83729609699884896815286331701780722"), Rlp.decode(out).asString("x").uint256("x"));
    }

    private static RlpType toRlp(JsonNode in) {
        if (in.isArray()) {
            List<RlpType> items = new ArrayList<>();
            in.forEach(n -> items.add(toRlp(n)));
            return Rlp.list(items);
        }
        if (in.isNumber()) {
            return Rlp.uint(in.bigIntegerValue());
        }
        String s = in.asText();
        if (s.startsWith("#")) {
            return Rlp.uint(new BigInteger(s.substring(1)));
        }
        return Rlp.bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertStructure(RlpType expected, RlpItem actual) {
        if (expected instanceof org.web3j.rlp.RlpList list) {
            RlpList decoded = actual.asList("list");
            assertEquals(list.getValues().size(), decoded.size());
            for (int i = 0; i < decoded.size(); i++) {
                assertStructure(list.getValues().get(i), decoded.get(i));
            }
        } else {
            assertArrayEquals(((org.web3j.rlp.RlpString) expected).getBytes(), actual.asString("string").bytes());
        }
    }
}
