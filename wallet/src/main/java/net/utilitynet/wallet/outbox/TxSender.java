package net.utilitynet.wallet.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.chain.UnverifiedRpc;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;

/**
 * Broadcasts through the outbox: every transaction is committed to the outbox before the first
 * send, so a crash or an unreachable node never loses it, and after a restart {@link #resumeAfterRestart()}
 * sends what no node acknowledged. A node's "already known" counts as delivered, which makes
 * re-sending the same bytes harmless: the chain includes a nonce once.
 */
public final class TxSender {
    private final Outbox outbox;
    private final UnverifiedRpc rpc;

    public TxSender(Outbox outbox, UnverifiedRpc rpc) {
        this.outbox = outbox;
        this.rpc = rpc;
    }

    /**
     * Stores then broadcasts. If the node cannot be reached the transaction stays SIGNED and a
     * {@link ChainAccessException} says so; it goes out on the next {@link #resumeAfterRestart()} or {@link #retry}.
     */
    public OutboxEntry send(SignedTx tx) {
        return broadcast(outbox.store(tx, OutboxEntry.Kind.SEND, Optional.empty()));
    }

    /** Re-signs an open transaction with the same nonce and both fee caps raised ≥ 10%. */
    public OutboxEntry speedUp(String hash, byte[] privateKey) {
        OutboxEntry e = open(hash);
        return replace(e, e.params().withBumpedFees(), OutboxEntry.Kind.SPEED_UP, privateKey);
    }

    /** Replaces an open transaction by a 0-value transfer to self with the same nonce and fees raised ≥ 10%. */
    public OutboxEntry cancel(String hash, byte[] privateKey) {
        OutboxEntry e = open(hash);
        return replace(e, e.params().cancellation(e.from()), OutboxEntry.Kind.CANCEL, privateKey);
    }

    /** Sends again one stored transaction (e.g. after the node came back). */
    public OutboxEntry retry(String hash) {
        return broadcast(open(hash));
    }

    /**
     * At start-up: sends every SIGNED transaction (never acknowledged: exactly one send each) and
     * re-sends PENDING ones (a node may have lost its pool; "already known" is fine). Transport
     * failures leave the rows as they are and are returned as errors on the entries.
     */
    public List<OutboxEntry> resumeAfterRestart() {
        List<OutboxEntry> out = new ArrayList<>();
        for (OutboxEntry e : outbox.inStates(OutboxState.SIGNED, OutboxState.PENDING)) {
            try {
                out.add(broadcast(e));
            } catch (WalletException ex) { // unreachable node or rejection: the row records the error
                out.add(outbox.find(e.hash()).orElseThrow());
            }
        }
        return out;
    }

    private OutboxEntry replace(OutboxEntry original, TxParams params, OutboxEntry.Kind kind, byte[] privateKey) {
        SignedTx tx = TransactionSigner.sign(params, privateKey);
        if (!tx.from().equals(original.from())) {
            throw new InvalidInputException("private key", "the key does not belong to " + original.from() + ", the sender of " + original.hash());
        }
        return broadcast(outbox.store(tx, kind, Optional.of(original.hash())));
    }

    private OutboxEntry open(String hash) {
        OutboxEntry e = outbox.find(hash).orElseThrow(() -> new InvalidInputException("transaction", hash + " is not in this wallet's outbox"));
        if (!(e.state() == OutboxState.SIGNED || e.state() == OutboxState.PENDING)) {
            throw new InvalidInputException("transaction", hash + " is " + e.state().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a pending transaction can be sped up, cancelled or re-sent");
        }
        return e;
    }

    private synchronized OutboxEntry broadcast(OutboxEntry e) {
        BroadcastResult r;
        try {
            r = rpc.sendRawTransaction(e.raw());
        } catch (ChainAccessException ex) {
            outbox.recordBroadcast(e.hash(), false, ex.getMessage());
            throw new ChainAccessException(ex.getMessage() + " The signed transaction " + e.hash()
                    + " is saved and will be sent when the node is reachable.", ex);
        }
        switch (r.outcome()) {
            case ACCEPTED, ALREADY_KNOWN, NONCE_USED -> outbox.recordBroadcast(e.hash(), true, r.delivered() ? null : r.message());
            case REJECTED -> {
                outbox.recordBroadcast(e.hash(), false, r.message());
                outbox.setState(e.hash(), OutboxState.DROPPED, -1, null, 0);
                throw new WalletException("the node rejected transaction " + e.hash() + ": " + r.message()
                        + (e.kind() == OutboxEntry.Kind.SEND ? "" : "; a replacement needs higher fees — try again"));
            }
            default -> throw new IllegalStateException();
        }
        return outbox.find(e.hash()).orElseThrow();
    }
}
