package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.app.wallet.WalletService.Status;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' auto-lock minutes reach the open wallet at once (as {@code WalletWiring} connects them), on an injected clock. */
class WalletAutoLockTest {
    @TempDir
    Path dir;
    WalletService service;

    /** Time moves only when the test says so. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void applyAutoLock_settingChangedWhileUnlocked_newIdleTimeAppliesWithoutRestart() throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        services.settings.update(s -> s.withAutoLockMinutes(15)).get();
        TestClock clock = new TestClock();
        service = new WalletService(dir.resolve("wallet"), new WalletNetwork("devnet", "Local devnet", 21844, Optional.empty()),
                new DisconnectedChain("Local devnet"), () -> Duration.ofMinutes(services.settings.current().autoLockMinutes()),
                OnboardingViewModelTest.TEST_COST, Runnable::run, clock);
        services.settings.settings().subscribe(s -> service.applyAutoLock());
        service.start().get();
        service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], "Correct-Horse-7".toCharArray()).get();

        clock.advance(Duration.ofMinutes(6));
        assertFalse(service.wallet().orElseThrow().autoLock().check(), "6 idle minutes < 15");
        services.settings.update(s -> s.withAutoLockMinutes(5)).get();
        assertTrue(service.wallet().orElseThrow().autoLock().check(), "6 idle minutes > the new 5, without a restart");
        assertEquals(Status.LOCKED, service.refresh().get().status());

        service.unlock("Correct-Horse-7".toCharArray()).get();
        services.settings.update(s -> s.withAutoLockMinutes(0)).get();
        clock.advance(Duration.ofDays(365));
        assertFalse(service.wallet().orElseThrow().autoLock().check(), "0 = never");
        services.settings.update(s -> s.withAutoLockMinutes(1)).get();
        assertTrue(service.wallet().orElseThrow().autoLock().check());
    }
}
