package net.utilitynet.wallet.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.secure.PrivateFiles;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TxParams;

/**
 * SQLite store of signed transactions (WAL, synchronous=FULL, file 0600). A transaction is
 * committed here before it is broadcast, so a crash at any point loses nothing. Holds no private
 * keys: signed bytes are public once broadcast. Thread-safe (one connection, synchronised).
 */
public final class Outbox implements AutoCloseable {
    private static final String COLUMNS = "hash, sender, chain_id, nonce, to_addr, value, gas_limit, data, tx_type, max_fee, priority_fee,"
            + " gas_price, raw, kind, replaces, state, broadcasts, last_error, block_number, block_hash, confirmations, created_at";

    private final Connection db;
    private final Clock clock;

    private Outbox(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static Outbox open(Path file, Clock clock) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                PrivateFiles.writeAtomically(file, new byte[0]); // create it 0600 before SQLite touches it
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS outbox (hash TEXT PRIMARY KEY, sender TEXT NOT NULL, chain_id INTEGER NOT NULL,"
                        + " nonce TEXT NOT NULL, to_addr TEXT, value TEXT NOT NULL, gas_limit TEXT NOT NULL, data BLOB NOT NULL,"
                        + " tx_type INTEGER NOT NULL, max_fee TEXT, priority_fee TEXT, gas_price TEXT, raw BLOB NOT NULL,"
                        + " kind TEXT NOT NULL, replaces TEXT, state TEXT NOT NULL, broadcasts INTEGER NOT NULL DEFAULT 0,"
                        + " last_error TEXT, block_number INTEGER NOT NULL DEFAULT -1, block_hash TEXT, confirmations INTEGER NOT NULL DEFAULT 0,"
                        + " created_at INTEGER NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS outbox_sender_nonce ON outbox(sender, nonce)");
                addDroppedAtBlock(s);
            }
            PrivateFiles.restrictToOwner(file);
            return new Outbox(c, clock);
        } catch (SQLException e) {
            throw new WalletException("cannot open the transaction outbox " + file + ": " + e.getMessage()
                    + "; check that the folder is writable and no other copy of the app uses it", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code dropped_at_block}: the verified head at which the tracker judged a row dropped (-1 otherwise), so that
     * recently dropped rows are looked up again for a while. Added to outboxes created before it existed.
     */
    private static void addDroppedAtBlock(Statement s) throws SQLException {
        try (ResultSet columns = s.executeQuery("PRAGMA table_info(outbox)")) {
            while (columns.next()) {
                if ("dropped_at_block".equals(columns.getString("name"))) {
                    return;
                }
            }
        }
        s.execute("ALTER TABLE outbox ADD COLUMN dropped_at_block INTEGER NOT NULL DEFAULT -1");
    }

    /** Durably records a signed transaction in state SIGNED; call before broadcasting. Idempotent. */
    public synchronized OutboxEntry store(SignedTx tx, OutboxEntry.Kind kind, Optional<String> replaces) {
        TxParams p = tx.params();
        try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO outbox (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,NULL,-1,NULL,0,?)")) {
            s.setString(1, tx.hash());
            s.setString(2, tx.from().lower());
            s.setLong(3, p.chainId());
            s.setString(4, p.nonce().toString());
            s.setString(5, p.to() == null ? null : p.to().lower());
            s.setString(6, p.valueWei().toString());
            s.setString(7, p.gasLimit().toString());
            s.setBytes(8, p.data());
            if (p.fees() instanceof Fees.Eip1559 f) {
                s.setInt(9, 2);
                s.setString(10, f.maxFeePerGas().toString());
                s.setString(11, f.maxPriorityFeePerGas().toString());
                s.setString(12, null);
            } else {
                s.setInt(9, 0);
                s.setString(10, null);
                s.setString(11, null);
                s.setString(12, ((Fees.Legacy) p.fees()).gasPrice().toString());
            }
            s.setBytes(13, tx.raw());
            s.setString(14, kind.name());
            s.setString(15, replaces.orElse(null));
            s.setString(16, OutboxState.SIGNED.name());
            s.setLong(17, clock.millis());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("store the signed transaction", e);
        }
        return find(tx.hash()).orElseThrow();
    }

    public synchronized Optional<OutboxEntry> find(String hash) {
        List<OutboxEntry> rows = query("SELECT " + COLUMNS + " FROM outbox WHERE hash = ?", hash);
        return rows.stream().findFirst();
    }

    /** Rows in any of {@code states}, oldest first. */
    public synchronized List<OutboxEntry> inStates(OutboxState... states) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < states.length; i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        Object[] names = java.util.Arrays.stream(states).map(Enum::name).toArray();
        return query("SELECT " + COLUMNS + " FROM outbox WHERE state IN (" + in + ") ORDER BY created_at, rowid", names);
    }

    public synchronized List<OutboxEntry> forSender(Address sender) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE sender = ? ORDER BY created_at, rowid", sender.lower());
    }

    /** Highest nonce among this sender's open (signed, pending or included) transactions. */
    public synchronized Optional<BigInteger> highestOpenNonce(Address sender) {
        return forSender(sender).stream().filter(e -> e.state().isOpen()).map(e -> e.params().nonce()).max(BigInteger::compareTo);
    }

    /** Records a broadcast attempt: its outcome and, when the node acknowledged it, the move to PENDING. */
    public synchronized void recordBroadcast(String hash, boolean acknowledged, String error) {
        update("UPDATE outbox SET broadcasts = broadcasts + 1, last_error = ?,"
                + " state = CASE WHEN ? AND state = 'SIGNED' THEN 'PENDING' ELSE state END WHERE hash = ?", error, acknowledged, hash);
    }

    /** Rows the tracker marked DROPPED at verified head {@code block} or later, oldest first. */
    public synchronized List<OutboxEntry> droppedSince(long block) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE state = 'DROPPED' AND dropped_at_block >= ? ORDER BY created_at, rowid", block);
    }

    /** The tracker's verdict that a row can never be included, judged at verified head {@code atBlock}. */
    public synchronized void markDropped(String hash, long atBlock) {
        update("UPDATE outbox SET state = 'DROPPED', block_number = -1, block_hash = NULL, confirmations = 0, dropped_at_block = ?"
                + " WHERE hash = ?", atBlock, hash);
    }

    public synchronized void setState(String hash, OutboxState state, long blockNumber, String blockHash, long confirmations) {
        update("UPDATE outbox SET state = ?, block_number = ?, block_hash = ?, confirmations = ? WHERE hash = ?",
                state.name(), blockNumber, blockHash, confirmations, hash);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    private List<OutboxEntry> query(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private static OutboxEntry row(ResultSet r) throws SQLException {
        Fees fees = r.getInt("tx_type") == 2
                ? new Fees.Eip1559(new BigInteger(r.getString("max_fee")), new BigInteger(r.getString("priority_fee")))
                : new Fees.Legacy(new BigInteger(r.getString("gas_price")));
        String to = r.getString("to_addr");
        TxParams p = new TxParams(r.getLong("chain_id"), new BigInteger(r.getString("nonce")), to == null ? null : Address.ofTrusted(to),
                new BigInteger(r.getString("value")), new BigInteger(r.getString("gas_limit")), r.getBytes("data"), fees);
        return new OutboxEntry(r.getString("hash"), Address.ofTrusted(r.getString("sender")), p, r.getBytes("raw"),
                OutboxEntry.Kind.valueOf(r.getString("kind")), Optional.ofNullable(r.getString("replaces")),
                OutboxState.valueOf(r.getString("state")), r.getInt("broadcasts"), Optional.ofNullable(r.getString("last_error")),
                r.getLong("block_number"), r.getString("block_hash"), r.getLong("confirmations"), Instant.ofEpochMilli(r.getLong("created_at")));
    }

    private static WalletException failure(String what, SQLException e) {
        return new WalletException("the transaction outbox could not " + what + ": " + e.getMessage(), e);
    }
}
