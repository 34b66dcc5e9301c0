package net.utilitynet.app.miner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.miner.register.RegistrationStatus;
import net.utilitynet.miner.rewards.RecentRewards;

/**
 * The Overview's mining figures for one open miner: chips registered and pending (registry storage proven against a
 * verified state root) and rewards today — the local day of {@code clock}'s zone — and in total, from the ledger of
 * verified blocks. Read on the miner's thread, never on the caller's.
 */
public final class MiningSummary {

    /**
     * @param verifiedAt the newest verified block the figures were read at (-1 before any)
     */
    public record Figures(long registeredChips, long pendingChips, RecentRewards rewards, long verifiedAt) {
    }

    private final Miner miner;
    private final Clock clock;

    public MiningSummary(Miner miner, Clock clock) {
        this.miner = miner;
        this.clock = clock;
    }

    /** Reads the figures now (call on each verified head). */
    public CompletableFuture<Figures> read() {
        long midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toEpochSecond();
        return miner.registrations().thenCombine(miner.recentRewards(midnight), (registrations, rewards) -> new Figures(
                count(registrations, RegistrationState.REGISTERED), count(registrations, RegistrationState.PENDING), rewards,
                Math.max(rewards.scannedTo(), registrations.stream().mapToLong(RegistrationStatus::provenAtBlock).max().orElse(-1))));
    }

    private static long count(java.util.List<RegistrationStatus> registrations, RegistrationState state) {
        return registrations.stream().filter(r -> r.state() == state).count();
    }
}
