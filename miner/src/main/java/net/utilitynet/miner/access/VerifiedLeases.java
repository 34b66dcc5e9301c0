package net.utilitynet.miner.access;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.MarketReader;

/**
 * The provider's leases from lease-market storage proven at the latest verified head, read once per head: the gateway
 * asks on every request, the chain is read again only when the light client verified a new head.
 */
public final class VerifiedLeases implements LeaseLookup {
    private final MarketReader reader;
    private final Address provider;
    private Cached cached;

    private record Cached(StoredHeader head, Map<BigInteger, LeaseView> leases) {
    }

    public VerifiedLeases(MarketReader reader, Address provider) {
        this.reader = reader;
        this.provider = provider;
    }

    @Override
    public synchronized Optional<LeaseView> lease(BigInteger leaseId) {
        StoredHeader head = reader.chain().verifiedHead();
        if (cached == null || !cached.head.hasHash(head.hash())) {
            Map<BigInteger, LeaseView> leases = new HashMap<>();
            reader.leases(reader.chain().snapshot(), l -> l.provider().equals(provider)).forEach(l -> leases.put(l.leaseId(), l));
            cached = new Cached(head, leases);
        }
        return Optional.ofNullable(cached.leases.get(leaseId));
    }
}
