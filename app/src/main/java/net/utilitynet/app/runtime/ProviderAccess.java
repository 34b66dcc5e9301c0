package net.utilitynet.app.runtime;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.market.LeaseProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider side's access for the open account: the miner's lease access gateway (or grant hook) with grants
 * delivered on every verified head, on its own thread ({@code utilitynet-grants}, so a slow hook never delays mining).
 * When it cannot start (the gateway port is taken, the saved hook is gone) the miner and market still run and
 * {@link #problem()} says why, for the provider card.
 */
public final class ProviderAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderAccess.class);

    private final Optional<LeaseAccess> access;
    private final Optional<String> problem;
    private final ExecutorService thread;

    private ProviderAccess(Optional<LeaseAccess> access, Optional<String> problem, ExecutorService thread) {
        this.access = access;
        this.problem = problem;
        this.thread = thread;
    }

    /** Blocking (binds the port, reads {@code miner.db}): call off the FX thread. */
    static ProviderAccess start(Miner miner, LeaseProvider provider) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "utilitynet-grants");
            t.setDaemon(true);
            return t;
        });
        try {
            LeaseAccess access = miner.startLeaseAccess(miner.accessConfig(), provider, thread);
            access.deliverNow(); // leases that started while the app was closed get their grant without waiting for a block
            return new ProviderAccess(Optional.of(access), Optional.empty(), thread);
        } catch (RuntimeException e) {
            LOG.warn("lease access gateway not started: {}", e.getMessage());
            thread.shutdownNow();
            return new ProviderAccess(Optional.empty(), Optional.of(e.getMessage()), thread);
        }
    }

    public Optional<LeaseAccess> access() {
        return access;
    }

    /** Why the gateway and automatic grants are not running. */
    public Optional<String> problem() {
        return problem;
    }

    @Override
    public void close() {
        try {
            access.ifPresent(LeaseAccess::close);
        } finally {
            thread.shutdownNow();
        }
    }
}
