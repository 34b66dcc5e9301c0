package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import net.utilitynet.protocol.header.BlockHeader;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class RandomnessTest {
    private final PociFixture f = new PociFixture(3, 1, 0);

    @Test
    void next_withoutClaim_hashesHeight() {
        byte[] prev = f.bytes(32);
        byte[] expected = Hash.sha3(ByteBuffer.allocate(40).put(prev).putLong(12).array());
        assertArrayEquals(expected, Randomness.next(prev, 12, null));
    }

    @Test
    void next_withClaim_hashesBeta() {
        byte[] prev = f.bytes(32);
        byte[] beta = f.bytes(32);
        byte[] expected = Hash.sha3(ByteBuffer.allocate(64).put(prev).put(beta).array());
        assertArrayEquals(expected, Randomness.next(prev, 12, beta));
    }

    @Test
    void verify_wrongMixHash_failsRandomnessRule() {
        byte[] prev = f.bytes(32);
        BlockHeader h = f.header(4, null, null, Randomness.next(prev, 3, null));
        assertEquals(PociRule.RANDOMNESS, assertThrows(PociRuleException.class, () -> Randomness.verify(h, prev, null)).rule());
        BlockHeader ok = f.header(4, null, null, Randomness.next(prev, 4, null));
        assertArrayEquals(ok.mixHash(), Randomness.verify(ok, prev, null));
    }
}
