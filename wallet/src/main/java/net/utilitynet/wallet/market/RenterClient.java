package net.utilitynet.wallet.market;

import static net.utilitynet.wallet.market.MarketException.Reason.BAD_AMOUNT;
import static net.utilitynet.wallet.market.MarketException.Reason.CHIP_ALREADY_LEASED;
import static net.utilitynet.wallet.market.MarketException.Reason.HOURS_OUT_OF_RANGE;
import static net.utilitynet.wallet.market.MarketException.Reason.INSUFFICIENT_CREDIT;
import static net.utilitynet.wallet.market.MarketException.Reason.LEASE_NOT_ACTIVE;
import static net.utilitynet.wallet.market.MarketException.Reason.NOT_FOUND;
import static net.utilitynet.wallet.market.MarketException.Reason.NOT_YOURS;
import static net.utilitynet.wallet.market.MarketException.Reason.NO_GRANT_YET;
import static net.utilitynet.wallet.market.MarketException.Reason.OFFER_NOT_LISTED;
import static net.utilitynet.wallet.market.MarketException.Reason.PROVIDER_OFFLINE;
import static net.utilitynet.wallet.market.MarketException.Reason.TRANSACTION_FAILED;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.protocol.modules.LeaseMarketAbi;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.receipt.Log;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The renter's side of the lease market for one account: credit, offers, cost estimates, renting, access grants,
 * ending early, rating and the lease list. Every check before signing runs on verified storage, so a request the
 * module would refuse (no credit, chip leased, offer gone, hours out of range, provider offline) is refused here
 * with its own {@link MarketException.Reason} and nothing is signed; a call that still fails on chain (a race)
 * reverts as a whole, so credit is never lost — only the fee. Methods block; call them off the FX thread.
 */
public final class RenterClient {
    private final MarketReader reader;
    private final MarketTransactions txs;
    private final WalletStore store;
    private final Address renter;
    private final SecureRandom random;

    public RenterClient(MarketReader reader, MarketTransactions txs, WalletStore store, Address renter, SecureRandom random) {
        this.reader = reader;
        this.txs = txs;
        this.store = store;
        this.renter = renter;
        this.random = random;
    }

    public Address account() {
        return renter;
    }

    public Verified<BigInteger> credit() {
        return reader.chain().credit(renter.bytes());
    }

    /** Moves {@code wei} from the wallet balance into compute credit. */
    public OutboxEntry deposit(BigInteger wei) {
        if (wei.signum() <= 0) {
            throw new MarketException(BAD_AMOUNT, "deposit: the amount must be more than 0 UNC");
        }
        BigInteger balance = reader.chain().balance(renter.bytes()).value();
        BigInteger needed = wei.add(txs.maxFee());
        if (balance.compareTo(needed) < 0) {
            throw new MarketException(BAD_AMOUNT, "deposit: " + UncAmount.ofWei(wei).toUncString() + " UNC plus the fee of at most "
                    + UncAmount.ofWei(txs.maxFee()).toUncString() + " UNC exceeds the verified balance of "
                    + UncAmount.ofWei(balance).toUncString() + " UNC");
        }
        return txs.send(renter, LeaseMarketAbi.DEPOSIT_CREDIT.encode(), wei);
    }

    /** Moves unused credit back to the wallet balance. */
    public OutboxEntry withdraw(BigInteger wei) {
        BigInteger credit = credit().value();
        if (wei.signum() <= 0 || wei.compareTo(credit) > 0) {
            throw new MarketException(BAD_AMOUNT, "withdraw: the amount must be more than 0 and at most your verified credit of "
                    + UncAmount.ofWei(credit).toUncString() + " UNC");
        }
        return txs.send(renter, LeaseMarketAbi.WITHDRAW_CREDIT.encode(new Uint256(wei)), BigInteger.ZERO);
    }

    public List<OfferView> offers(OfferQuery query) {
        return query.apply(reader.offers(reader.chain().snapshot()));
    }

    /** What renting {@code offerId} for {@code hours} costs, checked against the offer and the verified credit. */
    public Estimate estimate(BigInteger offerId, long hours) {
        Verified<MarketSnapshot> snap = reader.chain().snapshot();
        OfferView o = rentableOffer(snap, offerId, hours);
        BigInteger escrow = o.pricePerHourWei().multiply(BigInteger.valueOf(hours));
        BigInteger credit = reader.chain().credit(renter.bytes()).value();
        return new Estimate(o, hours, escrow, credit, escrow.subtract(credit).max(BigInteger.ZERO), txs.maxFee());
    }

    /** The cost of a rental: {@code shortfallWei} > 0 means the credit must be topped up first. */
    public record Estimate(OfferView offer, long hours, BigInteger escrowWei, BigInteger creditWei, BigInteger shortfallWei,
                           BigInteger maxFeeWei) {
    }

    /** Rents {@code offerId} for {@code hours}; the renter key is created in the wallet on first use. */
    public OutboxEntry rent(BigInteger offerId, long hours) {
        Estimate e = estimate(offerId, hours);
        if (e.shortfallWei().signum() > 0) {
            throw new MarketException(INSUFFICIENT_CREDIT, "rent: " + hours + " h of offer " + offerId + " escrow "
                    + UncAmount.ofWei(e.escrowWei()).toUncString() + " UNC but your verified credit is "
                    + UncAmount.ofWei(e.creditWei()).toUncString() + " UNC; deposit at least "
                    + UncAmount.ofWei(e.shortfallWei()).toUncString() + " UNC more");
        }
        byte[] key = MarketKeys.renterKey(store, renter, random);
        try {
            return txs.send(renter, LeaseMarketAbi.RENT.encode(new Uint256(offerId), new Uint64(hours),
                    new DynamicBytes(GrantCipher.publicKey(key))), BigInteger.ZERO);
        } finally {
            Passwords.wipe(key);
        }
    }

    /**
     * The lease id of a proven rent transaction; empty while it is not proven included. A reverted rent is
     * explained from verified storage (offer delisted or chip leased meanwhile); the escrow never left the credit.
     */
    public Optional<BigInteger> rentOutcome(String txHash, BigInteger offerId, long hours) {
        Optional<Verified<VerifiedReceipt>> r = txs.outcome(txHash);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (!r.get().value().receipt().success()) {
            String why;
            try {
                estimate(offerId, hours);
                why = "the module refused it";
            } catch (MarketException e) {
                throw new MarketException(e.reason(), "rent failed on chain (only the fee was spent; your credit is unchanged: "
                        + UncAmount.ofWei(credit().value()).toUncString() + " UNC): " + e.getMessage(), e);
            }
            throw new MarketException(TRANSACTION_FAILED, "rent failed on chain: " + why + "; your credit is unchanged");
        }
        for (Log l : r.get().value().receipt().logs()) {
            if (java.util.Arrays.equals(l.topics().get(0), LeaseMarketAbi.LEASE_STARTED.topic0())) {
                return Optional.of(new BigInteger(1, l.topics().get(1)));
            }
        }
        throw new MarketException(TRANSACTION_FAILED, "the proven rent receipt carries no LeaseStarted log");
    }

    /** This account's leases, newest first. */
    public List<LeaseView> leases() {
        List<LeaseView> all = new java.util.ArrayList<>(reader.leases(reader.chain().snapshot(), l -> l.renter().equals(renter)));
        java.util.Collections.reverse(all);
        return all;
    }

    /** The decrypted access grant of {@code leaseId}, from the latest proven {@code AccessDelivered} log. */
    public AccessGrant grant(BigInteger leaseId) {
        LeaseView lease = myLease(leaseId);
        List<MarketChain.VerifiedLog> logs = reader.chain().logs(SystemModules.leaseMarket(), LeaseMarketAbi.ACCESS_DELIVERED,
                MarketReader.pad(leaseId));
        if (logs.isEmpty()) {
            throw new MarketException(NO_GRANT_YET, "lease " + leaseId + ": the provider has not delivered the access grant yet"
                    + (lease.chipOnline() ? "" : " (the chip is offline)"));
        }
        MarketChain.VerifiedLog last = logs.get(logs.size() - 1);
        byte[] ciphertext = (byte[]) LeaseMarketAbi.ACCESS_DELIVERED.decode(last.abiLog()).get(1).getValue();
        byte[] key = MarketKeys.renterKey(store, renter, random);
        try {
            return AccessGrant.fromJson(GrantCipher.decrypt(key, reader.chain().chainId(), leaseId, ciphertext), leaseId);
        } finally {
            Passwords.wipe(key);
        }
    }

    /** Ends an active lease now; the module refunds the unused hours and the offline epochs to the credit. */
    public OutboxEntry endLease(BigInteger leaseId) {
        LeaseView l = myLease(leaseId);
        if (!l.active()) {
            throw new MarketException(LEASE_NOT_ACTIVE, "lease " + leaseId + " already ended (" + l.endReason() + ")");
        }
        return txs.send(renter, LeaseMarketAbi.END_LEASE.encode(new Uint256(leaseId)), BigInteger.ZERO);
    }

    /** Rates the provider of an ended lease, 1 to 5 stars, once. */
    public OutboxEntry rate(BigInteger leaseId, int stars) {
        LeaseView l = myLease(leaseId);
        if (stars < 1 || stars > 5) {
            throw new MarketException(BAD_AMOUNT, "rate: give 1 to 5 stars, not " + stars);
        }
        if (l.active() || l.rating() != 0) {
            throw new MarketException(LEASE_NOT_ACTIVE, "rate: lease " + leaseId + (l.active() ? " has not ended yet" : " is already rated"));
        }
        return txs.send(renter, LeaseMarketAbi.RATE.encode(new Uint256(leaseId), new Uint8(stars)), BigInteger.ZERO);
    }

    private LeaseView myLease(BigInteger leaseId) {
        LeaseView l = reader.leases(reader.chain().snapshot(), v -> v.leaseId().equals(leaseId)).stream().findFirst()
                .orElseThrow(() -> new MarketException(NOT_FOUND, "there is no lease " + leaseId));
        if (!l.renter().equals(renter)) {
            throw new MarketException(NOT_YOURS, "lease " + leaseId + " was rented by " + l.renter().checksummed() + ", not by this account");
        }
        return l;
    }

    private OfferView rentableOffer(Verified<MarketSnapshot> snap, BigInteger offerId, long hours) {
        OfferView o = reader.offer(snap, offerId).orElseThrow(() -> new MarketException(NOT_FOUND, "there is no offer " + offerId));
        if (!o.active()) {
            throw new MarketException(OFFER_NOT_LISTED, "offer " + offerId + " is no longer listed (delisted, or its chip deregistered)");
        }
        if (hours < o.minHours() || hours > o.maxHours()) {
            throw new MarketException(HOURS_OUT_OF_RANGE, "offer " + offerId + " rents " + o.minHours() + " to " + o.maxHours()
                    + " hours, not " + hours);
        }
        if (o.leased()) {
            throw new MarketException(CHIP_ALREADY_LEASED, "the chip of offer " + offerId + " is already leased; pick another offer");
        }
        if (!o.online()) {
            throw new MarketException(PROVIDER_OFFLINE, "the chip of offer " + offerId + " sent no heartbeat in the current or previous "
                    + "epoch: the provider is offline");
        }
        return o;
    }
}
