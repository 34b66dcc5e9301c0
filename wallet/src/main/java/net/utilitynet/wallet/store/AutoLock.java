package net.utilitynet.wallet.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Locks the wallet after {@code timeout} without activity. The UI calls {@link #touch()} on user
 * input; {@link #check()} runs on a schedule (or directly in tests with a controllable clock).
 */
public final class AutoLock {
    private final WalletStore store;
    private volatile Duration timeout;
    private final Clock clock;
    private volatile Instant lastActivity;
    private ScheduledFuture<?> task;

    public AutoLock(WalletStore store, Duration timeout, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.lastActivity = clock.instant();
        setTimeout(timeout);
    }

    /** A new idle time, counted from the last activity (a shorter one may lock at the next check). */
    public void setTimeout(Duration next) {
        if (next.isNegative() || next.isZero()) {
            throw new IllegalArgumentException("the auto-lock timeout must be positive");
        }
        timeout = next;
    }

    public void touch() {
        lastActivity = clock.instant();
    }

    /** Locks the store if it has been idle for the timeout; returns true when it locked it now. */
    public boolean check() {
        if (store.isLocked() || Duration.between(lastActivity, clock.instant()).compareTo(timeout) < 0) {
            return false;
        }
        store.lock();
        return true;
    }

    /** Runs {@link #check()} every second on {@code scheduler} until {@link #stop()}. */
    public synchronized void start(ScheduledExecutorService scheduler) {
        stop();
        task = scheduler.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
