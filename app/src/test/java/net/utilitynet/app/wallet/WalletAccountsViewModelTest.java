package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.KeystoreFile;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.store.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts card's actions on a real encrypted wallet file: keystore export, recovery words. */
class WalletAccountsViewModelTest {
    static final String PASSWORD = "Correct-Horse-7";

    @TempDir
    Path dir;
    WalletService service;
    WalletViewModel model;
    Account first;
    Mnemonic words;

    @BeforeEach
    void open() throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        service = new WalletService(dir.resolve("wallet"), new WalletNetwork("devnet", "Local devnet", 21844, Optional.empty()),
                new DisconnectedChain("Local devnet"), () -> Duration.ofMinutes(15), OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        words = Mnemonic.generate(12, new SecureRandom());
        first = service.create(words, new char[0], PASSWORD.toCharArray()).get();
        model = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
    }

    @AfterEach
    void close() {
        model.dispose();
        service.close();
    }

    @Test
    void exportKeystore_rightPasswords_writesOwnerOnlyV3FileThatDecryptsToTheSameAddress() throws Exception {
        Path file = dir.resolve("export").resolve("account.json");
        Files.createDirectories(file.getParent());
        assertEquals(file, model.exportKeystore(first, PASSWORD.toCharArray(), "file-pass-9".toCharArray(), file).get());
        assertFalse(model.exporting().get());
        assertEquals("", model.accountError().get());
        assertTrue(model.accountNotice().get().startsWith("Exported " + first.address().checksummed() + " to " + file), model.accountNotice().get());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        KeystoreFile keystore = KeystoreFile.read(file);
        assertEquals(Optional.of(first.address()), keystore.declaredAddress());
        assertTrue(Files.readString(file).contains("\"scrypt\""));
        assertEquals(first.address(), Address.ofBytes(Secp256k1.address(keystore.decrypt("file-pass-9".toCharArray()))));
    }

    @Test
    void exportKeystore_wrongWalletPasswordOrExistingFile_saysSoAndWritesNothing() throws Exception {
        Path file = dir.resolve("account.json");
        assertThrows(ExecutionException.class, () -> model.exportKeystore(first, "nope".toCharArray(), "x".toCharArray(), file).get());
        assertTrue(model.accountError().get().contains("wrong password"), model.accountError().get());
        assertFalse(Files.exists(file));
        assertEquals("", model.accountNotice().get());
        assertFalse(model.exporting().get());
        Files.writeString(file, "keep me");
        assertThrows(ExecutionException.class, () -> model.exportKeystore(first, PASSWORD.toCharArray(), "x".toCharArray(), file).get());
        assertTrue(model.accountError().get().contains(file + " already exists"), model.accountError().get());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void exportKeystore_watchOnlyAccount_refusedNamingTheReason() throws Exception {
        Account watched = service.addWatchOnly(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "a"), "Watched").get();
        Path file = dir.resolve("watched.json");
        assertThrows(ExecutionException.class, () -> model.exportKeystore(watched, PASSWORD.toCharArray(), "x".toCharArray(), file).get());
        assertTrue(model.accountError().get().contains("has no key in this wallet"), model.accountError().get());
        assertFalse(Files.exists(file));
    }

    @Test
    void keystoreExportProblem_eachBadInput_namesWhatToFix() {
        assertEquals("Choose a password for the keystore file (it may be the wallet password).", model.keystoreExportProblem("", "", "/tmp/x"));
        assertEquals("The two passwords for the file differ; type the same password twice.", model.keystoreExportProblem("a", "b", "/tmp/x"));
        assertEquals("Choose where to save the keystore file.", model.keystoreExportProblem("a", "a", " "));
        assertEquals("", model.keystoreExportProblem("a", "a", "/tmp/x"));
        Path suggested = model.suggestedKeystoreFile(first, Instant.parse("2026-11-25T10:15:30.123Z"));
        assertEquals("UTC--2026-11-25T10-15-30Z--" + first.address().lower().substring(2), suggested.getFileName().toString());
    }

    @Test
    void recoveryWords_afterPasswordShownThenHiddenOnCloseOrLock() throws Exception {
        assertTrue(model.hasRecoveryWords().get());
        RecoveryWordsViewModel recovery = model.recoveryWords();
        recovery.password().set("not it");
        assertThrows(ExecutionException.class, () -> recovery.reveal().get());
        assertTrue(recovery.error().get().contains("wrong password"), recovery.error().get());
        assertTrue(recovery.words().isEmpty());
        assertEquals("", recovery.password().get(), "the typed password is not kept");

        recovery.password().set(PASSWORD);
        assertEquals(List.of(words.phrase().split(" ")), recovery.reveal().get());
        assertEquals(List.of(words.phrase().split(" ")), recovery.words());
        assertEquals("", recovery.error().get());
        recovery.hide();
        assertTrue(recovery.words().isEmpty(), "closing the dialog drops the words");

        recovery.password().set(PASSWORD);
        recovery.reveal().get();
        assertEquals(12, recovery.words().size());
        model.lock().get();
        assertTrue(recovery.words().isEmpty(), "locking the wallet drops the words");
        assertFalse(model.hasRecoveryWords().get());
    }
}
