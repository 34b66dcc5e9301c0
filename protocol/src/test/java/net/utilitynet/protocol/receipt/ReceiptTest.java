package net.utilitynet.protocol.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.utilitynet.protocol.json.RpcFormatException;
import net.utilitynet.protocol.trie.RecordedAnvil;
import net.utilitynet.protocol.trie.TrieRoots;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class ReceiptTest {
    private final JsonNode recording = RecordedAnvil.load();

    @Test
    void receiptsRoot_recordedSingleReceiptBlock_equalsHeaderReceiptsRoot() {
        Receipt receipt = Receipt.fromRpc(recording.get("receipt"));
        assertEquals(2, receipt.type());
        assertTrue(receipt.success());
        assertEquals(1, receipt.logs().size());
        assertEquals(recording.get("block").get("receiptsRoot").asText(),
                Numeric.toHexString(Receipt.receiptsRoot(List.of(receipt))));
    }

    @Test
    void encode_typedAndLegacy_prefixOnlyTyped() {
        // rlp([1, 21000, bloom(256 zero bytes), []]): payload 1 + 3 + 259 + 1 = 264 = 0x108 bytes
        String body = "825208b90100" + "00".repeat(256) + "c0";
        assertEquals("0xf9010801" + body, Numeric.toHexString(new Receipt(0, true, 21000, List.of()).encode()));
        assertEquals("0x02f9010801" + body, Numeric.toHexString(new Receipt(2, true, 21000, List.of()).encode()));
        assertEquals("0xf9010880" + body, Numeric.toHexString(new Receipt(0, false, 21000, List.of()).encode()),
                "a failed receipt's status is the empty string");
    }

    @Test
    void fromRpc_bloomNotMatchingLogs_throws() {
        ((ObjectNode) recording.get("receipt")).put("logsBloom", "0x" + "00".repeat(256));
        ReceiptException e = assertThrows(ReceiptException.class, () -> Receipt.fromRpc(recording.get("receipt")));
        assertTrue(e.getMessage().contains("logsBloom"), e.getMessage());
    }

    @Test
    void fromRpc_statusTwo_throwsNamingStatus() {
        ((ObjectNode) recording.get("receipt")).put("status", "0x2");
        RpcFormatException e = assertThrows(RpcFormatException.class, () -> Receipt.fromRpc(recording.get("receipt")));
        assertTrue(e.getMessage().contains("status"), e.getMessage());
    }

    @Test
    void ordered_emptyList_isEmptyTrieRoot() {
        assertEquals(TrieRoots.EMPTY_TRIE_ROOT_HEX, Numeric.toHexString(TrieRoots.ordered(List.of())));
    }

    @Test
    void log_fiveTopics_throws() {
        byte[] topic = new byte[32];
        assertThrows(ReceiptException.class,
                () -> new Log(new byte[20], List.of(topic, topic, topic, topic, topic), new byte[0]));
    }
}
