package net.utilitynet.wallet.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a provider hands the renter of a lease, as JSON (encrypted with {@link GrantCipher}):
 * {@code {"leaseId":"7","endpoint":"ssh://…","credentials":"…","expiresAt":"2026-11-25T10:00:00Z"}}.
 * {@link #toString()} leaves the credentials out.
 */
public record AccessGrant(BigInteger leaseId, String endpoint, String credentials, Instant expiresAt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("leaseId", leaseId.toString());
        o.put("endpoint", endpoint);
        o.put("credentials", credentials);
        o.put("expiresAt", expiresAt.toString());
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a decrypted grant; the lease id inside must be the lease it was delivered for. */
    public static AccessGrant fromJson(byte[] json, BigInteger expectedLeaseId) {
        try {
            JsonNode o = JSON.readTree(json);
            AccessGrant g = new AccessGrant(new BigInteger(o.path("leaseId").asText()), o.path("endpoint").asText(),
                    o.path("credentials").asText(), Instant.parse(o.path("expiresAt").asText()));
            if (!g.leaseId.equals(expectedLeaseId)) {
                throw new MarketException(MarketException.Reason.GRANT_UNDECRYPTABLE,
                        "the access grant names lease " + g.leaseId + ", not lease " + expectedLeaseId);
            }
            return g;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MarketException m) {
                throw m;
            }
            throw new MarketException(MarketException.Reason.GRANT_UNDECRYPTABLE,
                    "the access grant of lease " + expectedLeaseId + " decrypted but is not the expected JSON (leaseId, endpoint, credentials, expiresAt)");
        }
    }

    @Override
    public String toString() {
        return "AccessGrant[lease " + leaseId + ", " + endpoint + ", expires " + expiresAt + ", credentials hidden]";
    }
}
