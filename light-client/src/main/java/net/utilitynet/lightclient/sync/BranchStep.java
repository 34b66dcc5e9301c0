package net.utilitynet.lightclient.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.rpc.RpcClient;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.ChainTip;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * One unit of sync work against one endpoint: fetch the next batch and verify it on top of the tip, or, when the
 * endpoint's chain has left ours, find the common ancestor and verify its branch (fork choice: the longer verified
 * chain wins). Any answer that fails verification throws, which marks that endpoint as lying.
 */
final class BranchStep {
    /** The verified outcome: headers to store above {@code keepUpTo} (a reorg when below the old head). */
    record Outcome(long keepUpTo, List<BlockHeader> headers, ChainTip tip) {
        boolean isReorg(long oldHead) {
            return keepUpTo < oldHead;
        }
    }

    private final HeaderStore store;
    private final StoredTips tips;
    private final SyncConfig config;
    private final Prefetcher prefetcher = new Prefetcher();

    BranchStep(HeaderStore store, StoredTips tips, SyncConfig config) {
        this.store = store;
        this.tips = tips;
        this.config = config;
    }

    /** Extends {@code tip} towards {@code target}; empty when the endpoint has nothing better. */
    Optional<Outcome> next(RpcClient endpoint, ChainTip tip, long target, long nowSeconds) {
        long from = tip.head().number() + 1;
        long to = Math.min(target, from + config.batchSize() - 1);
        if (to < from) {
            return Optional.empty();
        }
        List<BlockHeader> batch = notInFuture(prefetcher.take(endpoint, from, to), nowSeconds);
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        if (batch.size() == to - from + 1 && to < target) {
            prefetcher.start(endpoint, to + 1, Math.min(target, to + config.batchSize()));
        }
        if (!Arrays.equals(batch.get(0).parentHash(), tip.head().hash())) {
            return fork(endpoint, tip, to, nowSeconds);
        }
        return Optional.of(new Outcome(tip.head().number(), batch, tip.extend(batch, nowSeconds)));
    }

    /**
     * Headers whose timestamp is beyond the local clock's tolerance are left for a later round rather than
     * rejected: the local clock may be behind, and an honest endpoint must not be called a liar for it.
     */
    private List<BlockHeader> notInFuture(List<BlockHeader> batch, long nowSeconds) {
        if (config.rules() == null) {
            return batch; // linkage-only mode checks no timestamps
        }
        long latest = nowSeconds + config.rules().futureTolerance().toSeconds();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).timestamp() > latest) {
                return batch.subList(0, i);
            }
        }
        return batch;
    }

    /**
     * The endpoint's chain differs from ours at or below our head: find the highest common block within the reorg
     * depth, verify the endpoint's branch from there, and return it when it is longer than ours.
     */
    Optional<Outcome> fork(RpcClient endpoint, ChainTip tip, long branchEnd, long nowSeconds) {
        long head = tip.head().number();
        long lowest = Math.max(store.metaLong(HeaderSync.FULL_FROM_KEY).orElse(0L), head - config.maxReorgDepth());
        List<BlockHeader> theirs = UntrustedHeaders.untrustedHeaders(endpoint, lowest, head);
        long ancestor = -1;
        for (int i = theirs.size() - 1; i >= 0; i--) {
            BlockHeader h = theirs.get(i);
            Optional<StoredHeader> ours = store.byNumber(h.number());
            if (ours.isPresent() && ours.get().hasHash(h.hash())) {
                ancestor = h.number();
                break;
            }
        }
        if (ancestor < 0) {
            throw new VerificationException(head, "fork-depth", "the endpoint's chain shares no block with the verified chain in "
                    + lowest + "…" + head + " (deepest followed reorg: " + config.maxReorgDepth() + " blocks)");
        }
        long end = Math.max(branchEnd, head + 1);
        long branchTo = Math.max(Math.min(end, ancestor + config.batchSize()), head + 1);
        List<BlockHeader> branch = notInFuture(UntrustedHeaders.untrustedHeaders(endpoint, ancestor + 1, branchTo), nowSeconds);
        if (branch.isEmpty() || branch.get(branch.size() - 1).number() <= head) {
            return Optional.empty(); // the endpoint is on another branch that is not longer than ours (yet)
        }
        ChainTip forkTip = tips.tipAt(ancestor).extend(branch, nowSeconds);
        return Optional.of(new Outcome(ancestor, branch, forkTip));
    }
}
