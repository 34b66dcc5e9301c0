package net.utilitynet.miner.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.utilitynet.wallet.address.Address;

/** The chips this miner registered, and the heartbeats it sent and saw recorded (or missed), by epoch. */
public final class ChipBook {
    /** What became of a chip's heartbeat duty in one epoch. */
    public enum HeartbeatOutcome { SENT, MADE, MISSED }

    private final MinerDatabase db;
    private final Clock clock;

    public ChipBook(MinerDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records (or replaces, after a re-registration) the chip's registration transaction. */
    public void put(RegisteredChip chip) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO chips (chip_id, local_id, vendor, model, owner,"
                    + " payout, register_tx, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, chip.chipId());
                s.setString(2, chip.localId());
                s.setString(3, chip.vendor());
                s.setString(4, chip.model());
                s.setString(5, chip.owner().lower());
                s.setString(6, chip.payout().lower());
                s.setString(7, chip.registerTx());
                s.setLong(8, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    public List<RegisteredChip> all() {
        return db.with(c -> {
            List<RegisteredChip> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT chip_id, local_id, vendor, model, owner, payout, register_tx"
                    + " FROM chips ORDER BY created_at, chip_id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new RegisteredChip(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            Address.ofTrusted(r.getString(5)), Address.ofTrusted(r.getString(6)), r.getString(7)));
                }
            }
            return out;
        });
    }

    public Optional<RegisteredChip> byChipId(String chipId) {
        return all().stream().filter(c -> c.chipId().equalsIgnoreCase(chipId)).findFirst();
    }

    /** The heartbeat outcome of {@code chipId} in {@code epoch}, if any was recorded. */
    public Optional<HeartbeatOutcome> heartbeat(String chipId, long epoch) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT outcome FROM heartbeats WHERE chip_id = ? AND epoch = ?")) {
                s.setString(1, chipId);
                s.setLong(2, epoch);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(HeartbeatOutcome.valueOf(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The transaction of the heartbeat sent for {@code chipId} in {@code epoch}, if one was sent. */
    public Optional<String> heartbeatTx(String chipId, long epoch) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT tx_hash FROM heartbeats WHERE chip_id = ? AND epoch = ?")) {
                s.setString(1, chipId);
                s.setLong(2, epoch);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putHeartbeat(String chipId, long epoch, String txHash, HeartbeatOutcome outcome) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO heartbeats (chip_id, epoch, tx_hash, outcome) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (chip_id, epoch) DO UPDATE SET outcome = excluded.outcome,"
                    + " tx_hash = COALESCE(excluded.tx_hash, heartbeats.tx_hash)")) {
                s.setString(1, chipId);
                s.setLong(2, epoch);
                s.setString(3, txHash);
                s.setString(4, outcome.name());
                return s.executeUpdate();
            }
        });
    }

    /** Heartbeats made and missed over all chips (uptime = made / (made + missed)). */
    public long count(HeartbeatOutcome outcome) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM heartbeats WHERE outcome = ?")) {
                s.setString(1, outcome.name());
                try (ResultSet r = s.executeQuery()) {
                    return r.getLong(1);
                }
            }
        });
    }
}
