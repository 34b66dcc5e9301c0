package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.app.wallet.onboarding.OnboardingViewModel;
import net.utilitynet.app.wallet.onboarding.OnboardingViewModel.Step;
import net.utilitynet.app.wallet.onboarding.PasswordStrength;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Onboarding on a real (temporary) wallet file, without a toolkit; no chain is needed to create or restore. */
class OnboardingViewModelTest {
    static final ScryptCost TEST_COST = new ScryptCost(1 << 10, 8, 1);

    @TempDir
    Path dir;
    TestServices services;
    WalletService service;
    OnboardingViewModel model;

    @BeforeEach
    void setUp() {
        services = new TestServices(dir.resolve("app"));
        service = new WalletService(dir.resolve("wallet"), new WalletNetwork("devnet", "Local devnet", 21844, Optional.empty()),
                new DisconnectedChain("Local devnet"), () -> Duration.ofMinutes(15), TEST_COST, Runnable::run);
        model = new OnboardingViewModel(service, services.i18n, TestServices.SAME_THREAD, new SecureRandom());
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void create_wordsConfirmedAndPasswordSet_writesEncryptedWalletWithFirstAccount() throws Exception {
        model.wordCount().set(24);
        model.startCreate();
        assertEquals(Step.SHOW_WORDS, model.step().get());
        List<String> words = List.copyOf(model.words());
        assertEquals(24, words.size());

        model.wordsWrittenDown();
        assertTrue(model.words().isEmpty(), "the words are hidden once the user says they wrote them down");
        assertEquals(OnboardingViewModel.CONFIRM_COUNT, model.confirmPositions().size());
        int first = model.confirmPositions().get(0);
        model.confirmPositions().forEach(p -> model.confirmAnswer(p).set(words.get(p - 1)));
        model.confirmAnswer(first).set("zzz");
        assertFalse(model.checkConfirmation());
        assertEquals("Word " + first + " does not match your recovery phrase. Check your paper copy, or show the words again.",
                model.confirmError().get());
        model.confirmAnswer(first).set(" " + words.get(first - 1).toUpperCase() + " ");
        assertTrue(model.checkConfirmation());
        assertEquals(Step.PASSWORD, model.step().get());

        model.password().set("short");
        assertEquals(PasswordStrength.TOO_SHORT, model.strength().get());
        assertEquals("Use at least 8 characters.", model.passwordProblem().get());
        assertFalse(model.canCreate().get());
        model.password().set("Correct-Horse-7");
        model.passwordConfirm().set("Correct-Horse-8");
        assertEquals("The two passwords differ; type the same password twice.", model.passwordProblem().get());
        assertFalse(model.canCreate().get());
        model.passwordConfirm().set("Correct-Horse-7");
        assertEquals(PasswordStrength.STRONG, model.strength().get());
        assertTrue(model.canCreate().get());

        model.create().get();
        assertEquals(Step.DONE, model.step().get());
        assertEquals("", model.password().get(), "password fields are cleared");
        Mnemonic shown = Mnemonic.parse(String.join(" ", words));
        assertEquals(shown.deriveAddress("", HdPath.bip44(60, 0)).checksummed(), model.createdAddress().get());
        String file = Files.readString(service.walletFile());
        assertTrue(file.contains("\"ciphertext\""));
        assertFalse(file.contains(words.get(0) + " " + words.get(1)), "the words are encrypted");
        assertEquals(WalletService.Status.UNLOCKED, service.snapshot().get().status());
    }

    @Test
    void restore_typedWithTypoThenFixed_suggestsWordThenAcceptsAndCreates() throws Exception {
        model.startRestore();
        model.restoreText().set("test abanon ");
        assertEquals("Word 2 \u201cabanon\u201d is not in the BIP-39 English word list \u2014 did you mean \u201cabandon\u201d?", model.restoreProblem().get());
        model.restoreText().set("test tes");
        assertEquals("", model.restoreProblem().get(), "the word being typed is not flagged yet");
        model.restoreText().set("test ".repeat(12).strip());
        assertEquals("All words are valid but the checksum does not match: one word is wrong or two are swapped. "
                + "Compare each word and its order with your backup.", model.restoreProblem().get());
        assertFalse(model.acceptRestoreWords());

        model.restoreText().set(DevnetChain.DEV.phrase());
        assertEquals("", model.restoreProblem().get());
        assertTrue(model.acceptRestoreWords());
        assertEquals("", model.restoreText().get(), "typed words are cleared once accepted");
        model.password().set("another-good-pass");
        model.passwordConfirm().set("another-good-pass");
        model.create().get();
        assertEquals(DevnetChain.devAccount(0).checksummed(), model.createdAddress().get());
    }

    @Test
    void create_walletFileAlreadyThere_showsErrorAndStaysOnPassword() throws Exception {
        Files.createDirectories(service.walletFile().getParent());
        Files.writeString(service.walletFile(), "{}");
        model.startRestore();
        model.restoreText().set(DevnetChain.DEV.phrase());
        model.acceptRestoreWords();
        model.password().set("another-good-pass");
        model.passwordConfirm().set("another-good-pass");
        model.create().handle((a, e) -> null).get();
        assertEquals(Step.PASSWORD, model.step().get());
        assertTrue(model.error().get().contains("already exists"), model.error().get());
    }

    @Test
    void strength_variousPasswords_ranked() {
        assertEquals(PasswordStrength.EMPTY, PasswordStrength.of(""));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("aaaaaaaaaaaa"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("abcdefgh"));
        assertEquals(PasswordStrength.FAIR, PasswordStrength.of("abcdefg1"));
        assertEquals(PasswordStrength.STRONG, PasswordStrength.of("Abcdefgh1234"));
    }
}
