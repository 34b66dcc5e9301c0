package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.protocol.modules.SystemModules;
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
 * Signs lease-market calls as EIP-1559 transactions with an account key of the unlocked wallet store, stores each in
 * the wallet's outbox before it is broadcast (exactly-once across restarts), and reports outcomes only from verified
 * receipts. Max fee = 2 × the next base fee computed from the verified head + a 1 gwei tip.
 */
public final class MarketTransactions {
    public static final BigInteger TIP = BigInteger.TEN.pow(9);
    public static final long GAS_LIMIT = 200_000;

    private final WalletStore store;
    private final Outbox outbox;
    private final ChainAccess chain;
    private final MarketChain market;
    private final TxSender sender;
    private final TxTracker tracker;

    public MarketTransactions(WalletStore store, Outbox outbox, ChainAccess chain, MarketChain market) {
        this.store = store;
        this.outbox = outbox;
        this.chain = chain;
        this.market = market;
        this.sender = new TxSender(outbox, chain);
        this.tracker = new TxTracker(outbox, chain, 1);
    }

    /** Signs, stores and broadcasts {@code data} to the lease market from {@code from}, paying {@code value} wei. */
    public synchronized OutboxEntry send(Address from, byte[] data, BigInteger value) {
        BigInteger nextBaseFee = BaseFee.next(market.verifiedHeader(market.verifiedHead().number()));
        Fees fees = new Fees.Eip1559(nextBaseFee.shiftLeft(1).add(TIP), TIP);
        BigInteger nonce = TxTracker.nextNonce(from, chain, outbox);
        TxParams params = new TxParams(market.chainId(), nonce, Address.ofBytes(SystemModules.leaseMarket()), value,
                BigInteger.valueOf(GAS_LIMIT), data, fees);
        byte[] key = store.privateKey(from);
        SignedTx tx;
        try {
            tx = TransactionSigner.sign(params, key);
        } finally {
            Passwords.wipe(key);
        }
        return sender.send(tx);
    }

    /** Worst-case fee of one market call at the current verified base fee (for balance checks before signing). */
    public BigInteger maxFee() {
        BigInteger nextBaseFee = BaseFee.next(market.verifiedHeader(market.verifiedHead().number()));
        return nextBaseFee.shiftLeft(1).add(TIP).multiply(BigInteger.valueOf(GAS_LIMIT));
    }

    /** Re-checks the outbox's open transactions against the verified chain (call on each verified head). */
    public List<OutboxEntry> refresh() {
        return tracker.refresh();
    }

    /** The verified receipt of a sent call; empty while it is not proven included. */
    public Optional<Verified<VerifiedReceipt>> outcome(String hash) {
        return market.receipt(hash);
    }

    public Optional<OutboxEntry> entry(String hash) {
        return outbox.find(hash);
    }
}
