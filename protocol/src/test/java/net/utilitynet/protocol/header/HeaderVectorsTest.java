package net.utilitynet.protocol.header;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.utilitynet.protocol.crypto.Secp256k1;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** Real mainnet headers from five eras and Görli Clique headers (files and sources in test resources). */
class HeaderVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode load(String path) throws IOException {
        try (InputStream in = HeaderVectorsTest.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> fromRpc_mainnetHeaders_recomputedHashMatchesPublished() throws IOException {
        JsonNode index = load("/headers/index.json").get("blocks");
        assertEquals(9, index.size());
        return java.util.stream.StreamSupport.stream(index.spliterator(), false).map(entry ->
                DynamicTest.dynamicTest(entry.get("file").asText(), () -> {
                    JsonNode block = load("/headers/" + entry.get("file").asText());
                    BlockHeader h = HeaderJson.fromRpc(block);
                    assertEquals(entry.get("expectedHash").asText(), Numeric.toHexString(h.hash()));
                    assertEquals(entry.get("headerFieldCount").asInt(), h.fieldCount());
                    assertEquals(entry.get("number").asLong(), h.number());
                    if (block.has("rlp")) {
                        assertEquals(block.get("rlp").asText(), Numeric.toHexString(h.encoded()));
                    }
                    BlockHeader again = BlockHeader.decode(h.encoded());
                    assertEquals(h, again);
                    assertArrayEquals(h.hash(), again.hash());
                }));
    }

    @Test
    void fromRpc_pragueHeader_keepsAllTwentyOneFields() throws IOException {
        BlockHeader h = HeaderJson.fromRpc(load("/headers/block_26050794_osaka_bpo2_prague_fields.json"));
        assertEquals(21, h.fieldCount());
        assertEquals(0x60000L, h.blobGasUsed());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HexFormat.of().formatHex(h.requestsHash()));
    }

    @Test
    void fromRpc_frontierHeader_hasNoBaseFee() throws IOException {
        BlockHeader h = HeaderJson.fromRpc(load("/headers/block_1_frontier.json"));
        assertEquals(15, h.fieldCount());
        assertNull(h.baseFeePerGas());
    }

    @Test
    void fromRpc_tamperedField_throwsMismatchNamingBothHashes() throws IOException {
        ObjectNode block = (ObjectNode) load("/headers/block_12965000_london.json");
        block.put("gasUsed", "0x1");
        HeaderHashMismatchException e = assertThrows(HeaderHashMismatchException.class, () -> HeaderJson.fromRpc(block));
        assertTrue(e.getMessage().contains("0x9b83c12c69edb74f6c8dd5d052765c1adf940e320bd1291696e6fa07829eee71"), e.getMessage());
        assertTrue(e.getMessage().contains(Numeric.toHexString(e.computed())), e.getMessage());
    }

    @Test
    void fromRpc_wrongSizedRoot_namesField() throws IOException {
        ObjectNode block = (ObjectNode) load("/headers/block_12965000_london.json");
        block.put("stateRoot", "0x1234");
        HeaderException e = assertThrows(HeaderException.class, () -> HeaderJson.fromRpc(block));
        assertEquals("stateRoot: expected 32 bytes but found 2", e.getMessage());
    }

    @Test
    void fromRpc_quantityWithLeadingZero_rejected() throws IOException {
        ObjectNode block = (ObjectNode) load("/headers/block_12965000_london.json");
        block.put("number", "0x00c5d488");
        HeaderException e = assertThrows(HeaderException.class, () -> HeaderJson.fromRpc(block));
        assertTrue(e.getMessage().startsWith("number:"), e.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> cliqueSeal_goerliBlocks_recoverExpectedSigner() throws IOException {
        JsonNode expected = load("/clique/clique_expected.json").get("blocks");
        JsonNode first7 = load("/clique/goerli_blocks_1_to_7.json");
        assertEquals(9, expected.size());
        return java.util.stream.StreamSupport.stream(expected.spliterator(), false).map(e ->
                DynamicTest.dynamicTest("goerli " + e.get("number").asLong(), () -> {
                    String file = e.get("file").asText();
                    JsonNode block = file.equals("goerli_blocks_1_to_7.json")
                            ? first7.get(e.get("number").asInt() - 1) : load("/clique/" + file);
                    BlockHeader h = HeaderJson.fromRpc(block);
                    assertEquals(e.get("hash").asText(), Numeric.toHexString(h.hash()));
                    byte[] extra = h.extraData();
                    byte[] seal = Arrays.copyOfRange(extra, extra.length - 65, extra.length);
                    byte[] sealHash = Hash.sha3(h.encodedWithExtraData(Arrays.copyOf(extra, extra.length - 65)));
                    assertEquals(e.get("sealHash").asText(), Numeric.toHexString(sealHash));
                    assertEquals(e.get("expectedSigner").asText(),
                            Numeric.toHexString(Secp256k1.recoverAddress(sealHash, seal)));
                }));
    }

    @Test
    void goerliChain_blocksOneToSeven_linkByParentHash() throws IOException {
        JsonNode blocks = load("/clique/goerli_blocks_1_to_7.json");
        List<BlockHeader> headers = new java.util.ArrayList<>();
        blocks.forEach(b -> headers.add(HeaderJson.fromRpc(b)));
        for (int i = 1; i < headers.size(); i++) {
            assertArrayEquals(headers.get(i - 1).hash(), headers.get(i).parentHash());
        }
    }
}
