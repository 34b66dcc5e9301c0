package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Cases from go-ethereum consensus/misc/eip1559 TestCalcBaseFee (initial base fee 1 gwei, gas limit 20M). */
class BaseFeeTest {
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    @Test
    void next_usageAtTarget_unchanged() {
        assertEquals(GWEI, BaseFee.next(20_000_000, 10_000_000, GWEI));
    }

    @Test
    void next_usageBelowTarget_decreases() {
        assertEquals(BigInteger.valueOf(987_500_000L), BaseFee.next(20_000_000, 9_000_000, GWEI));
    }

    @Test
    void next_usageAboveTarget_increases() {
        assertEquals(BigInteger.valueOf(1_012_500_000L), BaseFee.next(20_000_000, 11_000_000, GWEI));
    }

    @Test
    void next_tinyIncrease_atLeastOneWei() {
        assertEquals(BigInteger.valueOf(8), BaseFee.next(20_000_000, 10_000_001, BigInteger.valueOf(7)));
    }

    @Test
    void next_emptyBlocks_decreaseByOneEighthRoundingDown() {
        assertEquals(BigInteger.valueOf(875_000_000L), BaseFee.next(30_000_000, 0, GWEI));
        assertEquals(BigInteger.valueOf(7), BaseFee.next(30_000_000, 0, BigInteger.valueOf(7)));
    }

    @Test
    void next_fullBlock_increasesByOneEighth() {
        assertEquals(BigInteger.valueOf(1_125_000_000L), BaseFee.next(30_000_000, 30_000_000, GWEI));
    }
}
