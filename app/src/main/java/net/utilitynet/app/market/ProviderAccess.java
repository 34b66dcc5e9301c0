package net.utilitynet.app.market;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.market.GrantRound;
import net.utilitynet.miner.market.LeaseProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider side's access for the open account, the same in the app and in {@code utilitynet mine}: the miner's
 * lease access gateway (or grant hook) with grants delivered on every verified head. When it cannot start (the gateway port is taken, the saved hook is gone) the miner
 * and market still run and {@link #problem()} says why, for the provider card. {@link #reconfigure} saves new settings
 * in {@code miner.db} and restarts it. Methods block (port binding, SQLite): call them off the FX thread.
 */
public final class ProviderAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderAccess.class);

    private final Miner miner;
    private final LeaseProvider provider;
    private final Executor executor;
    /** The thread this object started for the rounds, stopped on close; empty when the caller gave the executor. */
    private final Optional<ExecutorService> ownThread;
    private Optional<LeaseAccess> access = Optional.empty();
    private Optional<String> problem = Optional.empty();
    private final List<Consumer<GrantRound>> listeners = new CopyOnWriteArrayList<>();

    private ProviderAccess(Miner miner, LeaseProvider provider, Executor executor, Optional<ExecutorService> ownThread) {
        this.miner = miner;
        this.provider = provider;
        this.executor = executor;
        this.ownThread = ownThread;
    }

    /**
     * Starts with the settings saved in {@code miner.db}, the rounds on a thread of its own ({@code utilitynet-grants}, so
     * a slow hook never delays a mining round); {@link #close()} stops it.
     */
    public static ProviderAccess start(Miner miner, LeaseProvider provider) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "utilitynet-grants");
            t.setDaemon(true);
            return t;
        });
        ProviderAccess p = new ProviderAccess(miner, provider, thread, Optional.of(thread));
        p.open();
        return p;
    }

    /** Starts with the settings saved in {@code miner.db}; {@code executor} runs the delivery rounds (tests: the caller's thread). */
    public static ProviderAccess start(Miner miner, LeaseProvider provider, Executor executor) {
        ProviderAccess p = new ProviderAccess(miner, provider, executor, Optional.empty());
        p.open();
        return p;
    }

    private void open() {
        try {
            LeaseAccess a = miner.startLeaseAccess(miner.accessConfig(), provider, executor);
            a.addListener(round -> listeners.forEach(l -> l.accept(round)));
            access = Optional.of(a);
            problem = Optional.empty();
            a.deliverNow(); // leases that started while the app was closed get their grant without waiting for a block
        } catch (RuntimeException e) {
            LOG.warn("lease access not started: {}", e.getMessage());
            access = Optional.empty();
            problem = Optional.of(e.getMessage());
        }
    }

    public synchronized Optional<LeaseAccess> access() {
        return access;
    }

    /** Hears every delivery round, also after a restart with new settings (on the delivery executor). */
    public void addListener(Consumer<GrantRound> listener) {
        listeners.add(listener);
    }

    /** Why the gateway and automatic grants are not running. */
    public synchronized Optional<String> problem() {
        return problem;
    }

    /** The saved settings; the defaults when a saved value no longer works (the problem says which). */
    public synchronized AccessConfig config() {
        try {
            return miner.accessConfig();
        } catch (RuntimeException e) {
            return AccessConfig.defaults();
        }
    }

    /** Saves {@code config} and restarts the gateway (or hook) with it; a failure to start shows in {@link #problem()}. */
    public synchronized void reconfigure(AccessConfig config) {
        miner.setAccessConfig(config);
        access.ifPresent(LeaseAccess::close);
        open();
    }

    /** Stops the gateway and the rounds; a round still running gets a few seconds to finish before the miner closes its database. */
    @Override
    public synchronized void close() {
        access.ifPresent(LeaseAccess::close);
        access = Optional.empty();
        ownThread.ifPresent(t -> {
            t.shutdownNow();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
