package net.utilitynet.protocol.header;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import net.utilitynet.protocol.rlp.Rlp;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class HeaderCodecTest {

    static byte[] random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    /** A random header of the given field count (15, 16, 17, 20 or 21). */
    static BlockHeader randomHeader(Random rnd, int fields) {
        BlockHeader.Builder b = BlockHeader.builder()
                .parentHash(random(rnd, 32)).ommersHash(random(rnd, 32)).coinbase(random(rnd, 20))
                .stateRoot(random(rnd, 32)).transactionsRoot(random(rnd, 32)).receiptsRoot(random(rnd, 32))
                .logsBloom(random(rnd, 256)).difficulty(new BigInteger(rnd.nextInt(257), rnd))
                .number((rnd.nextLong() >>> 1) >>> rnd.nextInt(63)).gasLimit(rnd.nextLong() >>> 1).gasUsed(rnd.nextInt(1000))
                .timestamp(rnd.nextLong() >>> 33).extraData(random(rnd, rnd.nextInt(300)))
                .mixHash(random(rnd, 32)).nonce(random(rnd, 8));
        if (fields >= 16) {
            b.baseFeePerGas(new BigInteger(rnd.nextInt(257), rnd));
        }
        if (fields >= 17) {
            b.withdrawalsRoot(random(rnd, 32));
        }
        if (fields >= 20) {
            b.blobGasUsed((long) rnd.nextInt(1 << 20)).excessBlobGas(0L).parentBeaconBlockRoot(random(rnd, 32));
        }
        if (fields >= 21) {
            b.requestsHash(random(rnd, 32));
        }
        return b.build();
    }

    @Test
    void decode_randomHeadersOfEveryFork_roundTripEqual() {
        Random rnd = new Random(11);
        int[] counts = {15, 16, 17, 20, 21};
        for (int i = 0; i < 500; i++) {
            int fields = counts[i % counts.length];
            BlockHeader h = randomHeader(rnd, fields);
            BlockHeader d = BlockHeader.decode(h.encoded());
            assertEquals(h, d);
            assertEquals(fields, d.fieldCount());
            assertArrayEquals(Hash.sha3(h.encoded()), d.hash());
            assertEquals(h, d.toBuilder().build());
        }
    }

    @Test
    void decode_eighteenFields_rejectedListingValidCounts() {
        BlockHeader h = randomHeader(new Random(1), 17);
        org.web3j.rlp.RlpList fields = (org.web3j.rlp.RlpList) org.web3j.rlp.RlpDecoder.decode(h.encoded()).getValues().get(0);
        java.util.List<org.web3j.rlp.RlpType> more = new java.util.ArrayList<>(fields.getValues());
        more.add(Rlp.uint(1));
        HeaderException e = assertThrows(HeaderException.class, () -> BlockHeader.decode(Rlp.encode(Rlp.list(more))));
        assertTrue(e.getMessage().contains("found 18"), e.getMessage());
    }

    @Test
    void decode_shortCoinbase_namesField() {
        BlockHeader h = randomHeader(new Random(2), 16);
        org.web3j.rlp.RlpList fields = (org.web3j.rlp.RlpList) org.web3j.rlp.RlpDecoder.decode(h.encoded()).getValues().get(0);
        java.util.List<org.web3j.rlp.RlpType> bad = new java.util.ArrayList<>(fields.getValues());
        bad.set(2, Rlp.bytes(new byte[19]));
        HeaderException e = assertThrows(HeaderException.class, () -> BlockHeader.decode(Rlp.encode(Rlp.list(bad))));
        assertTrue(e.getMessage().contains("coinbase: expected 20 bytes but found 19"), e.getMessage());
    }

    @Test
    void decode_trailingGarbage_rejected() {
        byte[] enc = randomHeader(new Random(3), 16).encoded();
        byte[] longer = java.util.Arrays.copyOf(enc, enc.length + 1);
        assertThrows(HeaderException.class, () -> BlockHeader.decode(longer));
    }

    @Test
    void build_withdrawalsRootWithoutBaseFee_rejected() {
        BlockHeader h = randomHeader(new Random(4), 15);
        HeaderException e = assertThrows(HeaderException.class, () -> h.toBuilder().withdrawalsRoot(new byte[32]).build());
        assertTrue(e.getMessage().contains("baseFeePerGas"), e.getMessage());
    }

    @Test
    void encodedWithExtraData_sameExtraData_equalsEncoding() {
        BlockHeader h = randomHeader(new Random(5), 16);
        assertArrayEquals(h.encoded(), h.encodedWithExtraData(h.extraData()));
    }
}
