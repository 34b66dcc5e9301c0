package net.utilitynet.protocol.poci;

import java.math.BigInteger;

/**
 * The block reward by height (design §4.5), in wei: {@code r0} below {@code n0}, {@code r1} below {@code n1},
 * {@code r2} below {@code n2}, then {@code r3} halved every {@code halvingPeriod} blocks. Minted to coinbase only
 * when the block carries a valid claim.
 */
public record RewardSchedule(BigInteger r0, long n0, BigInteger r1, long n1, BigInteger r2, long n2, BigInteger r3,
                             long halvingPeriod) {
    public static final BigInteger UNC = BigInteger.TEN.pow(18);

    /**
     * Devnet: the whitepaper's 100 / 75 / 50 / 30 UNC steps at 6-hour intervals of 2-second blocks, then halving
     * every 6 hours, so all four stages and the first halving show within one day of devnet time.
     */
    public static final RewardSchedule DEVNET = new RewardSchedule(
            unc(100), 10_800, unc(75), 21_600, unc(50), 32_400, unc(30), 10_800);

    public RewardSchedule {
        check(r0, "r0");
        check(r1, "r1");
        check(r2, "r2");
        check(r3, "r3");
        if (n0 < 0 || n1 < n0 || n2 < n1) {
            throw new IllegalArgumentException("reward schedule: heights must satisfy 0 <= n0 <= n1 <= n2, got "
                    + n0 + ", " + n1 + ", " + n2);
        }
        if (halvingPeriod <= 0) {
            throw new IllegalArgumentException("reward schedule: halvingPeriod must be positive, got " + halvingPeriod);
        }
    }

    public static BigInteger unc(long amount) {
        return BigInteger.valueOf(amount).multiply(UNC);
    }

    /** The reward in wei for a block at {@code height} that carries a valid claim. */
    public BigInteger rewardAt(long height) {
        if (height < n0) {
            return r0;
        }
        if (height < n1) {
            return r1;
        }
        if (height < n2) {
            return r2;
        }
        long halvings = (height - n2) / halvingPeriod;
        return halvings >= r3.bitLength() ? BigInteger.ZERO : r3.shiftRight((int) halvings);
    }

    private static void check(BigInteger r, String name) {
        if (r == null || r.signum() < 0) {
            throw new IllegalArgumentException("reward schedule: " + name + " must be a non-negative amount in wei");
        }
    }
}
