package net.utilitynet.devnet.chain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.utilitynet.protocol.header.BlockHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the block producer on its own thread: every {@code blockTimeMs} (interval mode) and whenever a block is
 * asked for ({@link #mineNow}); {@code blockTimeMs = 0} is on-demand mode. One thread means blocks never race.
 */
public final class BlockScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlockScheduler.class);

    private final BlockProducer producer;
    private final ScheduledExecutorService thread;
    private final long blockTimeMs;

    public BlockScheduler(BlockProducer producer, long blockTimeMs) {
        this.producer = producer;
        this.blockTimeMs = blockTimeMs;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "devnet-block-producer");
            th.setDaemon(true);
            return th;
        });
        t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = t;
    }

    public void start() {
        if (blockTimeMs > 0) {
            thread.scheduleAtFixedRate(this::tick, blockTimeMs, blockTimeMs, TimeUnit.MILLISECONDS);
        }
    }

    public boolean isOnDemand() {
        return blockTimeMs == 0;
    }

    private void tick() {
        try {
            if (!producer.idleAndAhead()) {
                producer.produce();
            }
        } catch (RuntimeException e) {
            // Keep producing: a failed block leaves the head where it was, and the next tick tries again.
            LOG.error("block production failed", e);
        }
    }

    /** Produces a block now (after any block in progress). */
    public CompletableFuture<BlockHeader> mineNow() {
        return CompletableFuture.supplyAsync(producer::produce, thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
