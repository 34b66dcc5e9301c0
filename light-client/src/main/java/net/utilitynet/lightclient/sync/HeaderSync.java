package net.utilitynet.lightclient.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoreException;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.ChainTip;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.lightclient.verify.VerifiedTip;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * The sync driver: the only place that joins endpoints, verifiers and the store. Starts from the trust anchor (or
 * resumes from the store), optionally skips ahead by checkpoints, verifies batches on top of the tip, follows
 * reorgs to the longer verified chain, and cross-checks the head with every other endpoint.
 * One sync runs at a time; listeners are called on the syncing thread.
 */
public final class HeaderSync {
    static final String ANCHOR_KEY = "anchor";
    static final String FULL_FROM_KEY = "full-from";

    private final EndpointPool pool;
    private final HeaderStore store;
    private final SyncConfig config;
    private final HeaderVerifier verifier;
    private final Clock clock;
    private final StoredTips tips;
    private final BranchStep steps;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private ChainTip tip;

    public HeaderSync(EndpointPool pool, HeaderStore store, SyncConfig config, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.verifier = config.mode() == SyncMode.LINKAGE_ONLY ? null : new HeaderVerifier(config.rules());
        this.tips = new StoredTips(store, config.mode(), verifier);
        this.steps = new BranchStep(store, tips, config);
    }

    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    /** Asks the running sync to stop after the current batch (everything verified so far stays stored). */
    public void cancel() {
        cancelRequested = true;
    }

    public SyncConfig config() {
        return config;
    }

    /**
     * Verifies headers up to the endpoints' current head and returns the verified head.
     *
     * @throws SyncCancelledException after {@link #cancel()}
     * @throws net.utilitynet.lightclient.rpc.NoUsableEndpointException when every endpoint is down or lying
     */
    public synchronized StoredHeader syncToHead() {
        cancelRequested = false;
        ChainTip current = currentTip();
        long target = pool.withFailover("eth_blockNumber", UntrustedHeaders::untrustedBlockNumber);
        if (config.mode() == SyncMode.SKIP) {
            current = new CheckpointSkipper(pool, store, verifier, config, this::progress).skip((VerifiedTip) current, target,
                    this::checkCancelled);
            tip = current;
        }
        long startNanos = System.nanoTime();
        long startHead = current.head().number();
        while (tip.head().number() < target) {
            checkCancelled();
            ChainTip before = tip;
            Optional<BranchStep.Outcome> outcome = pool.withFailover("headers after block " + before.head().number(),
                    endpoint -> steps.next(endpoint, before, target, nowSeconds()));
            if (outcome.isEmpty()) {
                break;
            }
            apply(outcome.get());
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            progress(new SyncProgress(SyncProgress.Phase.HEADERS, tip.head().number(), target,
                    (tip.head().number() - startHead) / seconds));
        }
        crossCheckHead();
        return store.head().orElseThrow();
    }

    /** The verified head (null before the first sync). */
    public Optional<StoredHeader> verifiedHead() {
        return store.head();
    }

    private ChainTip currentTip() {
        if (tip == null) {
            ensureAnchor();
            tip = tips.tipAt(store.head().orElseThrow().number());
        }
        return tip;
    }

    /** Stores the trust anchor on first use; refuses a store synced from another anchor. */
    private void ensureAnchor() {
        TrustAnchor anchor = config.anchor();
        byte[] configured = anchor.toString().getBytes(StandardCharsets.US_ASCII);
        Optional<byte[]> stored = store.meta(ANCHOR_KEY);
        if (stored.isPresent()) {
            if (!Arrays.equals(stored.get(), configured)) {
                throw new StoreException("header store was synced from checkpoint " + new String(stored.get(), StandardCharsets.US_ASCII)
                        + " but " + anchor + " is configured; use a separate data directory per checkpoint or delete the store");
            }
            return;
        }
        BlockHeader header = pool.withFailover("trusted checkpoint " + anchor.number(), endpoint -> {
            BlockHeader h = UntrustedHeaders.untrustedHeader(endpoint, anchor.number());
            if (h == null) {
                throw new VerificationException(anchor.number(), "trusted-checkpoint", "the endpoint has no block " + anchor.number());
            }
            if (!anchor.matches(h.hash())) {
                throw new VerificationException(anchor.number(), "trusted-checkpoint", "block hash "
                        + org.web3j.utils.Numeric.toHexString(h.hash()) + " differs from the trusted checkpoint " + anchor);
            }
            return h;
        });
        if (verifier != null) {
            VerifiedTip.resume(verifier, header, List.of()); // a POCI anchor must carry a checkpoint
        }
        store.append(List.of(StoredTips.toStored(header, TrustLevel.ANCHOR)));
        store.putMetaLong(FULL_FROM_KEY, anchor.number());
        store.putMeta(ANCHOR_KEY, configured);
    }

    private void apply(BranchStep.Outcome outcome) {
        long oldHead = tip.head().number();
        List<StoredHeader> added = StoredTips.toStored(outcome.headers(), outcome.tip().trust());
        List<StoredHeader> removed = store.replaceAbove(outcome.keepUpTo(), added);
        tip = outcome.tip();
        if (outcome.isReorg(oldHead)) {
            Reorg reorg = new Reorg(outcome.keepUpTo(), removed, added);
            listeners.forEach(l -> l.onReorg(reorg));
        }
        StoredHeader head = added.get(added.size() - 1);
        listeners.forEach(l -> l.onVerifiedHead(head));
    }

    /**
     * With two or more endpoints: asks each for the block at our verified head. An endpoint on another branch must
     * prove it (its branch is verified, and adopted when longer); one whose branch fails verification is lying.
     */
    private void crossCheckHead() {
        if (pool.usableCount() < 2) {
            return;
        }
        ChainTip current = tip;
        long n = current.head().number();
        Map<String, Optional<BranchStep.Outcome>> answers = pool.askAll(endpoint -> {
            BlockHeader theirs = UntrustedHeaders.untrustedHeader(endpoint, n);
            if (theirs == null || Arrays.equals(theirs.hash(), current.head().hash())) {
                return Optional.<BranchStep.Outcome>empty();
            }
            return steps.fork(endpoint, current, n + config.batchSize(), nowSeconds());
        });
        answers.values().stream().flatMap(Optional::stream)
                .max(Comparator.comparingLong(o -> o.tip().head().number()))
                .ifPresent(this::apply);
    }

    private void checkCancelled() {
        if (cancelRequested || Thread.currentThread().isInterrupted()) {
            throw new SyncCancelledException(tip == null ? -1 : tip.head().number());
        }
    }

    private void progress(SyncProgress p) {
        listeners.forEach(l -> l.onProgress(p));
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }
}
