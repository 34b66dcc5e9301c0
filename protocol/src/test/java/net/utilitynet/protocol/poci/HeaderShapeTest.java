package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.utilitynet.protocol.header.BlockHeader;
import org.junit.jupiter.api.Test;

class HeaderShapeTest {
    private final PociFixture f = new PociFixture(6, 1, 2);

    private PociRule rule(BlockHeader h) {
        return assertThrows(PociRuleException.class, () -> HeaderShape.verify(h, PociFixture.EPOCH_LENGTH)).rule();
    }

    @Test
    void verify_plainBlock_returnsExtraData() {
        assertNotNull(HeaderShape.verify(f.header(7, null, null, new byte[32]), PociFixture.EPOCH_LENGTH));
    }

    @Test
    void verify_checkpointOffBoundary_failsShape() {
        assertEquals(PociRule.HEADER_SHAPE, rule(f.header(31, null, f.checkpoint, new byte[32])));
    }

    @Test
    void verify_boundaryWithoutCheckpoint_failsShape() {
        assertEquals(PociRule.HEADER_SHAPE, rule(f.header(60, null, null, new byte[32])));
    }

    @Test
    void verify_difficultyTwo_failsShape() {
        assertEquals(PociRule.HEADER_SHAPE, rule(f.header(7, null, null, new byte[32]).toBuilder().difficulty(BigInteger.TWO).build()));
    }

    @Test
    void verify_coinbaseWithoutClaim_failsShape() {
        assertEquals(PociRule.HEADER_SHAPE, rule(f.header(7, null, null, new byte[32]).toBuilder().coinbase(f.bytes(20)).build()));
    }

    @Test
    void verify_garbageExtraData_failsFormat() {
        assertEquals(PociRule.EXTRA_DATA_FORMAT, rule(f.header(7, null, null, new byte[32]).toBuilder().extraData(new byte[] {1, 2}).build()));
    }
}
