package net.utilitynet.protocol.rlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

class RlpStrictnessTest {

    private static byte[] hex(String h) {
        return Numeric.hexStringToByteArray(h);
    }

    @Test
    void decode_trailingBytes_messageCountsThem() {
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex("0x830102030405")));
        assertTrue(e.getMessage().contains("2 trailing bytes"), e.getMessage());
    }

    @Test
    void decode_hostileFourGigabyteLength_rejectedWithoutAllocating() {
        // 0xbb + 4-byte length 0xffffffff followed by two bytes: must fail on the length check alone.
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex("0xbbffffffff0102")));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void decode_deepNesting_rejectedBeforeStackOverflow() {
        byte[] deep = deepList(Rlp.MAX_DEPTH + 1);
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(deep));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        assertEquals(Rlp.MAX_DEPTH, depth(Rlp.decode(deepList(Rlp.MAX_DEPTH))));
    }

    @Test
    void uint64_leadingZero_rejectedNamingField() {
        RlpString s = Rlp.decode(hex("0x820001")).asString("nonce");
        RlpException e = assertThrows(RlpException.class, () -> s.uint64("nonce"));
        assertTrue(e.getMessage().startsWith("nonce:"), e.getMessage());
        assertTrue(e.getMessage().contains("leading zero"), e.getMessage());
    }

    @Test
    void uint64_nineBytes_rejected() {
        RlpString s = Rlp.decode(hex("0x89010000000000000000")).asString("gasLimit");
        assertThrows(RlpException.class, () -> s.uint64("gasLimit"));
        assertEquals(BigInteger.ONE.shiftLeft(64), s.uint256("gasLimit"));
    }

    @Test
    void uint256_thirtyThreeBytes_rejected() {
        byte[] enc = Rlp.encode(Rlp.uint(BigInteger.ONE.shiftLeft(256)));
        RlpString s = Rlp.decode(enc).asString("difficulty");
        assertThrows(RlpException.class, () -> s.uint256("difficulty"));
    }

    @Test
    void bytes_wrongFixedSize_messageGivesBothSizes() {
        RlpString s = Rlp.decode(hex("0x83010203")).asString("coinbase");
        RlpException e = assertThrows(RlpException.class, () -> s.bytes(20, "coinbase"));
        assertEquals("coinbase: expected 20 bytes but found 3", e.getMessage());
    }

    @Test
    void asList_onString_namesField() {
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex("0x80")).asList("claim"));
        assertTrue(e.getMessage().startsWith("claim:"));
    }

    @Test
    void decode_randomStructures_roundTrip() {
        Random rnd = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            RlpType item = randomItem(rnd, 0);
            byte[] enc = Rlp.encode(item);
            assertArrayEquals(enc, Rlp.decode(enc).encoded());
        }
    }

    @Test
    void decode_randomMutations_neverThrowAnythingButRlpException() {
        Random rnd = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            byte[] enc = Rlp.encode(randomItem(rnd, 0));
            enc[rnd.nextInt(enc.length)] ^= (byte) (1 << rnd.nextInt(8));
            try {
                byte[] again = Rlp.decode(enc).encoded();
                assertArrayEquals(enc, again, "anything accepted must be canonical");
            } catch (RlpException expected) {
                // rejected with a typed error: fine
            }
        }
    }

    private static RlpType randomItem(Random rnd, int depth) {
        if (depth < 4 && rnd.nextInt(3) == 0) {
            int n = rnd.nextInt(6);
            RlpType[] items = new RlpType[n];
            for (int i = 0; i < n; i++) {
                items[i] = randomItem(rnd, depth + 1);
            }
            return Rlp.list(items);
        }
        byte[] b = new byte[rnd.nextInt(4) == 0 ? rnd.nextInt(300) : rnd.nextInt(3)];
        rnd.nextBytes(b);
        return Rlp.bytes(b);
    }

    private static byte[] deepList(int depth) {
        RlpType item = Rlp.emptyList();
        for (int i = 1; i < depth; i++) {
            item = Rlp.list(item);
        }
        return Rlp.encode(item);
    }

    private static int depth(RlpItem item) {
        int d = 0;
        while (item instanceof RlpList l) {
            d++;
            item = l.isEmpty() ? null : l.get(0);
        }
        return d;
    }
}
