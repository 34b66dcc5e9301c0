package net.utilitynet.miner.access;

import java.math.BigInteger;
import java.util.Optional;
import net.utilitynet.wallet.market.LeaseView;

/** A lease of this provider as the latest verified head shows it ({@link VerifiedLeases}); empty when there is none. */
@FunctionalInterface
public interface LeaseLookup {
    Optional<LeaseView> lease(BigInteger leaseId);
}
