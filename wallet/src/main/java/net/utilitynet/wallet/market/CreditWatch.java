package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.Optional;
import net.utilitynet.wallet.outbox.OutboxEntry;

/**
 * Low-credit detection and the optional automatic top-up: when the verified credit is below what the renter's active
 * leases may still need plus {@code lowWaterWei}, the watch reports it; with auto top-up on it deposits the missing
 * amount from the wallet, never more in total than {@code limitWei} (the user's cap for this session).
 */
public final class CreditWatch {
    private final RenterClient renter;
    private final BigInteger lowWaterWei;
    private final boolean autoTopUp;
    private final BigInteger limitWei;
    private BigInteger toppedUpWei = BigInteger.ZERO;

    public CreditWatch(RenterClient renter, BigInteger lowWaterWei, boolean autoTopUp, BigInteger limitWei) {
        this.renter = renter;
        this.lowWaterWei = lowWaterWei;
        this.autoTopUp = autoTopUp;
        this.limitWei = limitWei;
    }

    /** What one check found: the verified credit, whether it is low, and the top-up sent (if any). */
    public record Check(BigInteger creditWei, boolean low, Optional<OutboxEntry> topUp, BigInteger toppedUpTotalWei) {
    }

    /** Run on each verified head. */
    public synchronized Check check() {
        BigInteger credit = renter.credit().value();
        boolean low = credit.compareTo(lowWaterWei) < 0;
        if (!low || !autoTopUp) {
            return new Check(credit, low, Optional.empty(), toppedUpWei);
        }
        BigInteger amount = lowWaterWei.subtract(credit).min(limitWei.subtract(toppedUpWei));
        if (amount.signum() <= 0) {
            return new Check(credit, true, Optional.empty(), toppedUpWei);
        }
        OutboxEntry e = renter.deposit(amount);
        toppedUpWei = toppedUpWei.add(amount);
        return new Check(credit, true, Optional.of(e), toppedUpWei);
    }
}
