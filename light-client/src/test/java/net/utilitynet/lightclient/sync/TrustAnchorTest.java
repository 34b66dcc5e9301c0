package net.utilitynet.lightclient.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustAnchorTest {
    private static final String HASH = "0x" + "ab".repeat(32);

    @Test
    void parse_numberColonHash_roundTrips() {
        TrustAnchor a = TrustAnchor.parse("1024:" + HASH);
        assertEquals(1024, a.number());
        assertEquals("1024:" + HASH, a.toString());
        assertEquals(a, TrustAnchor.parse(a.toString()));
    }

    @Test
    void parse_missingColon_messageShowsTheFormat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustAnchor.parse(HASH));
        assertTrue(e.getMessage().contains("NUMBER:HASH"), e.getMessage());
    }

    @Test
    void parse_shortHash_messageNamesTheHash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustAnchor.parse("5:0x1234"));
        assertTrue(e.getMessage().contains("64 hex digits"), e.getMessage());
    }

    @Test
    void parse_negativeNumber_rejected() {
        assertThrows(IllegalArgumentException.class, () -> TrustAnchor.parse("-1:" + HASH));
    }
}
