package net.utilitynet.devnet.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaseSettlementTest {
    private static final BigInteger ESCROW = BigInteger.valueOf(3_000);

    @Test
    void settle_fullTermWithEveryHeartbeat_paysProviderEverything() {
        LeaseSettlement s = LeaseSettlement.of(ESCROW, 3, 1000, 1000 + 3 * 3600, 0, 4, e -> true);
        assertEquals(3, s.hoursUsed());
        assertEquals(ESCROW, s.providerAmount());
        assertEquals(BigInteger.ZERO, s.refund());
    }

    @Test
    void settle_endedInSecondHour_paysTwoStartedHours() {
        LeaseSettlement s = LeaseSettlement.of(ESCROW, 3, 1000, 1000 + 3601, 0, 2, e -> true);
        assertEquals(2, s.hoursUsed());
        assertEquals(BigInteger.valueOf(2_000), s.providerAmount());
        assertEquals(BigInteger.valueOf(1_000), s.refund());
    }

    @Test
    void settle_missedHalfTheEpochs_halvesProviderPay() {
        Set<Long> proved = Set.of(0L, 2L);
        LeaseSettlement s = LeaseSettlement.of(ESCROW, 3, 0, 3 * 3600, 0, 3, proved::contains);
        // epoch 3 is current and unproved, so it is not judged: 2 of epochs 0..2 covered
        assertEquals(3, s.epochsJudged());
        assertEquals(2, s.epochsCovered());
        assertEquals(BigInteger.valueOf(2_000), s.providerAmount());
        assertEquals(ESCROW, s.providerAmount().add(s.refund()));
    }

    @Test
    void settle_nothingProvedYet_refundsEverything() {
        LeaseSettlement s = LeaseSettlement.of(ESCROW, 3, 0, 10, 5, 5, e -> false);
        assertEquals(0, s.epochsJudged());
        assertEquals(ESCROW, s.refund());
        assertTrue(LeaseSettlement.expired(1, 0, 3600));
        assertTrue(!LeaseSettlement.expired(1, 0, 3599));
    }
}
