package net.utilitynet.protocol.bloom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.utilitynet.protocol.ProtocolException;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class LogsBloomTest {
    /** A receipt recorded from Anvil 1.7.1: one log of this address with this topic, and the bloom Anvil reported. */
    private static final String ADDRESS = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    private static final String TOPIC = "0x9c0c4ba4f1a2bd3e2f1b6a8b7f63f1a7b4b8d2b7d4c5f6e7a8b9c0d1e2f3a4b5";
    private static final String ANVIL_BLOOM = "0x"
            + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000800000000000000000000000000004000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000040000000000000000000000004000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000";

    @Test
    void ofLog_anvilReceiptLog_equalsAnvilBloom() {
        LogsBloom bloom = LogsBloom.ofLog(b(ADDRESS), List.of(b(TOPIC)));
        assertEquals(ANVIL_BLOOM, Numeric.toHexString(bloom.toBytes()));
        assertEquals(bloom, LogsBloom.fromBytes(b(ANVIL_BLOOM)));
    }

    @Test
    void mayContain_addedValues_trueAndOthersFalse() {
        LogsBloom bloom = LogsBloom.fromBytes(b(ANVIL_BLOOM));
        assertTrue(bloom.mayContainAddress(b(ADDRESS)));
        assertTrue(bloom.mayContainTopic(b(TOPIC)));
        assertFalse(bloom.mayContainAddress(b("0x" + "11".repeat(20))));
        assertFalse(bloom.mayContainTopic(b("0x" + "22".repeat(32))));
    }

    @Test
    void or_twoBlooms_containsBoth() {
        LogsBloom a = LogsBloom.empty().addAddress(b(ADDRESS));
        LogsBloom t = LogsBloom.empty().addTopic(b(TOPIC));
        LogsBloom both = a.or(t);
        assertTrue(both.containsAll(a) && both.containsAll(t));
        assertFalse(a.containsAll(both));
        assertEquals(LogsBloom.fromBytes(b(ANVIL_BLOOM)), both);
    }

    @Test
    void fromBytesAndAdd_wrongSizes_throwNamingField() {
        assertTrue(assertThrows(ProtocolException.class, () -> LogsBloom.fromBytes(new byte[255])).getMessage().contains("256"));
        assertTrue(assertThrows(ProtocolException.class, () -> LogsBloom.empty().addAddress(new byte[32]))
                .getMessage().contains("log address"));
        assertTrue(assertThrows(ProtocolException.class, () -> LogsBloom.empty().addTopic(new byte[20]))
                .getMessage().contains("log topic"));
    }

    private static byte[] b(String hex) {
        return Numeric.hexStringToByteArray(hex);
    }
}
