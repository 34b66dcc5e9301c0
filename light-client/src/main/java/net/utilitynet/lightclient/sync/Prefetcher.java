package net.utilitynet.lightclient.sync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.utilitynet.lightclient.rpc.RpcClient;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * Fetches (and parses) the next batch from the same endpoint while the current batch is being verified, so that
 * network latency and JSON parsing overlap with verification. A prefetched batch is used only for the same
 * endpoint and range; its failure surfaces when it is taken, so it is attributed to that endpoint as usual.
 * Used by the single sync thread only.
 */
final class Prefetcher {
    private record Pending(RpcClient endpoint, long from, long to, CompletableFuture<List<BlockHeader>> headers) {
    }

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "lightclient-prefetch");
        t.setDaemon(true);
        return t;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
    private Pending pending;

    /** Headers {@code from … to} of {@code endpoint}: the prefetched ones when they match, else fetched now. */
    List<BlockHeader> take(RpcClient endpoint, long from, long to) {
        Pending p = pending;
        pending = null;
        if (p != null && p.endpoint() == endpoint && p.from() == from && p.to() == to) {
            try {
                return p.headers().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (p != null) {
            p.headers().cancel(true);
        }
        return UntrustedHeaders.untrustedHeaders(endpoint, from, to);
    }

    /** Starts fetching {@code from … to} of {@code endpoint} in the background. */
    void start(RpcClient endpoint, long from, long to) {
        pending = new Pending(endpoint, from, to,
                CompletableFuture.supplyAsync(() -> UntrustedHeaders.untrustedHeaders(endpoint, from, to), executor));
    }
}
