package net.utilitynet.miner.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import net.utilitynet.wallet.secure.PrivateFiles;

/**
 * The miner's SQLite file ({@code miner.db}, WAL, {@code synchronous=FULL}, mode 0600): registered chips,
 * heartbeats made and missed, the rewards ledger, and the lease access credentials and grants of the provider side. Versioned migrations (V1, V2, …) run at open; rows survive
 * {@code kill -9}. One connection, used under this object's lock by {@link ChipBook} and the rewards ledger.
 */
public final class MinerDatabase implements AutoCloseable {
    private static final List<String> V1 = List.of(
            "CREATE TABLE chips (chip_id TEXT PRIMARY KEY, local_id TEXT NOT NULL, vendor TEXT NOT NULL, model TEXT NOT NULL,"
                    + " owner TEXT NOT NULL, payout TEXT NOT NULL, register_tx TEXT NOT NULL, created_at INTEGER NOT NULL)",
            "CREATE TABLE heartbeats (chip_id TEXT NOT NULL, epoch INTEGER NOT NULL, tx_hash TEXT, outcome TEXT NOT NULL,"
                    + " PRIMARY KEY (chip_id, epoch))",
            "CREATE TABLE blocks (number INTEGER PRIMARY KEY, hash TEXT NOT NULL, timestamp INTEGER NOT NULL, epoch INTEGER NOT NULL,"
                    + " claimed INTEGER NOT NULL, won INTEGER NOT NULL, reward_wei TEXT NOT NULL, fees_wei TEXT NOT NULL, expected_wei TEXT NOT NULL)",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    /** The lease provider's side: access credentials issued per lease (only a hash of a gateway token) and grant transactions sent. */
    private static final List<String> V2 = List.of(
            "CREATE TABLE lease_credentials (lease_id TEXT PRIMARY KEY, chip_id TEXT NOT NULL, token_sha256 TEXT UNIQUE,"
                    + " expires_at INTEGER NOT NULL, endpoint TEXT NOT NULL, via_hook INTEGER NOT NULL, issued_at INTEGER NOT NULL,"
                    + " revoked_at INTEGER)",
            "CREATE TABLE lease_grants (lease_id TEXT PRIMARY KEY, tx_hash TEXT NOT NULL, sent_at INTEGER NOT NULL)");
    private static final List<List<String>> MIGRATIONS = List.of(V1, V2);

    private final Connection db;

    private MinerDatabase(Connection db) {
        this.db = db;
    }

    public static MinerDatabase open(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                PrivateFiles.writeAtomically(file, new byte[0]);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            migrate(c);
            PrivateFiles.restrictToOwner(file);
            return new MinerDatabase(c);
        } catch (SQLException e) {
            throw new MinerStoreException("cannot open the miner database " + file + ": " + e.getMessage()
                    + "; check that the folder is writable and no other copy of the app uses it", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void migrate(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.getInt(1);
        }
        c.setAutoCommit(false);
        try {
            for (int v = version; v < MIGRATIONS.size(); v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + (v + 1));
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Work on the connection under this database's lock. */
    public synchronized <T> T with(SqlWork<T> work) {
        try {
            return work.apply(db);
        } catch (SQLException e) {
            throw new MinerStoreException("miner database: " + e.getMessage(), e);
        }
    }

    /** Work in one transaction (all or nothing). */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.apply(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MinerStoreException("miner database: " + e.getMessage(), e);
        }
    }

    public String meta(String key, String fallback) {
        return with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : fallback;
                }
            }
        });
    }

    public void putMeta(String key, String value) {
        with(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
                s.setString(1, key);
                s.setString(2, value);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new MinerStoreException("closing the miner database: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }
}
