package net.utilitynet.miner.market;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseMarketAbi;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.GrantCipher;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketException;
import net.utilitynet.wallet.market.MarketKeys;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketSnapshot;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * The provider's side of the lease market for one mining account: list a registered chip, delist, see incoming
 * rentals, deliver each renter's access grant automatically (JSON from a {@link GrantIssuer}, ECIES-encrypted to the
 * renter key proven in the lease's {@code LeaseStarted} log), and see and claim verified income. Run
 * {@link #deliverPendingGrants} on each verified head. Methods block; call them off the FX thread.
 */
public final class LeaseProvider {
    private final MarketReader reader;
    private final MarketTransactions txs;
    private final WalletStore store;
    private final Address provider;
    private final SecureRandom random;

    public LeaseProvider(MarketReader reader, MarketTransactions txs, WalletStore store, Address provider, SecureRandom random) {
        this.reader = reader;
        this.txs = txs;
        this.store = store;
        this.provider = provider;
        this.random = random;
    }

    /** Makes the access grant of a new lease (endpoint, credentials and expiry on this machine) and withdraws it when the lease is over. */
    @FunctionalInterface
    public interface GrantIssuer {
        AccessGrant issue(LeaseView lease);

        /**
         * Withdraws the access of a lease that ended or expired. Called on every round for each such lease, so it must
         * be cheap when there is nothing left to withdraw; a failure is reported and tried again on the next round.
         */
        default void revoke(LeaseView lease) {
        }
    }

    public Address account() {
        return provider;
    }

    /** The verified market reads this provider uses. */
    public MarketReader reader() {
        return reader;
    }

    /** Lists {@code chipId} (active, registered by this account, proven) at {@code priceWei} per hour for min..max hours. */
    public OutboxEntry list(byte[] chipId, BigInteger priceWei, long minHours, long maxHours) {
        if (priceWei.signum() <= 0) {
            throw new MarketException(MarketException.Reason.BAD_AMOUNT, "list: the price per hour must be more than 0 UNC");
        }
        if (minHours < 1 || maxHours < minHours) {
            throw new MarketException(MarketException.Reason.HOURS_OUT_OF_RANGE, "list: need 1 <= min hours <= max hours, got "
                    + minHours + " and " + maxHours);
        }
        Optional<ChipRecord> chip = reader.chain().chip(chipId).value();
        if (chip.isEmpty() || !chip.get().active()) {
            throw new MarketException(MarketException.Reason.NOT_FOUND, "list: chip " + Numeric.toHexString(chipId)
                    + " is not an active registered chip (register it on the Miner page first)");
        }
        if (!Address.ofBytes(chip.get().owner()).equals(provider)) {
            throw new MarketException(MarketException.Reason.NOT_YOURS, "list: chip " + Numeric.toHexString(chipId) + " is registered by "
                    + Address.ofBytes(chip.get().owner()).checksummed() + ", not by this account");
        }
        byte[] key = MarketKeys.providerKey(store, provider, random);
        try {
            return txs.send(provider, LeaseMarketAbi.LIST_OFFER.encode(new Bytes32(chipId), new Uint256(priceWei), new Uint64(minHours),
                    new Uint64(maxHours), new DynamicBytes(GrantCipher.publicKey(key))), BigInteger.ZERO);
        } finally {
            Passwords.wipe(key);
        }
    }

    public OutboxEntry delist(BigInteger offerId) {
        OfferView o = myOffers().stream().filter(v -> v.offerId().equals(offerId)).findFirst()
                .orElseThrow(() -> new MarketException(MarketException.Reason.NOT_YOURS, "delist: offer " + offerId + " is not an offer of yours"));
        if (!o.active()) {
            throw new MarketException(MarketException.Reason.OFFER_NOT_LISTED, "delist: offer " + offerId + " is already delisted");
        }
        return txs.send(provider, LeaseMarketAbi.DELIST_OFFER.encode(new Uint256(offerId)), BigInteger.ZERO);
    }

    public List<OfferView> myOffers() {
        return reader.offers(reader.chain().snapshot()).stream().filter(o -> o.provider().equals(provider)).toList();
    }

    /** Leases of this provider's chips, newest first. */
    public List<LeaseView> incoming() {
        List<LeaseView> all = new ArrayList<>(reader.leases(reader.chain().snapshot(), l -> l.provider().equals(provider)));
        java.util.Collections.reverse(all);
        return all;
    }

    /** Settled, unclaimed income, proven. */
    public Verified<BigInteger> income() {
        return reader.chain().income(provider.bytes());
    }

    public OutboxEntry claimIncome() {
        BigInteger income = income().value();
        if (income.signum() == 0) {
            throw new MarketException(MarketException.Reason.BAD_AMOUNT, "claim: there is no settled income to claim");
        }
        return txs.send(provider, LeaseMarketAbi.CLAIM_INCOME.encode(), BigInteger.ZERO);
    }

    /** Ends a lease of this provider's chip early (the renter is refunded the unused hours). */
    public OutboxEntry endLease(BigInteger leaseId) {
        LeaseView l = incoming().stream().filter(v -> v.leaseId().equals(leaseId)).findFirst()
                .orElseThrow(() -> new MarketException(MarketException.Reason.NOT_YOURS, "lease " + leaseId + " is not on a chip of yours"));
        if (!l.active()) {
            throw new MarketException(MarketException.Reason.LEASE_NOT_ACTIVE, "lease " + leaseId + " already ended");
        }
        return txs.send(provider, LeaseMarketAbi.END_LEASE.encode(new Uint256(leaseId)), BigInteger.ZERO);
    }

    /**
     * One delivery round at the latest verified head: sends the access grant of every active, unexpired lease on this
     * provider's chips that has neither a proven {@code AccessDelivered} log nor a grant transaction still on its way
     * or confirmed ({@code delivered} remembers the transactions across restarts; a dropped or failed one is sent
     * again with fresh credentials), and asks the issuer to revoke the access of leases that are over. Each lease is
     * handled on its own: a failure is reported in the round's problems and the other leases still go on.
     */
    public GrantRound deliverPendingGrants(GrantIssuer issuer, DeliveredGrants delivered) {
        MarketChain chain = reader.chain();
        Verified<MarketSnapshot> snap = chain.snapshot();
        List<OutboxEntry> sent = new ArrayList<>();
        Map<BigInteger, String> problems = new LinkedHashMap<>();
        for (LeaseView lease : reader.leases(snap, l -> l.provider().equals(provider))) {
            try {
                if (lease.active() && lease.secondsLeft() > 0) {
                    deliver(chain, lease, issuer, delivered).ifPresent(sent::add);
                } else {
                    issuer.revoke(lease);
                }
            } catch (RuntimeException e) {
                problems.put(lease.leaseId(), e.getMessage());
            }
        }
        return new GrantRound(sent, problems);
    }

    private Optional<OutboxEntry> deliver(MarketChain chain, LeaseView lease, GrantIssuer issuer, DeliveredGrants delivered) {
        Optional<String> previous = delivered.tx(lease.leaseId());
        if (previous.isPresent() && txs.entry(previous.get()).map(e -> isOpen(e.state())).orElse(false)) {
            return Optional.empty();
        }
        if (previous.isPresent() && txs.outcome(previous.get()).map(r -> r.value().receipt().success()).orElse(false)) {
            return Optional.empty();
        }
        byte[] id = Numeric.toBytesPadded(lease.leaseId(), 32);
        if (!chain.logs(SystemModules.leaseMarket(), LeaseMarketAbi.ACCESS_DELIVERED, id).isEmpty()) {
            return Optional.empty();
        }
        byte[] renterKey = chain.logs(SystemModules.leaseMarket(), LeaseMarketAbi.LEASE_STARTED, id).stream().findFirst()
                .map(l -> (byte[]) LeaseMarketAbi.LEASE_STARTED.decode(l.abiLog()).get(5).getValue())
                .orElseThrow(() -> new MarketException(MarketException.Reason.NOT_FOUND,
                        "lease " + lease.leaseId() + ": no endpoint names its LeaseStarted transaction, so the renter key is unknown"));
        AccessGrant grant = issuer.issue(lease);
        byte[] ciphertext = GrantCipher.encrypt(renterKey, chain.chainId(), lease.leaseId(), grant.toJson(), random);
        OutboxEntry e = txs.send(provider, LeaseMarketAbi.DELIVER_ACCESS.encode(new Uint256(lease.leaseId()),
                new DynamicBytes(ciphertext)), BigInteger.ZERO);
        delivered.sent(lease.leaseId(), e.hash());
        return Optional.of(e);
    }

    private static boolean isOpen(OutboxState s) {
        return s == OutboxState.SIGNED || s == OutboxState.PENDING;
    }
}
