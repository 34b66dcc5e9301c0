package net.utilitynet.miner.chain;

import java.math.BigInteger;
import java.util.List;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.TxSender;
import net.utilitynet.wallet.outbox.TxTracker;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;

/**
 * Signs system-module calls ({@code registerChip}, {@code heartbeat}) as EIP-1559 transactions with an account key
 * of the unlocked wallet store, stores each in the wallet's outbox before it is broadcast, and sends it through
 * the light client's endpoint pool. The max fee is twice the next base fee computed from the verified head (so a
 * node cannot talk the miner into overpaying) plus a fixed tip.
 */
public final class ModuleCallSender {
    /** Priority fee offered to the validator: 1 gwei. */
    public static final BigInteger TIP = BigInteger.TEN.pow(9);

    private final WalletStore store;
    private final Outbox outbox;
    private final ChainAccess chain;
    private final MinerChain minerChain;
    private final TxSender sender;
    private final TxTracker tracker;

    public ModuleCallSender(WalletStore store, Outbox outbox, ChainAccess chain, MinerChain minerChain) {
        this.store = store;
        this.outbox = outbox;
        this.chain = chain;
        this.minerChain = minerChain;
        this.sender = new TxSender(outbox, chain);
        this.tracker = new TxTracker(outbox, chain, 1);
    }

    /** Signs, stores and broadcasts a call of {@code to} with {@code data} from {@code from}. */
    public synchronized OutboxEntry send(Address from, byte[] to, byte[] data, long gasLimit) {
        BigInteger nextBaseFee = BaseFee.next(minerChain.verifiedHeader(minerChain.verifiedHead().number()));
        Fees fees = new Fees.Eip1559(nextBaseFee.shiftLeft(1).add(TIP), TIP);
        BigInteger nonce = TxTracker.nextNonce(from, chain, outbox);
        TxParams params = new TxParams(minerChain.chainId(), nonce, Address.ofBytes(to), BigInteger.ZERO,
                BigInteger.valueOf(gasLimit), data, fees);
        byte[] key = store.privateKey(from);
        SignedTx tx;
        try {
            tx = TransactionSigner.sign(params, key);
        } finally {
            Passwords.wipe(key);
        }
        return sender.send(tx);
    }

    /** Re-checks the outbox's open transactions against the verified chain (call on each verified head). */
    public List<OutboxEntry> refresh() {
        return tracker.refresh();
    }

    /** The outbox row of {@code hash} as last refreshed. */
    public java.util.Optional<OutboxEntry> entry(String hash) {
        return outbox.find(hash);
    }

    /** At start-up: sends what was signed but never acknowledged. */
    public List<OutboxEntry> resume() {
        return sender.resumeAfterRestart();
    }
}
