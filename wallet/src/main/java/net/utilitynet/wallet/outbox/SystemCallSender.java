package net.utilitynet.wallet.outbox;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;

/**
 * Signs calls of the system modules (registry, lease market) as EIP-1559 transactions with an account key of the
 * unlocked wallet store, stores each in the outbox before it is broadcast (exactly once across restarts), and
 * tracks them against the verified chain. The max fee is twice the next base fee computed from the verified head
 * (so a node cannot talk the caller into overpaying) plus a fixed tip. Used by the miner and the market clients.
 */
public final class SystemCallSender {
    /** Priority fee offered to the validator: 1 gwei. */
    public static final BigInteger TIP = BigInteger.TEN.pow(9);

    private final WalletStore store;
    private final Outbox outbox;
    private final ChainAccess chain;
    private final long chainId;
    private final Supplier<BlockHeader> verifiedHead;
    private final TxSender sender;
    private final TxTracker tracker;

    public SystemCallSender(WalletStore store, Outbox outbox, ChainAccess chain, long chainId, Supplier<BlockHeader> verifiedHead) {
        this.store = store;
        this.outbox = outbox;
        this.chain = chain;
        this.chainId = chainId;
        this.verifiedHead = verifiedHead;
        this.sender = new TxSender(outbox, chain);
        this.tracker = new TxTracker(outbox, chain, 1);
    }

    /** Signs, stores and broadcasts a call of {@code to} with {@code data} and {@code value} wei from {@code from}. */
    public synchronized OutboxEntry send(Address from, byte[] to, byte[] data, BigInteger value, long gasLimit) {
        Fees fees = new Fees.Eip1559(maxFeePerGas(), TIP);
        BigInteger nonce = TxTracker.nextNonce(from, chain, outbox);
        TxParams params = new TxParams(chainId, nonce, Address.ofBytes(to), value, BigInteger.valueOf(gasLimit), data, fees);
        byte[] key = store.privateKey(from);
        SignedTx tx;
        try {
            tx = TransactionSigner.sign(params, key);
        } finally {
            Passwords.wipe(key);
        }
        return sender.send(tx);
    }

    /** Max fee per gas offered now: 2 × the next base fee of the verified head + the tip. */
    public BigInteger maxFeePerGas() {
        return BaseFee.next(verifiedHead.get()).shiftLeft(1).add(TIP);
    }

    /** Re-checks the outbox's open transactions against the verified chain (call on each verified head). */
    public List<OutboxEntry> refresh() {
        return tracker.refresh();
    }

    /** The outbox row of {@code hash} as last refreshed. */
    public Optional<OutboxEntry> entry(String hash) {
        return outbox.find(hash);
    }

    /** At start-up: sends what was signed but never acknowledged. */
    public List<OutboxEntry> resume() {
        return sender.resumeAfterRestart();
    }
}
