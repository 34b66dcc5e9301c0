package net.utilitynet.miner.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.utilitynet.miner.store.MinerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewardsLedgerTest {
    private static final BigInteger UNC = BigInteger.TEN.pow(18);
    @TempDir
    Path dir;

    private static long at(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    private static LedgerBlock won(long n, String iso, long reward, long expected) {
        return new LedgerBlock(n, "0x" + Long.toHexString(n), at(iso), (n - 1) / 30, true, true, UNC.multiply(BigInteger.valueOf(reward)),
                BigInteger.valueOf(21_000), UNC.multiply(BigInteger.valueOf(expected)));
    }

    private static LedgerBlock lost(long n, String iso, long expected) {
        return new LedgerBlock(n, "0x" + Long.toHexString(n), at(iso), (n - 1) / 30, true, false, BigInteger.ZERO, BigInteger.ZERO,
                UNC.multiply(BigInteger.valueOf(expected)));
    }

    @Test
    void totals_byDayAndWeek_bucketsAtUtcMidnightAndMonday() {
        try (MinerDatabase db = MinerDatabase.open(dir.resolve("miner.db"))) {
            RewardsLedger ledger = new RewardsLedger(db);
            ledger.record(List.of(
                    won(1, "2026-11-22T23:59:59Z", 100, 50),   // Sunday
                    lost(2, "2026-11-23T00:00:00Z", 50),        // Monday: new day and new week
                    won(3, "2026-11-23T12:00:00Z", 100, 50),
                    new LedgerBlock(4, "0x4", at("2026-11-23T13:00:00Z"), 0, false, false, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO)));
            List<RewardsLedger.PeriodTotal> days = ledger.totals(RewardsLedger.Period.DAY);
            assertEquals(2, days.size());
            assertEquals(at("2026-11-22T00:00:00Z"), days.get(0).start());
            assertEquals(at("2026-11-23T00:00:00Z"), days.get(1).start());
            assertEquals(UNC.multiply(BigInteger.valueOf(100)), days.get(1).reward());
            assertEquals(UNC.multiply(BigInteger.valueOf(100)), days.get(1).expected());
            List<RewardsLedger.PeriodTotal> weeks = ledger.totals(RewardsLedger.Period.WEEK);
            assertEquals(List.of(at("2026-11-16T00:00:00Z"), at("2026-11-23T00:00:00Z")), weeks.stream().map(RewardsLedger.PeriodTotal::start).toList());
            RewardTotals t = ledger.totals();
            assertEquals(4, t.blocksScanned());
            assertEquals(3, t.blocksClaimed());
            assertEquals(2, t.blocksWon());
            assertEquals(2, ledger.blocksWon());
            assertEquals(BigInteger.valueOf(42_000), t.fees());
            assertEquals(UNC.multiply(BigInteger.valueOf(150)), t.expected());
        }
    }

    @Test
    void totalsSince_localMidnight_countsOnlyBlocksFromThatInstantOn() {
        try (MinerDatabase db = MinerDatabase.open(dir.resolve("miner.db"))) {
            RewardsLedger ledger = new RewardsLedger(db);
            ledger.record(List.of(
                    won(1, "2026-11-23T14:59:59Z", 100, 50),   // 23:59:59 in UTC+9, the day before
                    won(2, "2026-11-23T15:00:00Z", 7, 50),     // midnight in UTC+9
                    lost(3, "2026-11-23T16:00:00Z", 50),
                    won(4, "2026-11-23T17:00:00Z", 5, 50)));
            RewardTotals today = ledger.totalsSince(at("2026-11-23T15:00:00Z"));
            assertEquals(3, today.blocksScanned());
            assertEquals(2, today.blocksWon());
            assertEquals(UNC.multiply(BigInteger.valueOf(12)), today.reward());
            assertEquals(UNC.multiply(BigInteger.valueOf(112)), ledger.totals().reward());
            assertEquals(0, ledger.totalsSince(at("2026-11-24T15:00:00Z")).blocksWon());
        }
    }

    @Test
    void rollbackAbove_reorgedBlocks_forgottenAndTotalsShrink() {
        try (MinerDatabase db = MinerDatabase.open(dir.resolve("miner.db"))) {
            RewardsLedger ledger = new RewardsLedger(db);
            ledger.record(List.of(won(1, "2026-11-23T00:00:00Z", 100, 100), won(2, "2026-11-23T00:00:02Z", 100, 100)));
            ledger.rollbackAbove(1);
            assertEquals(1, ledger.last().orElseThrow().number());
            assertEquals(UNC.multiply(BigInteger.valueOf(100)), ledger.totals().reward());
        }
    }

    @Test
    void reopen_afterClose_ledgerIsKept() {
        try (MinerDatabase db = MinerDatabase.open(dir.resolve("miner.db"))) {
            new RewardsLedger(db).record(List.of(won(7, "2026-11-23T00:00:00Z", 75, 75)));
        }
        try (MinerDatabase db = MinerDatabase.open(dir.resolve("miner.db"))) {
            assertEquals(7, new RewardsLedger(db).last().orElseThrow().number());
        }
    }

    @Test
    void write_wonBlocks_rfc4180WithPlainUncAmounts() throws Exception {
        StringWriter out = new StringWriter();
        RewardsCsv.write(List.of(won(31, "2026-11-23T08:00:00Z", 100, 33)), out);
        assertEquals(RewardsCsv.HEADER + "\r\n2026-11-23T08:00:00Z,31,0x1f,1,100,0.000000000000021,33\r\n", out.toString());
        assertEquals("33.333333333333333333", RewardsCsv.unc(new BigInteger("33333333333333333333")));
        assertEquals("0", RewardsCsv.unc(BigInteger.ZERO));
    }
}
