package net.utilitynet.app.services;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's named background executors. {@code io} is single-threaded so that writes of one file
 * happen in the order they were asked for; {@code worker} runs everything else.
 */
public final class AppExecutors implements AutoCloseable {

    private final ExecutorService io = Executors.newSingleThreadExecutor(named("utilitynet-io"));
    private final ExecutorService worker = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), named("utilitynet-worker"));

    public ExecutorService io() {
        return io;
    }

    public ExecutorService worker() {
        return worker;
    }

    /** Lets queued writes finish (up to 10 s), then stops both executors. */
    @Override
    public void close() {
        io.shutdown();
        worker.shutdown();
        try {
            io.awaitTermination(10, TimeUnit.SECONDS);
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
