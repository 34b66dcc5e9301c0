package net.utilitynet.wallet.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GrantCipherTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long CHAIN = 21844;

    @Test
    void roundTrip_withTheRenterKey() {
        byte[] key = GrantCipher.newPrivateKey(RANDOM);
        byte[] pub = GrantCipher.publicKey(key);
        assertEquals(33, pub.length);
        AccessGrant g = new AccessGrant(BigInteger.valueOf(7), "ssh://host:22", "token=abc", Instant.parse("2026-11-25T10:00:00Z"));
        byte[] ct = GrantCipher.encrypt(pub, CHAIN, BigInteger.valueOf(7), g.toJson(), RANDOM);
        assertEquals(GrantCipher.VERSION, ct[0]);
        assertFalse(new String(ct, StandardCharsets.ISO_8859_1).contains("token=abc"));
        assertEquals(g, AccessGrant.fromJson(GrantCipher.decrypt(key, CHAIN, BigInteger.valueOf(7), ct), BigInteger.valueOf(7)));
        assertFalse(g.toString().contains("abc"));
    }

    @Test
    void wrongKeyLeaseChainOrAlteredByte_doNotDecrypt() {
        byte[] key = GrantCipher.newPrivateKey(RANDOM);
        byte[] ct = GrantCipher.encrypt(GrantCipher.publicKey(key), CHAIN, BigInteger.ONE, "{}".getBytes(StandardCharsets.UTF_8), RANDOM);
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), GrantCipher.decrypt(key, CHAIN, BigInteger.ONE, ct));
        byte[] other = GrantCipher.newPrivateKey(RANDOM);
        assertReason(() -> GrantCipher.decrypt(other, CHAIN, BigInteger.ONE, ct));
        assertReason(() -> GrantCipher.decrypt(key, CHAIN, BigInteger.TWO, ct));
        assertReason(() -> GrantCipher.decrypt(key, 1, BigInteger.ONE, ct));
        for (int i : new int[] {5, 20, ct.length - 40, ct.length - 1}) {
            byte[] bad = ct.clone();
            bad[i] ^= 1;
            assertReason(() -> GrantCipher.decrypt(key, CHAIN, BigInteger.ONE, bad));
        }
        assertReason(() -> GrantCipher.decrypt(key, CHAIN, BigInteger.ONE, new byte[10]));
    }

    @Test
    void grantForAnotherLease_isRefused() {
        AccessGrant g = new AccessGrant(BigInteger.valueOf(3), "e", "c", Instant.EPOCH);
        assertEquals(MarketException.Reason.GRANT_UNDECRYPTABLE,
                assertThrows(MarketException.class, () -> AccessGrant.fromJson(g.toJson(), BigInteger.valueOf(4))).reason());
        assertEquals(MarketException.Reason.GRANT_UNDECRYPTABLE,
                assertThrows(MarketException.class, () -> AccessGrant.fromJson("not json".getBytes(), BigInteger.ONE)).reason());
    }

    private static void assertReason(org.junit.jupiter.api.function.Executable e) {
        assertEquals(MarketException.Reason.GRANT_UNDECRYPTABLE, assertThrows(MarketException.class, e).reason());
    }
}
