package net.utilitynet.lightclient.sync;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.VerifiedTip;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;

/**
 * Skip sync: walks checkpoint headers (heights k·E) from the tip's epoch to the start of the fully verified window,
 * each believed on its proposer seal and committed seals by more than two thirds of the previous checkpoint's
 * validators. Headers in between are not fetched; they can be proven later by historyRoot branches.
 */
final class CheckpointSkipper {
    private final EndpointPool pool;
    private final HeaderStore store;
    private final HeaderVerifier verifier;
    private final SyncConfig config;
    private final Consumer<SyncProgress> progress;

    CheckpointSkipper(EndpointPool pool, HeaderStore store, HeaderVerifier verifier, SyncConfig config,
                      Consumer<SyncProgress> progress) {
        this.pool = pool;
        this.store = store;
        this.verifier = verifier;
        this.config = config;
        this.progress = progress;
    }

    /** Returns a tip at the checkpoint that opens the verified window, or {@code tip} when it is already inside. */
    VerifiedTip skip(VerifiedTip tip, long target, Runnable checkCancelled) {
        long epochLength = verifier.rules().epochLength();
        long windowEpoch = target / epochLength - config.windowEpochs();
        if (windowEpoch * epochLength <= tip.head().number()) {
            return tip;
        }
        Checkpoint previous = tip.epochCheckpoint();
        BlockHeader last = null;
        long started = System.nanoTime();
        long firstEpoch = previous.epoch() + 1;
        for (long k = firstEpoch; k <= windowEpoch; ) {
            checkCancelled.run();
            long from = k;
            long to = Math.min(windowEpoch, k + config.batchSize() - 1);
            Checkpoint before = previous;
            List<BlockHeader> verified = pool.withFailover("checkpoints of epochs " + from + "…" + to, endpoint -> {
                List<BlockHeader> headers = UntrustedHeaders.untrustedHeadersAt(endpoint,
                        LongStream.rangeClosed(from, to).map(e -> e * epochLength).boxed().toList());
                Checkpoint p = before;
                for (BlockHeader h : headers) {
                    p = verifier.verifySkippedCheckpoint(h, p);
                }
                return headers;
            });
            if (verified.isEmpty()) {
                break;
            }
            store.append(StoredTips.toStored(verified, TrustLevel.CHECKPOINT));
            last = verified.get(verified.size() - 1);
            previous = verifier.verifyShape(last).checkpoint();
            k = previous.epoch() + 1;
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            progress.accept(new SyncProgress(SyncProgress.Phase.CHECKPOINTS, last.number(), target,
                    (previous.epoch() - firstEpoch + 1) / seconds));
        }
        if (last == null) {
            return tip;
        }
        store.putMetaLong(HeaderSync.FULL_FROM_KEY, last.number());
        return VerifiedTip.resume(verifier, last, List.of());
    }
}
