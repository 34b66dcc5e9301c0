package net.utilitynet.miner.market;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncListener;

/**
 * Automatic grant delivery: registered as a {@link SyncListener} of the provider's light client, it runs
 * {@link LeaseProvider#deliverPendingGrants} on {@code executor} for every new verified head, so an incoming rental
 * gets its access grant in the next block and an ended lease loses its access. Each round goes to {@code rounds}
 * (with per-lease problems); a round that fails as a whole goes to {@code failures}. The next head tries again.
 * A head that arrives while a round still runs is skipped (the next round reads the newest head anyway).
 */
public final class GrantDelivery implements SyncListener {
    private final LeaseProvider provider;
    private final LeaseProvider.GrantIssuer issuer;
    private final DeliveredGrants delivered;
    private final Executor executor;
    private final Consumer<GrantRound> rounds;
    private final Consumer<RuntimeException> failures;
    private final AtomicBoolean running = new AtomicBoolean();

    public GrantDelivery(LeaseProvider provider, LeaseProvider.GrantIssuer issuer, DeliveredGrants delivered, Executor executor,
                         Consumer<GrantRound> rounds, Consumer<RuntimeException> failures) {
        this.provider = provider;
        this.issuer = issuer;
        this.delivered = delivered;
        this.executor = executor;
        this.rounds = rounds;
        this.failures = failures;
    }

    @Override
    public void onVerifiedHead(StoredHeader head) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::round);
        } catch (RuntimeException rejected) {
            running.set(false);
            throw rejected;
        }
    }

    private void round() {
        try {
            rounds.accept(provider.deliverPendingGrants(issuer, delivered));
        } catch (RuntimeException e) {
            failures.accept(e);
        } finally {
            running.set(false);
        }
    }
}
