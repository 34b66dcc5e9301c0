package net.utilitynet.devnet.store;

import java.math.BigInteger;
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
import java.util.Map;
import java.util.Optional;

/**
 * The devnet's SQLite database (WAL). A block, its transactions, receipts, logs, address index, the new
 * state-trie nodes and the head pointer are committed in one SQL transaction, so after a crash (even
 * {@code kill -9}) the head is a block whose state and receipts are all present. Writes go through one
 * connection, reads through another, so RPC reads proceed while a block is committed.
 */
public final class ChainStore implements AutoCloseable {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS blocks(number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, header BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS txs(hash BLOB PRIMARY KEY, block_number INTEGER NOT NULL, idx INTEGER NOT NULL,
                type INTEGER NOT NULL, raw BLOB NOT NULL, sender BLOB NOT NULL, recipient BLOB, nonce INTEGER NOT NULL,
                value BLOB NOT NULL, success INTEGER NOT NULL, gas_used INTEGER NOT NULL, cumulative_gas INTEGER NOT NULL,
                gas_price BLOB NOT NULL, receipt BLOB NOT NULL);
            CREATE UNIQUE INDEX IF NOT EXISTS txs_position ON txs(block_number, idx);
            CREATE TABLE IF NOT EXISTS logs(block_number INTEGER NOT NULL, log_index INTEGER NOT NULL, tx_index INTEGER NOT NULL,
                tx_hash BLOB NOT NULL, address BLOB NOT NULL, topics BLOB NOT NULL, data BLOB NOT NULL,
                PRIMARY KEY(block_number, log_index)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS logs_address ON logs(address, block_number);
            CREATE TABLE IF NOT EXISTS address_txs(address BLOB NOT NULL, block_number INTEGER NOT NULL, idx INTEGER NOT NULL,
                PRIMARY KEY(address, block_number, idx)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS trie_nodes(hash BLOB PRIMARY KEY, node BLOB NOT NULL) WITHOUT ROWID;
            """;
    private static final String HEAD = "head";

    private final Connection writer;
    private final Connection reader;

    private ChainStore(Connection writer, Connection reader) {
        this.writer = writer;
        this.reader = reader;
    }

    public static ChainStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            String url = "jdbc:sqlite:" + dataDir.resolve("chain.db").toAbsolutePath();
            Connection w = DriverManager.getConnection(url);
            try (Statement st = w.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode: a commit is in the WAL before it returns, so a killed process loses
                // nothing committed; only an OS crash or power loss may drop the last few blocks.
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
            w.setAutoCommit(false);
            w.commit();
            Connection r = DriverManager.getConnection(url);
            try (Statement st = r.createStatement()) {
                st.execute("PRAGMA busy_timeout=5000");
            }
            return new ChainStore(w, r);
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the chain database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The stored head block number, or empty for a fresh database. */
    public Optional<Long> head() {
        byte[] v = meta(HEAD);
        return v == null ? Optional.empty() : Optional.of(Long.parseLong(new String(v, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    /** Commits a block with its new trie nodes and extra metadata atomically, and makes it the head. */
    public void commitBlock(BlockRecord block, Map<byte[], byte[]> trieNodes, Map<String, byte[]> extraMeta) {
        synchronized (writer) {
            commitLocked(block, trieNodes, extraMeta);
        }
    }

    private void commitLocked(BlockRecord block, Map<byte[], byte[]> trieNodes, Map<String, byte[]> extraMeta) {
        try {
            try (PreparedStatement ps = writer.prepareStatement("INSERT INTO blocks(number, hash, header) VALUES (?,?,?)")) {
                ps.setLong(1, block.number());
                ps.setBytes(2, block.hash());
                ps.setBytes(3, block.header());
                ps.executeUpdate();
            }
            insertTxs(block);
            insertLogs(block);
            try (PreparedStatement ps = writer.prepareStatement("INSERT OR IGNORE INTO trie_nodes(hash, node) VALUES (?,?)")) {
                for (Map.Entry<byte[], byte[]> n : trieNodes.entrySet()) {
                    ps.setBytes(1, n.getKey());
                    ps.setBytes(2, n.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (Map.Entry<String, byte[]> m : extraMeta.entrySet()) {
                putMeta(m.getKey(), m.getValue());
            }
            putMeta(HEAD, Long.toString(block.number()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            writer.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot store block " + block.number() + ": " + e.getMessage(), e);
        }
    }

    private void insertTxs(BlockRecord block) throws SQLException {
        try (PreparedStatement tx = writer.prepareStatement("INSERT INTO txs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement idx = writer.prepareStatement("INSERT OR IGNORE INTO address_txs VALUES (?,?,?)")) {
            for (TxRecord t : block.txs()) {
                tx.setBytes(1, t.hash());
                tx.setLong(2, block.number());
                tx.setInt(3, t.index());
                tx.setInt(4, t.type());
                tx.setBytes(5, t.raw());
                tx.setBytes(6, t.from());
                tx.setBytes(7, t.to());
                tx.setLong(8, t.nonce());
                tx.setBytes(9, t.value().toByteArray());
                tx.setInt(10, t.success() ? 1 : 0);
                tx.setLong(11, t.gasUsed());
                tx.setLong(12, t.cumulativeGasUsed());
                tx.setBytes(13, t.effectiveGasPrice().toByteArray());
                tx.setBytes(14, t.receipt());
                tx.addBatch();
                for (byte[] party : t.to() == null ? new byte[][] {t.from()} : new byte[][] {t.from(), t.to()}) {
                    idx.setBytes(1, party);
                    idx.setLong(2, block.number());
                    idx.setInt(3, t.index());
                    idx.addBatch();
                }
            }
            tx.executeBatch();
            idx.executeBatch();
        }
    }

    private void insertLogs(BlockRecord block) throws SQLException {
        try (PreparedStatement ps = writer.prepareStatement("INSERT INTO logs VALUES (?,?,?,?,?,?,?)")) {
            for (LogRecord l : block.logs()) {
                ps.setLong(1, block.number());
                ps.setInt(2, l.logIndex());
                ps.setInt(3, l.txIndex());
                ps.setBytes(4, l.txHash());
                ps.setBytes(5, l.address());
                ps.setBytes(6, concat(l.topics()));
                ps.setBytes(7, l.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void putMeta(String key, byte[] value) throws SQLException {
        try (PreparedStatement ps = writer.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)")) {
            ps.setString(1, key);
            ps.setBytes(2, value);
            ps.executeUpdate();
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    // ---- reads ----

    public byte[] meta(String key) {
        return queryOne("SELECT value FROM meta WHERE key = ?", ps -> ps.setString(1, key), rs -> rs.getBytes(1));
    }

    /** The header encoding of block {@code number}, or null. */
    public byte[] headerByNumber(long number) {
        return queryOne("SELECT header FROM blocks WHERE number = ?", ps -> ps.setLong(1, number), rs -> rs.getBytes(1));
    }

    /** The number of the block with this hash, or null. */
    public Long numberByHash(byte[] hash) {
        return queryOne("SELECT number FROM blocks WHERE hash = ?", ps -> ps.setBytes(1, hash), rs -> rs.getLong(1));
    }

    public byte[] blockHash(long number) {
        return queryOne("SELECT hash FROM blocks WHERE number = ?", ps -> ps.setLong(1, number), rs -> rs.getBytes(1));
    }

    public List<TxRecord> txsOfBlock(long number) {
        return queryAll("SELECT * FROM txs WHERE block_number = ? ORDER BY idx", ps -> ps.setLong(1, number), ChainStore::txRecord);
    }

    /** The transaction with this hash and the number of its block, or null. */
    public Located<TxRecord> tx(byte[] hash) {
        return queryOne("SELECT * FROM txs WHERE hash = ?", ps -> ps.setBytes(1, hash),
                rs -> new Located<>(rs.getLong("block_number"), txRecord(rs)));
    }

    /** A stored value and the number of the block that holds it. */
    public record Located<T>(long blockNumber, T value) {
    }

    /** Transactions from or to {@code address}, oldest first, starting at {@code fromBlock}. */
    public List<Located<TxRecord>> txsOfAddress(byte[] address, long fromBlock, int limit) {
        return queryAll("SELECT t.* FROM address_txs a JOIN txs t ON t.block_number = a.block_number AND t.idx = a.idx "
                        + "WHERE a.address = ? AND a.block_number >= ? ORDER BY a.block_number, a.idx LIMIT ?",
                ps -> {
                    ps.setBytes(1, address);
                    ps.setLong(2, fromBlock);
                    ps.setInt(3, limit);
                },
                rs -> new Located<>(rs.getLong("block_number"), txRecord(rs)));
    }

    /** Logs in blocks {@code from..to}, optionally only those emitted by one of {@code addresses}. */
    public List<LogRecord> logs(long from, long to, List<byte[]> addresses) {
        StringBuilder sql = new StringBuilder("SELECT l.*, b.hash FROM logs l JOIN blocks b ON b.number = l.block_number "
                + "WHERE l.block_number BETWEEN ? AND ?");
        if (!addresses.isEmpty()) {
            sql.append(" AND l.address IN (").append("?,".repeat(addresses.size() - 1)).append("?)");
        }
        sql.append(" ORDER BY l.block_number, l.log_index");
        return queryAll(sql.toString(), ps -> {
            ps.setLong(1, from);
            ps.setLong(2, to);
            for (int i = 0; i < addresses.size(); i++) {
                ps.setBytes(3 + i, addresses.get(i));
            }
        }, rs -> new LogRecord(rs.getLong("block_number"), rs.getBytes("hash"), rs.getInt("log_index"), rs.getInt("tx_index"),
                rs.getBytes("tx_hash"), rs.getBytes("address"), split(rs.getBytes("topics")), rs.getBytes("data")));
    }

    public byte[] trieNode(byte[] hash) {
        return queryOne("SELECT node FROM trie_nodes WHERE hash = ?", ps -> ps.setBytes(1, hash), rs -> rs.getBytes(1));
    }

    private static TxRecord txRecord(ResultSet rs) throws SQLException {
        return new TxRecord(rs.getBytes("hash"), rs.getInt("idx"), rs.getInt("type"), rs.getBytes("raw"), rs.getBytes("sender"),
                rs.getBytes("recipient"), rs.getLong("nonce"), new BigInteger(rs.getBytes("value")), rs.getInt("success") == 1,
                rs.getLong("gas_used"), rs.getLong("cumulative_gas"), new BigInteger(rs.getBytes("gas_price")), rs.getBytes("receipt"));
    }

    private static byte[] concat(List<byte[]> topics) {
        byte[] out = new byte[32 * topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            System.arraycopy(topics.get(i), 0, out, 32 * i, 32);
        }
        return out;
    }

    private static List<byte[]> split(byte[] topics) {
        List<byte[]> out = new ArrayList<>(topics.length / 32);
        for (int i = 0; i < topics.length; i += 32) {
            out.add(java.util.Arrays.copyOfRange(topics, i, i + 32));
        }
        return out;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T queryOne(String sql, Binder binder, Row<T> row) {
        List<T> all = queryAll(sql, binder, row);
        return all.isEmpty() ? null : all.get(0);
    }

    private <T> List<T> queryAll(String sql, Binder binder, Row<T> row) {
        synchronized (reader) {
            return queryLocked(sql, binder, row);
        }
    }

    private <T> List<T> queryLocked(String sql, Binder binder, Row<T> row) {
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("chain database read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (writer) {
            synchronized (reader) {
                closeLocked();
            }
        }
    }

    private void closeLocked() {
        try {
            writer.close();
            reader.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the chain database: " + e.getMessage(), e);
        }
    }
}
