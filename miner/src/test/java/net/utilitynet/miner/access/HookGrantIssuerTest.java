package net.utilitynet.miner.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.utilitynet.miner.store.MinerDatabase;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider's grant hook: a real shell script in a temp folder, run as a process. */
class HookGrantIssuerTest {
    private static final String CHIP = "0x" + "cd".repeat(32);

    @TempDir
    Path dir;
    private MinerDatabase db;
    private AccessCredentials credentials;

    @BeforeEach
    void open() {
        db = MinerDatabase.open(dir.resolve("miner.db"));
        credentials = new AccessCredentials(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path hook(String body) throws Exception {
        Path script = dir.resolve("grant-hook.sh");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static LeaseView lease(LeaseRecord.State state) {
        return new LeaseView(BigInteger.valueOf(12), BigInteger.ONE, Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
                Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"), CHIP, Optional.of("Simulated chip"), 3, 10, 1_764_064_800L,
                BigInteger.TEN, state, state == LeaseRecord.State.ACTIVE ? LeaseRecord.EndReason.NONE : LeaseRecord.EndReason.PROVIDER_ENDED,
                0, state == LeaseRecord.State.ACTIVE ? 600 : 0, true, Optional.empty(), 20);
    }

    @Test
    void issueThenRevoke_runsTheHookWithArgumentsAndEnvironment() throws Exception {
        Path log = dir.resolve("calls.txt");
        HookGrantIssuer issuer = new HookGrantIssuer(hook("echo \"$@ | $UTILITYNET_LEASE_ID $UTILITYNET_CHIP_ID $UTILITYNET_EXPIRES_AT"
                + " $UTILITYNET_RENTER $UTILITYNET_LEASE_HOURS\" >> " + log + "\n"
                + "if [ \"$1\" = issue ]; then echo '{\"endpoint\":\"ssh://lease'$2'@gpu.example.org:22\",\"credentials\":\"pw-'$2'-x9\"}'; fi\n"),
                credentials, Duration.ofSeconds(20));
        AccessGrant g = issuer.issue(lease(LeaseRecord.State.ACTIVE));
        assertEquals("ssh://lease12@gpu.example.org:22", g.endpoint());
        assertEquals("pw-12-x9", g.credentials());
        Instant expires = Instant.ofEpochSecond(1_764_064_800L + 3 * 3600);
        assertEquals(expires, g.expiresAt());
        AccessCredentials.Credential c = credentials.forLease(BigInteger.valueOf(12)).orElseThrow();
        assertTrue(c.viaHook());
        assertEquals("ssh://lease12@gpu.example.org:22", c.endpoint());
        assertFalse(new String(Files.readAllBytes(dir.resolve("miner.db")), java.nio.charset.StandardCharsets.ISO_8859_1).contains("pw-12-x9"),
                "the hook's credentials are not kept");

        issuer.revoke(lease(LeaseRecord.State.ENDED));
        issuer.revoke(lease(LeaseRecord.State.ENDED)); // already revoked: the hook is not run again
        assertTrue(credentials.forLease(BigInteger.valueOf(12)).orElseThrow().revokedAt().isPresent());
        List<String> calls = Files.readAllLines(log);
        String env = " | 12 " + CHIP + " " + expires + " 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 3";
        assertEquals(List.of("issue 12 " + CHIP + " " + expires + env, "revoke 12" + env), calls);
    }

    @Test
    void failingHook_isReportedWithStatusAndStderr_andNothingIsRecorded() throws Exception {
        HookGrantIssuer issuer = new HookGrantIssuer(hook("echo 'no free container slot' >&2\nexit 3\n"), credentials, Duration.ofSeconds(20));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> issuer.issue(lease(LeaseRecord.State.ACTIVE)));
        assertTrue(e.getMessage().contains("issue for lease 12 exited with status 3: no free container slot"), e.getMessage());
        assertTrue(e.getMessage().contains("run again on the next block"), e.getMessage());
        assertTrue(credentials.forLease(BigInteger.valueOf(12)).isEmpty());
    }

    @Test
    void hookPrintingNoJson_isExplained() throws Exception {
        HookGrantIssuer issuer = new HookGrantIssuer(hook("echo 'ready'\n"), credentials, Duration.ofSeconds(20));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> issuer.issue(lease(LeaseRecord.State.ACTIVE)));
        assertTrue(e.getMessage().contains("{\"endpoint\":\"…\",\"credentials\":\"…\"}"), e.getMessage());
        HookGrantIssuer noCreds = new HookGrantIssuer(hook("echo '{\"endpoint\":\"ssh://x\"}'\n"), credentials, Duration.ofSeconds(20));
        assertThrows(IllegalStateException.class, () -> noCreds.issue(lease(LeaseRecord.State.ACTIVE)));
    }

    @Test
    void slowHook_isStoppedAtTheTimeout() throws Exception {
        HookGrantIssuer issuer = new HookGrantIssuer(hook("sleep 30\n"), credentials, Duration.ofSeconds(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> issuer.issue(lease(LeaseRecord.State.ACTIVE)));
        assertTrue(e.getMessage().contains("did not finish within 1 s"), e.getMessage());
    }

    @Test
    void config_namesTheBadField() throws Exception {
        assertTrue(assertThrows(InvalidInputException.class, () -> AccessConfig.parse("", 70000, "", "")).getMessage().startsWith("gateway port"));
        assertTrue(assertThrows(InvalidInputException.class, () -> AccessConfig.parse("0.0.0.0", 8646, "ftp://x", ""))
                .getMessage().startsWith("gateway public URL"));
        assertTrue(assertThrows(InvalidInputException.class, () -> AccessConfig.parse("0.0.0.0", 8646, "", ""))
                .getMessage().contains("needed when the gateway listens on every interface"));
        Path notExecutable = Files.writeString(dir.resolve("hook.txt"), "echo");
        assertEquals("grant hook", assertThrows(InvalidInputException.class, () -> AccessConfig.parse("", 0, "", notExecutable.toString())).field());
        AccessConfig ok = AccessConfig.parse(" ", 0, "https://gpu.example.org:8646", hook("exit 0\n").toString());
        assertEquals("127.0.0.1", ok.host());
        assertEquals("gpu.example.org", ok.publicUrl().orElseThrow().getHost());
    }
}
