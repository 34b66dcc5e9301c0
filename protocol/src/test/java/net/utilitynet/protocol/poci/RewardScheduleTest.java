package net.utilitynet.protocol.poci;

import static net.utilitynet.protocol.poci.RewardSchedule.unc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RewardScheduleTest {
    private static final RewardSchedule S = RewardSchedule.DEVNET;

    @Test
    void rewardAt_devnetStageBoundaries_stepDown() {
        assertEquals(unc(100), S.rewardAt(1));
        assertEquals(unc(100), S.rewardAt(10_799));
        assertEquals(unc(75), S.rewardAt(10_800));
        assertEquals(unc(75), S.rewardAt(21_599));
        assertEquals(unc(50), S.rewardAt(21_600));
        assertEquals(unc(30), S.rewardAt(32_400));
    }

    @Test
    void rewardAt_afterStageThree_halvesEachPeriod() {
        assertEquals(unc(30), S.rewardAt(43_199));
        assertEquals(unc(15), S.rewardAt(43_200));
        assertEquals(unc(15).shiftRight(1), S.rewardAt(54_000));
        assertEquals(BigInteger.ZERO, S.rewardAt(Long.MAX_VALUE));
    }

    @Test
    void rewardAt_oneDayOfTwoSecondBlocks_showsAllFourStages() {
        long blocksPerDay = 24 * 3600 / 2;
        assertEquals(unc(30), S.rewardAt(blocksPerDay - 1));
        assertEquals(unc(15), S.rewardAt(blocksPerDay));
    }

    @Test
    void constructor_decreasingHeights_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RewardSchedule(unc(1), 10, unc(1), 5, unc(1), 20, unc(1), 10));
    }
}
