package net.utilitynet.lightclient.store;

import net.utilitynet.lightclient.verify.TrustLevel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite (WAL) store of verified headers. Every write is one SQL transaction, so a {@code kill -9} leaves either
 * the whole batch or none of it, and a restarted sync resumes from {@link #head()}. Only verifiers write here:
 * everything in the store has been verified at the {@link TrustLevel} it is stored with.
 */
public final class HeaderStore implements AutoCloseable {
    private static final String[] MIGRATIONS = {"V1__headers.sql"};
    private static final String COLUMNS = "number, hash, parent_hash, rlp, trust";

    private final Connection db;

    private HeaderStore(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the store file and applies pending migrations. */
    public static HeaderStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("PRAGMA busy_timeout=5000");
            }
            migrate(db);
            db.setAutoCommit(false);
            return new HeaderStore(db);
        } catch (SQLException | IOException e) {
            throw new StoreException("header store " + file + ": cannot open (" + e.getMessage()
                    + "); check the path and permissions, or delete the file to re-sync", e);
        }
    }

    private static void migrate(Connection db) throws SQLException, IOException {
        int version;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        for (int v = version; v < MIGRATIONS.length; v++) {
            String sql;
            try (InputStream in = HeaderStore.class.getResourceAsStream(MIGRATIONS[v])) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        st.execute(stmt);
                    }
                }
                st.execute("PRAGMA user_version=" + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** Highest stored header, if any. */
    public synchronized Optional<StoredHeader> head() {
        return queryOne("SELECT " + COLUMNS + " FROM headers ORDER BY number DESC LIMIT 1");
    }

    public synchronized Optional<StoredHeader> byNumber(long number) {
        return queryOne("SELECT " + COLUMNS + " FROM headers WHERE number = ?", number);
    }

    public synchronized Optional<StoredHeader> byHash(byte[] hash) {
        return queryOne("SELECT " + COLUMNS + " FROM headers WHERE hash = ?", (Object) hash);
    }

    /** Headers with {@code from <= number <= to}, ascending. */
    public synchronized List<StoredHeader> range(long from, long to) {
        return query("SELECT " + COLUMNS + " FROM headers WHERE number BETWEEN ? AND ? ORDER BY number", from, to);
    }

    public synchronized long count() {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM headers"); ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("header store: count failed", e);
        }
    }

    /** Appends verified headers in one transaction; each must link to a stored predecessor when that one exists. */
    public synchronized void append(List<StoredHeader> headers) {
        replaceAbove(Long.MAX_VALUE, headers);
    }

    /**
     * Reorg in one transaction: deletes every header above {@code keepUpTo}, then appends {@code headers}.
     * Returns the removed headers, ascending.
     */
    public synchronized List<StoredHeader> replaceAbove(long keepUpTo, List<StoredHeader> headers) {
        try {
            List<StoredHeader> removed = keepUpTo == Long.MAX_VALUE ? List.of()
                    : query("SELECT " + COLUMNS + " FROM headers WHERE number > ? ORDER BY number", keepUpTo);
            if (keepUpTo != Long.MAX_VALUE) {
                try (PreparedStatement del = db.prepareStatement("DELETE FROM headers WHERE number > ?")) {
                    del.setLong(1, keepUpTo);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement ins = db.prepareStatement("INSERT OR REPLACE INTO headers(" + COLUMNS + ") VALUES (?,?,?,?,?)")) {
                StoredHeader previous = null;
                for (StoredHeader h : headers) {
                    StoredHeader parent = previous != null && previous.number() == h.number() - 1 ? previous
                            : findByNumber(h.number() - 1).orElse(null);
                    if (parent != null && !parent.hasHash(h.parentHash())) {
                        throw new StoreException("header store: block " + h.number()
                                + " does not link to stored block " + parent.number() + "; roll back before appending a fork");
                    }
                    ins.setLong(1, h.number());
                    ins.setBytes(2, h.hash());
                    ins.setBytes(3, h.parentHash());
                    ins.setBytes(4, h.rlp());
                    ins.setString(5, h.trust().name());
                    ins.addBatch();
                    previous = h;
                }
                ins.executeBatch();
            }
            db.commit();
            return removed;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("header store: write failed (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes every header above {@code number} (reorg roll-back); returns them, ascending. */
    public synchronized List<StoredHeader> rollbackAbove(long number) {
        return replaceAbove(number, List.of());
    }

    public synchronized void putMeta(String key, byte[] value) {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setBytes(2, value);
            ps.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("header store: cannot write " + key, e);
        }
    }

    public synchronized Optional<byte[]> meta(String key) {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("header store: cannot read " + key, e);
        }
    }

    public synchronized void putMetaLong(String key, long value) {
        putMeta(key, java.nio.ByteBuffer.allocate(8).putLong(value).array());
    }

    public synchronized Optional<Long> metaLong(String key) {
        return meta(key).map(b -> java.nio.ByteBuffer.wrap(b).getLong());
    }

    private Optional<StoredHeader> findByNumber(long number) throws SQLException {
        List<StoredHeader> found = rawQuery("SELECT " + COLUMNS + " FROM headers WHERE number = ?", number);
        return found.stream().findFirst();
    }

    private Optional<StoredHeader> queryOne(String sql, Object... args) {
        return query(sql, args).stream().findFirst();
    }

    private List<StoredHeader> query(String sql, Object... args) {
        try {
            return rawQuery(sql, args);
        } catch (SQLException e) {
            throw new StoreException("header store: read failed (" + e.getMessage() + ")", e);
        }
    }

    private List<StoredHeader> rawQuery(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<StoredHeader> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredHeader(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4),
                            TrustLevel.valueOf(rs.getString(5))));
                }
            }
            return out;
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("header store: close failed", e);
        }
    }

}
