package net.utilitynet.wallet.outbox;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.chain.Inclusion;
import net.utilitynet.wallet.chain.InclusionLookup;

/**
 * Moves outbox rows along pending → included → confirmed(N) / failed / dropped / replaced, using
 * only verified chain data. Call {@link #refresh()} on each new verified head.
 *
 * <p>A transaction whose nonce the verified account has passed was either included, replaced by a sibling with the
 * same nonce, or dropped. Only a receipt lookup that answered ({@code NOT_FOUND}) counts as "not included": a lookup
 * that could not answer ({@code UNKNOWN}, e.g. the receipt's block is not verified yet) never drops anything. If
 * lookups keep failing, the transaction is given up {@link #GIVE_UP_AFTER_BLOCKS} verified blocks after its nonce was
 * first seen passed; and a dropped row is looked up again for {@link #RECHECK_DROPPED_BLOCKS} blocks, so that a
 * verdict reached on a wrong answer is corrected when the inclusion is proven.
 */
public final class TxTracker {
    /** Verified blocks after which a passed nonce with no answered lookup counts as dropped. */
    public static final long GIVE_UP_AFTER_BLOCKS = 16;
    /** Verified blocks during which a dropped row is still looked up (and brought back if proven included). */
    public static final long RECHECK_DROPPED_BLOCKS = 64;

    private final Outbox outbox;
    private final ChainAccess chain;
    private final int requiredConfirmations;
    /** Hash → the verified head at which its nonce was first seen passed without a proven sibling (this session). */
    private final Map<String, Long> noncePassedAt = new HashMap<>();

    public TxTracker(Outbox outbox, ChainAccess chain, int requiredConfirmations) {
        if (requiredConfirmations < 1) {
            throw new IllegalArgumentException("requiredConfirmations must be at least 1");
        }
        this.outbox = outbox;
        this.chain = chain;
        this.requiredConfirmations = requiredConfirmations;
    }

    /** Re-checks every open row, and recently dropped ones; returns the rows after the update. */
    public synchronized List<OutboxEntry> refresh() {
        List<OutboxEntry> rows = new ArrayList<>(outbox.inStates(OutboxState.SIGNED, OutboxState.PENDING, OutboxState.INCLUDED));
        rows.addAll(outbox.droppedSince(chain.verifiedHeadNumber() - RECHECK_DROPPED_BLOCKS));
        // Nonces before receipts: whatever a proven nonce counts lies at or below a head the receipt lookups can see.
        Map<Address, BigInteger> nonces = new HashMap<>();
        for (OutboxEntry e : rows) {
            if (e.state() == OutboxState.SIGNED || e.state() == OutboxState.PENDING) {
                nonces.computeIfAbsent(e.from(), chain::verifiedNonce);
            }
        }
        Map<String, InclusionLookup> lookups = new HashMap<>();
        for (OutboxEntry e : rows) {
            lookups.put(e.hash(), lookup(e.hash()));
        }
        long head = chain.verifiedHeadNumber(); // read after the lookups: no proven block lies above it
        for (OutboxEntry e : rows) {
            update(e, head, sameNonce(rows, e), lookups, nonces);
        }
        noncePassedAt.keySet().retainAll(lookups.keySet()); // forget rows settled elsewhere (e.g. rejected by the node)
        return outbox.inStates(OutboxState.values());
    }

    private void update(OutboxEntry e, long head, List<OutboxEntry> group, Map<String, InclusionLookup> lookups, Map<Address, BigInteger> nonces) {
        InclusionLookup own = lookups.get(e.hash());
        if (own.inclusion().isPresent()) {
            Inclusion inc = own.inclusion().get();
            long conf = head - inc.blockNumber() + 1;
            OutboxState s = !inc.succeeded() ? OutboxState.FAILED
                    : conf >= requiredConfirmations ? OutboxState.CONFIRMED : OutboxState.INCLUDED;
            outbox.setState(e.hash(), s, inc.blockNumber(), inc.blockHash(), conf);
            noncePassedAt.remove(e.hash());
            return;
        }
        if (group.stream().anyMatch(o -> !o.hash().equals(e.hash()) && lookups.get(o.hash()).inclusion().isPresent())) {
            outbox.setState(e.hash(), OutboxState.REPLACED, -1, null, 0);
            noncePassedAt.remove(e.hash());
            return;
        }
        switch (e.state()) {
            case INCLUDED -> {
                if (own.answer() == InclusionLookup.Answer.NOT_FOUND) {
                    outbox.setState(e.hash(), OutboxState.PENDING, -1, null, 0); // its block left the verified chain
                }
            }
            case SIGNED, PENDING -> {
                if (nonces.get(e.from()).compareTo(e.params().nonce()) <= 0) {
                    return; // still includable
                }
                long passedAt = noncePassedAt.merge(e.hash(), head, Math::min);
                boolean allAnswered = group.stream().allMatch(o -> lookups.get(o.hash()).answer() == InclusionLookup.Answer.NOT_FOUND);
                if (allAnswered || head - passedAt >= GIVE_UP_AFTER_BLOCKS) {
                    outbox.markDropped(e.hash(), head); // the nonce was used by a transaction this wallet did not send
                    noncePassedAt.remove(e.hash());
                }
            }
            default -> {
                // DROPPED stays dropped unless its own inclusion or a sibling's is proven (handled above)
            }
        }
    }

    /** A failed lookup is no answer: it must not count as "not included". */
    private InclusionLookup lookup(String hash) {
        try {
            return chain.inclusion(hash);
        } catch (ChainAccessException e) {
            return InclusionLookup.UNKNOWN;
        }
    }

    /** The rows (this one included) from the same sender with the same nonce. */
    private static List<OutboxEntry> sameNonce(List<OutboxEntry> rows, OutboxEntry e) {
        return rows.stream().filter(o -> o.from().equals(e.from()) && o.params().nonce().equals(e.params().nonce())).toList();
    }

    /**
     * The nonce for a new transaction: the verified account nonce, or one past the highest nonce
     * still open in the outbox when that is higher (pending transactions count).
     */
    public static BigInteger nextNonce(Address sender, ChainAccess chain, Outbox outbox) {
        BigInteger verified = chain.verifiedNonce(sender);
        return outbox.highestOpenNonce(sender).map(n -> n.add(BigInteger.ONE).max(verified)).orElse(verified);
    }
}
