package net.utilitynet.devnet.modules;

import java.math.BigInteger;
import java.util.function.LongPredicate;

/**
 * How an ending lease splits its escrow (design §4.6): the provider earns for the hours used, scaled by the share
 * of the lease's epochs in which the chip proved itself with a heartbeat; the rest goes back to the renter's credit.
 *
 * <p>Hours used = the started hours, {@code ceil((now - start) / 3600)}, at most the hours rented. Epochs judged =
 * every epoch from the lease's first through the current one, except that the current epoch is left out while its
 * heartbeat is still missing (it is not over). With no epoch judged yet the provider has proved nothing and earns 0.
 */
public record LeaseSettlement(long hoursUsed, long epochsJudged, long epochsCovered, BigInteger providerAmount, BigInteger refund) {
    public static final long SECONDS_PER_HOUR = 3600;

    public static LeaseSettlement of(BigInteger escrow, long hoursRented, long startTime, long now, long startEpoch, long currentEpoch,
                                     LongPredicate provedEpoch) {
        long elapsed = Math.max(0, now - startTime);
        long hoursUsed = Math.min(hoursRented, (elapsed + SECONDS_PER_HOUR - 1) / SECONDS_PER_HOUR);
        long judged = 0;
        long covered = 0;
        for (long e = startEpoch; e <= currentEpoch; e++) {
            boolean proved = provedEpoch.test(e);
            if (e == currentEpoch && !proved) {
                break;
            }
            judged++;
            covered += proved ? 1 : 0;
        }
        BigInteger provider = judged == 0 || hoursRented == 0 ? BigInteger.ZERO
                : escrow.multiply(BigInteger.valueOf(hoursUsed)).multiply(BigInteger.valueOf(covered))
                        .divide(BigInteger.valueOf(hoursRented).multiply(BigInteger.valueOf(judged)));
        return new LeaseSettlement(hoursUsed, judged, covered, provider, escrow.subtract(provider));
    }

    /** Whether the lease's time is over. */
    public static boolean expired(long hoursRented, long startTime, long now) {
        return now - startTime >= hoursRented * SECONDS_PER_HOUR;
    }
}
