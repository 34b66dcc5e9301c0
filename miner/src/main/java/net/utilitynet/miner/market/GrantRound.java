package net.utilitynet.miner.market;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.utilitynet.wallet.outbox.OutboxEntry;

/**
 * What one delivery round did: the grant transactions it sent, and per lease what went wrong (the issuer or the hook
 * failed, no renter key yet, …); a lease with a problem is tried again on the next verified head.
 */
public record GrantRound(List<OutboxEntry> sent, Map<BigInteger, String> problems) {
    public GrantRound {
        sent = List.copyOf(sent);
        problems = Map.copyOf(problems);
    }
}
