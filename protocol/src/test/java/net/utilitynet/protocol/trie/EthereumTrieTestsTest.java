package net.utilitynet.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** Every case of ethereum/tests TrieTests (copied into test resources, see ethereum-tests/SOURCE.md). */
class EthereumTrieTestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step of a case: put (value non-null) or delete (value null). */
    record Step(byte[] key, byte[] value) {
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of("trietest.json", "trietest_secureTrie.json", "trieanyorder.json",
                "trieanyorder_secureTrie.json", "hex_encoded_securetrie_test.json")) {
            JsonNode root = read(file);
            boolean secure = file.contains("secure");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> testCase = it.next();
                out.add(Arguments.of(file + "/" + testCase.getKey(), secure, steps(testCase.getValue().get("in")),
                        testCase.getValue().get("root").asText()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void root_ethereumTestsCase_matchesExpectedRoot(String name, boolean secure, List<Step> steps, String expectedRoot) {
        MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
        for (Step step : steps) {
            byte[] key = secure ? Hash.sha3(step.key()) : step.key();
            if (step.value() == null) {
                trie.delete(key);
            } else {
                trie.put(key, step.value());
            }
        }
        assertEquals(expectedRoot, Numeric.toHexString(trie.root()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proveAndVerify_ethereumTestsCase_everyFinalKeyProvesItsValue(String name, boolean secure, List<Step> steps,
            String expectedRoot) {
        Map<String, byte[]> finalState = new LinkedHashMap<>();
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerklePatriciaTrie trie = new MerklePatriciaTrie(store);
        for (Step step : steps) {
            byte[] key = secure ? Hash.sha3(step.key()) : step.key();
            trie.put(key, step.value() == null ? new byte[0] : step.value());
            finalState.put(Numeric.toHexString(key), step.value());
        }
        byte[] root = trie.commit();
        MerklePatriciaTrie reloaded = new MerklePatriciaTrie(store, root);
        for (Map.Entry<String, byte[]> entry : finalState.entrySet()) {
            byte[] key = Numeric.hexStringToByteArray(entry.getKey());
            List<byte[]> proof = reloaded.prove(key);
            byte[] proven = TrieProofVerifier.verify(root, key, proof).orElse(null);
            assertArrayEquals(entry.getValue(), proven, entry.getKey());
            assertArrayEquals(entry.getValue(), reloaded.get(key).orElse(null));
        }
        assertEquals(expectedRoot, Numeric.toHexString(root));
        assertEquals(TrieRoots.isEmptyTrieRoot(root), store.size() == 0, "only an empty trie stores nothing");
    }

    private static List<Step> steps(JsonNode in) {
        List<Step> steps = new ArrayList<>();
        if (in.isArray()) {
            for (JsonNode pair : in) {
                steps.add(new Step(bytes(pair.get(0)), pair.get(1).isNull() ? null : bytes(pair.get(1))));
            }
        } else {
            in.fields().forEachRemaining(e -> steps.add(new Step(bytes(e.getKey()), bytes(e.getValue()))));
        }
        return steps;
    }

    private static byte[] bytes(JsonNode node) {
        return bytes(node.asText());
    }

    private static byte[] bytes(String text) {
        return text.startsWith("0x") ? Numeric.hexStringToByteArray(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = EthereumTrieTestsTest.class.getResourceAsStream("/ethereum-tests/TrieTests/" + file)) {
            if (in == null) {
                throw new IOException("test resource ethereum-tests/TrieTests/" + file + " is missing");
            }
            return JSON.readTree(in);
        }
    }
}
