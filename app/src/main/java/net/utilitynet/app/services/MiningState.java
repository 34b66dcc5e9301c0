package net.utilitynet.app.services;

import java.util.concurrent.CompletableFuture;

/**
 * Start/stop control of the mining agent, as the tray and the shell need it. The miner module
 * implements this when it is wired in; {@link #unavailable()} is the state of a build without one.
 */
public interface MiningState {

    LiveValue<MiningStatus> status();

    /** Starts mining; completes when the agent runs. Only valid when {@code status().get().canStart()}. */
    CompletableFuture<Void> start();

    /** Stops mining; completes when the agent stopped. Only valid when {@code status().get().canStop()}. */
    CompletableFuture<Void> stop();

    /** A mining state for a build with no miner wired: always {@link MiningStatus#UNAVAILABLE}. */
    static MiningState unavailable() {
        LiveValue<MiningStatus> status = new LiveValue<>(MiningStatus.UNAVAILABLE);
        return new MiningState() {
            @Override
            public LiveValue<MiningStatus> status() {
                return status;
            }

            @Override
            public CompletableFuture<Void> start() {
                return CompletableFuture.failedFuture(new IllegalStateException("No miner is wired into this build"));
            }

            @Override
            public CompletableFuture<Void> stop() {
                return CompletableFuture.completedFuture(null);
            }
        };
    }
}
