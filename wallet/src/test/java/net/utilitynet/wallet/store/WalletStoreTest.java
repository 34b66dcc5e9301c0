package net.utilitynet.wallet.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WalletLockedException;
import net.utilitynet.wallet.WrongPasswordException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.testnode.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

class WalletStoreTest {
    static final ScryptCost FAST = new ScryptCost(1 << 10, 8, 1);
    static final String DEV = "test test test test test test test test test test test junk";
    static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private WalletStore newDevWallet() {
        return WalletStore.create(dir.resolve("devnet.wallet"), "devnet", "correct horse".toCharArray(),
                Optional.of(Mnemonic.parse(DEV)), "", 60, FAST, RANDOM);
    }

    @Test
    void create_devMnemonic_firstAccountIsHardhatAccount0() {
        WalletStore s = newDevWallet();
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", s.accounts().get(0).address().checksummed());
        assertEquals("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", s.addHdAccount("Second").address().checksummed());
    }

    @Test
    void reopen_afterEdits_keepsEverythingAndFileHasNoPlaintext() throws Exception {
        WalletStore s = newDevWallet();
        s.addHdAccount("Savings");
        byte[] imported = Numeric.hexStringToByteArray("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
        s.importPrivateKey(imported, "Imported");
        s.addWatchOnly(Address.parse("0x90F79bf6EB2c4f870365E785982E1f101E93b906", "address"), "Cold");
        s.putAddressBookEntry(Address.parse("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "address"), "Alice");
        s.putMinerKey("vrf", new byte[] {1, 2, 3});
        s.setLabel(s.accounts().get(0).address(), "Main");
        s.lock();

        String raw = Files.readString(s.file(), StandardCharsets.UTF_8);
        for (String leak : new String[] {"junk", "Alice", "Savings", "5de4111a", "f39fd6e5", "WnKmcrf"}) {
            assertFalse(raw.toLowerCase().contains(leak.toLowerCase()), "file leaks " + leak);
        }
        if (s.file().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.file())));
        }

        WalletStore again = WalletStore.open(s.file(), RANDOM);
        assertTrue(again.isLocked());
        assertEquals("devnet", again.network());
        again.unlock("correct horse".toCharArray());
        assertEquals(4, again.accounts().size());
        assertArrayEquals(Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"), again.privateKey(again.accounts().get(0).address()));
        assertEquals("Main", again.accounts().get(0).label());
        assertEquals(AccountKind.WATCH_ONLY, again.accounts().get(3).kind());
        assertEquals("Alice", again.addressBook().get(0).name());
        assertArrayEquals(new byte[] {1, 2, 3}, again.minerKey("vrf").orElseThrow());
        assertArrayEquals(imported, again.privateKey(Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "a")));
        assertEquals(DEV, new String(again.mnemonicWords()));
    }

    @Test
    void unlock_wrongPassword_throwsWrongPassword() {
        WalletStore s = newDevWallet();
        s.lock();
        WrongPasswordException e = assertThrows(WrongPasswordException.class, () -> s.unlock("not the password".toCharArray()));
        assertEquals("password", e.field());
        assertTrue(s.isLocked());
    }

    @Test
    void unlock_headerTampered_failsAuthentication() throws Exception {
        WalletStore s = newDevWallet();
        s.lock();
        Files.writeString(s.file(), Files.readString(s.file()).replace("\"devnet\"", "\"mainnet\""));
        assertThrows(WrongPasswordException.class, () -> WalletStore.open(s.file(), RANDOM).unlock("correct horse".toCharArray()));
    }

    @Test
    void changePassword_oldFails_newWorks() {
        WalletStore s = newDevWallet();
        s.changePassword("correct horse".toCharArray(), "battery staple".toCharArray());
        s.lock();
        assertThrows(WrongPasswordException.class, () -> s.unlock("correct horse".toCharArray()));
        s.unlock("battery staple".toCharArray());
        assertEquals(1, s.accounts().size());
    }

    @Test
    void accounts_whenLocked_throwsLocked() {
        WalletStore s = newDevWallet();
        s.lock();
        assertThrows(WalletLockedException.class, s::accounts);
        assertFalse(s.toString().contains("junk"));
    }

    @Test
    void create_existingFile_refusesToOverwrite() {
        newDevWallet();
        InvalidInputException e = assertThrows(InvalidInputException.class, this::newDevWallet);
        assertTrue(e.getMessage().contains("already exists"));
    }

    @Test
    void privateKey_watchOnly_namesFix() {
        WalletStore s = newDevWallet();
        Address cold = Address.parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906", "address");
        s.addWatchOnly(cold, "Cold");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.privateKey(cold));
        assertTrue(e.getMessage().contains("watch-only"));
    }

    @Test
    void autoLock_idlePastTimeout_locksAndTouchPostpones() {
        WalletStore s = newDevWallet();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AutoLock lock = new AutoLock(s, Duration.ofMinutes(5), clock);
        clock.advance(Duration.ofMinutes(4));
        assertFalse(lock.check());
        lock.touch();
        clock.advance(Duration.ofMinutes(4));
        assertFalse(lock.check());
        assertFalse(s.isLocked());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(lock.check());
        assertTrue(s.isLocked());
    }

    @Test
    void autoLock_timeoutShortenedWhileIdle_locksAtNextCheckFromLastActivity() {
        WalletStore s = newDevWallet();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AutoLock lock = new AutoLock(s, Duration.ofMinutes(15), clock);
        clock.advance(Duration.ofMinutes(6));
        assertFalse(lock.check());
        lock.setTimeout(Duration.ofMinutes(10));
        assertFalse(lock.check(), "6 idle minutes < 10");
        lock.setTimeout(Duration.ofMinutes(5));
        assertTrue(lock.check(), "the 6 idle minutes already passed count against the new 5");
        assertThrows(IllegalArgumentException.class, () -> lock.setTimeout(Duration.ZERO));
    }
}
