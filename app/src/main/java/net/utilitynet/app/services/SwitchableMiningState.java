package net.utilitynet.app.services;

import java.util.concurrent.CompletableFuture;

/**
 * The app's one {@link MiningState} for the status bar, the tray and the shell: it forwards to the miner that is open
 * now ({@link #use}), and is {@link MiningStatus#UNAVAILABLE} while there is none (no session, no wallet, locked).
 */
public final class SwitchableMiningState implements MiningState {
    private final LiveValue<MiningStatus> status = new LiveValue<>(MiningStatus.UNAVAILABLE);
    private MiningState current = MiningState.unavailable();
    private LiveValue.Subscription forwarding = () -> { };

    @Override
    public LiveValue<MiningStatus> status() {
        return status;
    }

    /** Switches to {@code next} (e.g. {@code MiningState.unavailable()} when the miner closed). */
    public synchronized void use(MiningState next) {
        forwarding.close();
        current = next;
        forwarding = next.status().subscribe(status::set);
    }

    public synchronized MiningState current() {
        return current;
    }

    @Override
    public CompletableFuture<Void> start() {
        return current().start();
    }

    @Override
    public CompletableFuture<Void> stop() {
        return current().stop();
    }
}
