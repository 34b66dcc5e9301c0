package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.SystemCallSender;
import net.utilitynet.wallet.store.WalletStore;

/**
 * Lease-market calls: the wallet's {@link SystemCallSender} aimed at the market module, with outcomes reported only
 * from verified receipts.
 */
public final class MarketTransactions {
    public static final BigInteger TIP = SystemCallSender.TIP;
    public static final long GAS_LIMIT = 200_000;

    private final SystemCallSender calls;
    private final MarketChain market;

    public MarketTransactions(WalletStore store, Outbox outbox, ChainAccess chain, MarketChain market) {
        this.market = market;
        this.calls = new SystemCallSender(store, outbox, chain, market.chainId(),
                () -> market.verifiedHeader(market.verifiedHead().number()));
    }

    /** Signs, stores and broadcasts {@code data} to the lease market from {@code from}, paying {@code value} wei. */
    public OutboxEntry send(Address from, byte[] data, BigInteger value) {
        return calls.send(from, SystemModules.leaseMarket(), data, value, GAS_LIMIT);
    }

    /** Worst-case fee of one market call at the current verified base fee (for balance checks before signing). */
    public BigInteger maxFee() {
        return calls.maxFeePerGas().multiply(BigInteger.valueOf(GAS_LIMIT));
    }

    /** Re-checks the outbox's open transactions against the verified chain (call on each verified head). */
    public List<OutboxEntry> refresh() {
        return calls.refresh();
    }

    /** The verified receipt of a sent call; empty while it is not proven included. */
    public Optional<Verified<VerifiedReceipt>> outcome(String hash) {
        return market.receipt(hash);
    }

    public Optional<OutboxEntry> entry(String hash) {
        return calls.entry(hash);
    }
}
