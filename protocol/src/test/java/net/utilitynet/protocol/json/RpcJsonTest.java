package net.utilitynet.protocol.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RpcJsonTest {
    @Test
    void quantity_canonicalForms_parse() {
        assertEquals(BigInteger.ZERO, RpcJson.quantity(TextNode.valueOf("0x0"), "q"));
        assertEquals(BigInteger.valueOf(0x1a), RpcJson.quantity(TextNode.valueOf("0x1a"), "q"));
    }

    @Test
    void quantity_leadingZeroEmptyOrNotHex_throwsNamingField() {
        for (String bad : new String[] {"0x01", "0x", "1a", "0xzz"}) {
            RpcFormatException e = assertThrows(RpcFormatException.class, () -> RpcJson.quantity(TextNode.valueOf(bad), "balance"));
            assertTrue(e.getMessage().startsWith("balance"), e.getMessage());
        }
        assertThrows(RpcFormatException.class, () -> RpcJson.quantity(JsonNodeFactory.instance.numberNode(5), "balance"));
    }

    @Test
    void data_oddDigitsOrWrongSize_throws() {
        assertThrows(RpcFormatException.class, () -> RpcJson.data(TextNode.valueOf("0xabc"), "d"));
        assertThrows(RpcFormatException.class, () -> RpcJson.data(TextNode.valueOf("0xabcd"), "d", 3));
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, RpcJson.data(TextNode.valueOf("0xabcd"), "d", 2));
    }

    @Test
    void word_shortForm_isLeftPaddedTo32Bytes() {
        byte[] word = RpcJson.word(TextNode.valueOf("0x1"), "key");
        assertEquals(32, word.length);
        assertEquals(1, word[31]);
        assertThrows(RpcFormatException.class, () -> RpcJson.word(TextNode.valueOf("0x" + "1".repeat(65)), "key"));
    }

    @Test
    void field_absentOrNull_throwsNamingField() {
        var object = JsonNodeFactory.instance.objectNode().putNull("nonce");
        RpcFormatException e = assertThrows(RpcFormatException.class, () -> RpcJson.field(object, "nonce", "eth_getProof result"));
        assertTrue(e.getMessage().contains("'nonce'"), e.getMessage());
    }
}
