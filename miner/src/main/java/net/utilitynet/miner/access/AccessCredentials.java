package net.utilitynet.miner.access;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import net.utilitynet.miner.store.MinerDatabase;

/**
 * The access credential issued for each lease ({@code lease_credentials} in {@code miner.db}, mode 0600). A gateway
 * token is 256 random bits and only its SHA-256 is stored: a copy of the database does not let anyone in. A grant
 * made by the provider's hook is recorded without any secret, so that it can be revoked when the lease is over.
 */
public final class AccessCredentials {
    /** One lease's credential, without the secret. */
    public record Credential(BigInteger leaseId, String chipId, Instant expiresAt, String endpoint, boolean viaHook,
                             Optional<Instant> revokedAt) {
    }

    private final MinerDatabase db;
    private final Clock clock;

    public AccessCredentials(MinerDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A fresh bearer token: 256 bits from {@code random}, base64url without padding (43 characters). */
    public static String newToken(SecureRandom random) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Records a gateway token for {@code leaseId}; it replaces the lease's earlier one (a re-delivery gets new credentials). */
    public void issuedToken(BigInteger leaseId, String chipId, String token, Instant expiresAt, String endpoint) {
        put(leaseId, chipId, sha256(token), expiresAt, endpoint, false);
    }

    /** Records that the hook granted access to {@code leaseId} (no secret kept), so that it is revoked later. */
    public void issuedByHook(BigInteger leaseId, String chipId, Instant expiresAt, String endpoint) {
        put(leaseId, chipId, null, expiresAt, endpoint, true);
    }

    private void put(BigInteger leaseId, String chipId, String tokenSha256, Instant expiresAt, String endpoint, boolean viaHook) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO lease_credentials (lease_id, chip_id, token_sha256,"
                    + " expires_at, endpoint, via_hook, issued_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                s.setString(1, leaseId.toString());
                s.setString(2, chipId);
                if (tokenSha256 == null) {
                    s.setNull(3, Types.VARCHAR);
                } else {
                    s.setString(3, tokenSha256);
                }
                s.setLong(4, expiresAt.getEpochSecond());
                s.setString(5, endpoint);
                s.setInt(6, viaHook ? 1 : 0);
                s.setLong(7, clock.millis());
                return s.executeUpdate();
            }
        });
    }

    /** The credential a bearer token belongs to; empty for a token this provider never issued (or one replaced since). */
    public Optional<Credential> byToken(String token) {
        return one("token_sha256", sha256(token));
    }

    public Optional<Credential> forLease(BigInteger leaseId) {
        return one("lease_id", leaseId.toString());
    }

    /** Marks the lease's access as withdrawn (a revoked gateway token is still recognised, so the renter is told why it is refused). */
    public void revoked(BigInteger leaseId) {
        db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lease_credentials SET revoked_at = ? WHERE lease_id = ? AND revoked_at IS NULL")) {
                s.setLong(1, clock.millis());
                s.setString(2, leaseId.toString());
                return s.executeUpdate();
            }
        });
    }

    private Optional<Credential> one(String column, String value) {
        return db.with(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT lease_id, chip_id, expires_at, endpoint, via_hook, revoked_at"
                    + " FROM lease_credentials WHERE " + column + " = ?")) {
                s.setString(1, value);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.empty();
                }
            }
        });
    }

    private static Credential read(ResultSet r) throws SQLException {
        long revoked = r.getLong(6);
        Optional<Instant> revokedAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
        return new Credential(new BigInteger(r.getString(1)), r.getString(2), Instant.ofEpochSecond(r.getLong(3)), r.getString(4),
                r.getInt(5) == 1, revokedAt);
    }
}
