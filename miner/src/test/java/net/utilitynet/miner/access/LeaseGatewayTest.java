package net.utilitynet.miner.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.store.MinerDatabase;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.AccessCheck;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease access gateway over real HTTP on loopback, with its credentials in a real {@code miner.db}: the lease state
 * it reads is set per test (the chain path is covered by {@code MarketEndToEndTest}).
 */
class LeaseGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String CHIP = "0x" + "ab".repeat(32);
    private static final Address RENTER = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address PROVIDER = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    @TempDir
    Path dir;
    private MinerDatabase db;
    private AccessCredentials credentials;
    private final AtomicReference<LeaseView> lease = new AtomicReference<>();
    private final AtomicReference<Optional<Chip>> chip = new AtomicReference<>(Optional.empty());
    private LeaseGateway gateway;
    private GatewayGrantIssuer issuer;

    @BeforeEach
    void start() {
        db = MinerDatabase.open(dir.resolve("miner.db"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        credentials = new AccessCredentials(db, clock);
        gateway = LeaseGateway.start("127.0.0.1", 0, credentials,
                id -> Optional.ofNullable(lease.get()).filter(l -> l.leaseId().equals(id)), id -> chip.get().filter(c -> id.equals(CHIP)));
        issuer = new GatewayGrantIssuer(credentials, gateway.url(), new SecureRandom());
    }

    @AfterEach
    void stop() {
        gateway.close();
        db.close();
    }

    /** Lease 7 of 2 hours, started {@code minutesAgo} before NOW, as the verified head (at NOW) shows it. */
    private static LeaseView lease(long minutesAgo, LeaseRecord.State state, LeaseRecord.EndReason reason) {
        long start = NOW.getEpochSecond() - minutesAgo * 60;
        long left = state == LeaseRecord.State.ACTIVE ? Math.max(0, start + 7200 - NOW.getEpochSecond()) : 0;
        return new LeaseView(BigInteger.valueOf(7), BigInteger.ONE, RENTER, PROVIDER, CHIP, Optional.of("H100 SXM5"), 2, 40, start,
                BigInteger.TEN, state, reason, 0, left, true, Optional.empty(), 57);
    }

    private static LeaseView active(long minutesAgo) {
        return lease(minutesAgo, LeaseRecord.State.ACTIVE, LeaseRecord.EndReason.NONE);
    }

    @Test
    void validToken_leaseAndChip_answer200WithTheLeaseAndLiveReadings() throws Exception {
        lease.set(active(30));
        chip.set(Optional.of(Chip.builder("NVIDIA", "NVIDIA H100 80GB HBM3", ChipSource.NVML).model("H100 SXM5")
                .memoryBytes(85_899_345_920L).utilisationPercent(37).temperatureCelsius(41).powerWatts(312.5).build()));
        AccessGrant grant = issuer.issue(lease.get());
        assertEquals(gateway.url().toString(), grant.endpoint());
        assertEquals(43, grant.credentials().length(), "256 random bits, base64url");
        assertEquals(Instant.parse("2026-11-25T11:30:00Z"), grant.expiresAt());

        AccessCheck.Result r = new AccessCheck().check(grant);
        assertTrue(r.ok(), r.toString());
        JsonNode l = JSON.readTree(r.lease().body());
        assertEquals("7", l.get("leaseId").asText());
        assertEquals(CHIP, l.get("chipId").asText());
        assertEquals("H100 SXM5", l.get("model").asText());
        assertEquals(2, l.get("hours").asInt());
        assertEquals("2026-11-25T09:30:00Z", l.get("startedAt").asText());
        assertEquals("2026-11-25T11:30:00Z", l.get("expiresAt").asText());
        assertEquals(5400, l.get("secondsLeft").asLong());
        assertEquals(RENTER.checksummed(), l.get("renter").asText());
        JsonNode c = JSON.readTree(r.chip().body());
        assertEquals("H100 SXM5", c.get("model").asText());
        assertFalse(c.get("simulated").asBoolean());
        assertEquals(85_899_345_920L, c.get("memoryBytes").asLong());
        assertEquals(37, c.get("utilizationPercent").asInt());
        assertEquals(41, c.get("temperatureCelsius").asInt());
    }

    @Test
    void simulatedChip_saysItIsSimulated_andChipGone_is503() throws Exception {
        lease.set(active(10));
        AccessGrant grant = issuer.issue(lease.get());
        assertEquals(503, new AccessCheck().check(grant).chip().status(), "the chip is not visible on this machine");
        chip.set(Optional.of(Chip.builder("UtilityNet devnet", "Simulated chip", ChipSource.SIMULATED).build()));
        JsonNode c = JSON.readTree(new AccessCheck().check(grant).chip().body());
        assertTrue(c.get("simulated").asBoolean());
        assertTrue(c.get("note").asText().contains("simulated"));
        assertFalse(c.has("memoryBytes"), "no made-up readings");
    }

    @Test
    void wrongOrMissingToken_is401() throws Exception {
        lease.set(active(30));
        AccessGrant grant = issuer.issue(lease.get());
        AccessGrant wrong = new AccessGrant(grant.leaseId(), grant.endpoint(), AccessCredentials.newToken(new SecureRandom()), grant.expiresAt());
        AccessCheck.Answer a = new AccessCheck().check(wrong).lease();
        assertEquals(401, a.status());
        assertEquals("unknown_token", JSON.readTree(a.body()).get("error").asText());

        HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/lease")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertEquals("missing_token", JSON.readTree(none.body()).get("error").asText());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void reissuedGrant_replacesTheOldToken() {
        lease.set(active(30));
        AccessGrant first = issuer.issue(lease.get());
        AccessGrant second = issuer.issue(lease.get());
        assertEquals(401, new AccessCheck().check(first).lease().status(), "a re-delivered grant's new token replaces the old one");
        assertEquals(200, new AccessCheck().check(second).lease().status());
    }

    @Test
    void leaseEndedEarly_is403WithTheReason() throws Exception {
        lease.set(active(30));
        AccessGrant grant = issuer.issue(lease.get());
        lease.set(lease(31, LeaseRecord.State.ENDED, LeaseRecord.EndReason.RENTER_ENDED));
        AccessCheck.Result r = new AccessCheck().check(grant);
        assertEquals(403, r.lease().status());
        assertEquals(403, r.chip().status());
        JsonNode e = JSON.readTree(r.lease().body());
        assertEquals("lease_ended", e.get("error").asText());
        assertTrue(e.get("message").asText().contains("ended early (renter ended)"), e.toString());
        issuer.revoke(lease.get());
        assertTrue(credentials.forLease(BigInteger.valueOf(7)).orElseThrow().revokedAt().isPresent());
        assertEquals(403, new AccessCheck().check(grant).lease().status(), "a revoked token still hears why");
    }

    @Test
    void expired_is410_atTheVerifiedHeadAndOnceEndedAsExpired() throws Exception {
        // still active in storage (nobody ended it), but the verified head's time is past its end
        lease.set(active(121));
        AccessGrant late = issuer.issue(lease.get());
        AccessCheck.Answer a = new AccessCheck().check(late).lease();
        assertEquals(410, a.status());
        assertEquals("lease_expired", JSON.readTree(a.body()).get("error").asText());
        assertTrue(JSON.readTree(a.body()).get("message").asText().contains("2026-11-25T09:59:00Z"));
        // ended on chain as expired
        lease.set(lease(150, LeaseRecord.State.ENDED, LeaseRecord.EndReason.EXPIRED));
        assertEquals(410, new AccessCheck().check(late).lease().status());
    }

    @Test
    void tokens_areKeptOnlyAsHashes_inAPrivateFile() throws Exception {
        lease.set(active(30));
        AccessGrant grant = issuer.issue(lease.get());
        db.close();
        db = MinerDatabase.open(dir.resolve("miner.db")); // checkpointed: every byte is on disk now
        byte[] file = Files.readAllBytes(dir.resolve("miner.db"));
        assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(grant.credentials()), "the token is not stored");
        assertTrue(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(AccessCredentials.sha256(grant.credentials())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("miner.db"))));
    }

    @Test
    void unknownPathAndMethod_areRefusedPlainly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/exec")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/lease"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
