package net.utilitynet.miner.rewards;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.utilitynet.miner.store.MinerDatabase;

/**
 * The miner's rewards ledger in SQLite: one row per scanned verified block (claimed or not, won or not), so that
 * totals, daily and weekly sums and expected-versus-actual are plain queries. Amounts are wei (decimal text).
 */
public final class RewardsLedger {
    /** Seconds per aggregation period. Weeks start on Monday 00:00 UTC. */
    public enum Period {
        DAY(86_400, 0), WEEK(604_800, 3 * 86_400);

        final long seconds;
        final long offset; // 1970-01-01 was a Thursday: shift so that buckets start on Mondays

        Period(long seconds, long offset) {
            this.seconds = seconds;
            this.offset = offset;
        }

        /** Start (unix seconds, UTC) of the period containing {@code timestamp}. */
        public long start(long timestamp) {
            return Math.floorDiv(timestamp + offset, seconds) * seconds - offset;
        }
    }

    /** Sums over one period starting at {@code start} (unix seconds, UTC). */
    public record PeriodTotal(long start, long blocksWon, BigInteger reward, BigInteger expected) {
    }

    private final MinerDatabase db;

    public RewardsLedger(MinerDatabase db) {
        this.db = db;
    }

    public void record(List<LedgerBlock> blocks) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO blocks (number, hash, timestamp, epoch, claimed, won,"
                    + " reward_wei, fees_wei, expected_wei) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LedgerBlock b : blocks) {
                    s.setLong(1, b.number());
                    s.setString(2, b.hash());
                    s.setLong(3, b.timestamp());
                    s.setLong(4, b.epoch());
                    s.setInt(5, b.claimed() ? 1 : 0);
                    s.setInt(6, b.won() ? 1 : 0);
                    s.setString(7, b.reward().toString());
                    s.setString(8, b.fees().toString());
                    s.setString(9, b.expected().toString());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Forgets blocks above {@code number} (their branch left the verified chain). */
    public void rollbackAbove(long number) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM blocks WHERE number > ?")) {
                s.setLong(1, number);
                return s.executeUpdate();
            }
        });
    }

    /** The highest scanned block, if any. */
    public Optional<LedgerBlock> last() {
        List<LedgerBlock> l = query("SELECT * FROM blocks ORDER BY number DESC LIMIT 1");
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** How many scanned blocks this miner won. */
    public long blocksWon() {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM blocks WHERE won = 1"); ResultSet r = s.executeQuery()) {
                return r.getLong(1);
            }
        });
    }

    /** Blocks this miner won, oldest first. */
    public List<LedgerBlock> wonBlocks() {
        return query("SELECT * FROM blocks WHERE won = 1 ORDER BY number");
    }

    /** Every scanned block, oldest first (for export). */
    public List<LedgerBlock> all() {
        return query("SELECT * FROM blocks ORDER BY number");
    }

    /** Per-period sums, oldest first. Sums are done here in BigInteger (SQLite integers stop at 2^63 wei ≈ 9.2 UNC). */
    public List<PeriodTotal> totals(Period period) {
        List<PeriodTotal> out = new ArrayList<>();
        long start = Long.MIN_VALUE;
        long won = 0;
        BigInteger reward = BigInteger.ZERO;
        BigInteger expected = BigInteger.ZERO;
        for (LedgerBlock b : query("SELECT * FROM blocks WHERE claimed = 1 ORDER BY timestamp, number")) {
            long s = period.start(b.timestamp());
            if (s != start && start != Long.MIN_VALUE) {
                out.add(new PeriodTotal(start, won, reward, expected));
                won = 0;
                reward = BigInteger.ZERO;
                expected = BigInteger.ZERO;
            }
            start = s;
            won += b.won() ? 1 : 0;
            reward = reward.add(b.reward());
            expected = expected.add(b.expected());
        }
        if (start != Long.MIN_VALUE) {
            out.add(new PeriodTotal(start, won, reward, expected));
        }
        return out;
    }

    /** Totals over the whole ledger: blocks scanned, claimed, won, reward and expected reward. */
    public RewardTotals totals() {
        return totalsOf(all());
    }

    /** Totals over the blocks whose timestamp is at or after {@code fromTimestamp} (unix seconds), e.g. since local midnight. */
    public RewardTotals totalsSince(long fromTimestamp) {
        return totalsOf(db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM blocks WHERE timestamp >= ? ORDER BY number")) {
                s.setLong(1, fromTimestamp);
                return read(s);
            }
        }));
    }

    private static RewardTotals totalsOf(List<LedgerBlock> blocks) {
        long scanned = 0;
        long claimed = 0;
        long won = 0;
        BigInteger reward = BigInteger.ZERO;
        BigInteger fees = BigInteger.ZERO;
        BigInteger expected = BigInteger.ZERO;
        for (LedgerBlock b : blocks) {
            fees = fees.add(b.fees());
            scanned++;
            claimed += b.claimed() ? 1 : 0;
            won += b.won() ? 1 : 0;
            reward = reward.add(b.reward());
            expected = expected.add(b.expected());
        }
        return new RewardTotals(scanned, claimed, won, reward, fees, expected);
    }

    private List<LedgerBlock> query(String sql) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                return read(s);
            }
        });
    }

    private static List<LedgerBlock> read(PreparedStatement s) throws java.sql.SQLException {
        List<LedgerBlock> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new LedgerBlock(r.getLong("number"), r.getString("hash"), r.getLong("timestamp"), r.getLong("epoch"),
                        r.getInt("claimed") == 1, r.getInt("won") == 1, new BigInteger(r.getString("reward_wei")), new BigInteger(r.getString("fees_wei")),
                        new BigInteger(r.getString("expected_wei"))));
            }
        }
        return out;
    }
}
