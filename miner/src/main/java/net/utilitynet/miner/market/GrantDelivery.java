package net.utilitynet.miner.market;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.wallet.outbox.OutboxEntry;

/**
 * Automatic grant delivery: registered as a {@link SyncListener} of the provider's light client, it runs
 * {@link LeaseProvider#deliverPendingGrants} on {@code executor} for every new verified head, so an incoming rental
 * gets its access grant in the next block. Failures go to {@code problems} (the next head tries again).
 */
public final class GrantDelivery implements SyncListener {
    private final LeaseProvider provider;
    private final LeaseProvider.GrantIssuer issuer;
    private final Executor executor;
    private final Consumer<List<OutboxEntry>> sent;
    private final Consumer<RuntimeException> problems;

    public GrantDelivery(LeaseProvider provider, LeaseProvider.GrantIssuer issuer, Executor executor, Consumer<List<OutboxEntry>> sent,
                         Consumer<RuntimeException> problems) {
        this.provider = provider;
        this.issuer = issuer;
        this.executor = executor;
        this.sent = sent;
        this.problems = problems;
    }

    @Override
    public void onVerifiedHead(StoredHeader head) {
        executor.execute(() -> {
            try {
                List<OutboxEntry> out = provider.deliverPendingGrants(issuer);
                if (!out.isEmpty()) {
                    sent.accept(out);
                }
            } catch (RuntimeException e) {
                problems.accept(e);
            }
        });
    }
}
