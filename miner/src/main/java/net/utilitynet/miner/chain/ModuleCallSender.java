package net.utilitynet.miner.chain;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.SystemCallSender;
import net.utilitynet.wallet.store.WalletStore;

/**
 * The miner's system-module calls ({@code registerChip}, {@code heartbeat}): the wallet's {@link SystemCallSender}
 * with chain id and verified head taken from {@link MinerChain}.
 */
public final class ModuleCallSender {
    /** Priority fee offered to the validator: 1 gwei. */
    public static final BigInteger TIP = SystemCallSender.TIP;

    private final SystemCallSender calls;

    public ModuleCallSender(WalletStore store, Outbox outbox, ChainAccess chain, MinerChain minerChain) {
        this.calls = new SystemCallSender(store, outbox, chain, minerChain.chainId(),
                () -> minerChain.verifiedHeader(minerChain.verifiedHead().number()));
    }

    /** Signs, stores and broadcasts a call of {@code to} with {@code data} from {@code from}. */
    public OutboxEntry send(Address from, byte[] to, byte[] data, long gasLimit) {
        return calls.send(from, to, data, BigInteger.ZERO, gasLimit);
    }

    /** Re-checks the outbox's open transactions against the verified chain (call on each verified head). */
    public List<OutboxEntry> refresh() {
        return calls.refresh();
    }

    /** The outbox row of {@code hash} as last refreshed. */
    public Optional<OutboxEntry> entry(String hash) {
        return calls.entry(hash);
    }

    /** At start-up: sends what was signed but never acknowledged. */
    public List<OutboxEntry> resume() {
        return calls.resume();
    }
}
