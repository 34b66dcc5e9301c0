package net.utilitynet.wallet.outbox;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.Inclusion;

/**
 * Moves outbox rows along pending → included → confirmed(N) / failed / dropped / replaced, using
 * only verified chain data. Call {@link #refresh()} on each new verified head.
 */
public final class TxTracker {
    private final Outbox outbox;
    private final ChainAccess chain;
    private final int requiredConfirmations;

    public TxTracker(Outbox outbox, ChainAccess chain, int requiredConfirmations) {
        if (requiredConfirmations < 1) {
            throw new IllegalArgumentException("requiredConfirmations must be at least 1");
        }
        this.outbox = outbox;
        this.chain = chain;
        this.requiredConfirmations = requiredConfirmations;
    }

    /** Re-checks every open row; returns the rows after the update. */
    public List<OutboxEntry> refresh() {
        List<OutboxEntry> open = outbox.inStates(OutboxState.SIGNED, OutboxState.PENDING, OutboxState.INCLUDED);
        long head = chain.verifiedHeadNumber();
        Map<String, Inclusion> included = new HashMap<>();
        for (OutboxEntry e : open) {
            chain.verifiedInclusion(e.hash()).ifPresent(i -> included.put(e.hash(), i));
        }
        Map<Address, BigInteger> nonces = new HashMap<>();
        for (OutboxEntry e : open) {
            Inclusion inc = included.get(e.hash());
            if (inc != null) {
                long conf = head - inc.blockNumber() + 1;
                OutboxState s = !inc.succeeded() ? OutboxState.FAILED
                        : conf >= requiredConfirmations ? OutboxState.CONFIRMED : OutboxState.INCLUDED;
                outbox.setState(e.hash(), s, inc.blockNumber(), inc.blockHash(), conf);
                continue;
            }
            Optional<OutboxEntry> sibling = open.stream()
                    .filter(o -> !o.hash().equals(e.hash()) && o.from().equals(e.from()) && o.params().nonce().equals(e.params().nonce()))
                    .filter(o -> included.containsKey(o.hash())).findFirst();
            if (sibling.isPresent()) {
                outbox.setState(e.hash(), OutboxState.REPLACED, -1, null, 0);
            } else if (e.state() == OutboxState.INCLUDED) {
                outbox.setState(e.hash(), OutboxState.PENDING, -1, null, 0); // its block left the verified chain
            } else { // SIGNED or PENDING: once the account nonce has passed it, this transaction can never be included
                BigInteger accountNonce = nonces.computeIfAbsent(e.from(), chain::verifiedNonce);
                if (accountNonce.compareTo(e.params().nonce()) > 0) {
                    outbox.setState(e.hash(), OutboxState.DROPPED, -1, null, 0);
                }
            }
        }
        return outbox.inStates(OutboxState.values());
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
