package net.utilitynet.miner.market;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.miner.store.MinerDatabase;

/**
 * The grant transaction sent for each lease ({@code lease_grants} in {@code miner.db}), so that a restart neither
 * issues new credentials for a grant still on its way nor forgets one whose transaction was dropped (that one is
 * sent again).
 */
public final class DeliveredGrants {
    private final MinerDatabase db;
    private final Clock clock;

    public DeliveredGrants(MinerDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The latest grant transaction sent for {@code leaseId}. */
    public Optional<String> tx(BigInteger leaseId) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT tx_hash FROM lease_grants WHERE lease_id = ?")) {
                s.setString(1, leaseId.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records (or replaces, on a re-delivery) the grant transaction of {@code leaseId}. */
    public void sent(BigInteger leaseId, String txHash) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO lease_grants (lease_id, tx_hash, sent_at) VALUES (?, ?, ?)")) {
                s.setString(1, leaseId.toString());
                s.setString(2, txHash);
                s.setLong(3, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    /** Every lease's grant transaction, by lease id. */
    public Map<BigInteger, String> all() {
        return db.with(c -> {
            Map<BigInteger, String> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT lease_id, tx_hash FROM lease_grants ORDER BY sent_at");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(new BigInteger(r.getString(1)), r.getString(2));
                }
            }
            return out;
        });
    }
}
