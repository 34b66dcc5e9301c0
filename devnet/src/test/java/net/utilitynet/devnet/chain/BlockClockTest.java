package net.utilitynet.devnet.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BlockClockTest {
    @Test
    void next_parentBehindClock_followsWallClockMinusLag() {
        AtomicLong now = new AtomicLong(10_000);
        assertEquals(10_000, new BlockClock(now::get, 0).next(5_000));
        assertEquals(6_400, new BlockClock(now::get, 3_600).next(5_000));
    }

    @Test
    void next_parentAtOrAheadOfClock_isParentPlusOne() {
        AtomicLong now = new AtomicLong(10_000);
        BlockClock clock = new BlockClock(now::get, 0);
        assertEquals(10_001, clock.next(10_000));
        assertTrue(clock.wouldRunAhead(10_000));
        assertFalse(clock.wouldRunAhead(9_999));
    }
}
