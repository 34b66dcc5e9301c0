package net.utilitynet.app.wallet.onboarding;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.mnemonic.BackupCheck;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.mnemonic.MnemonicValidator;
import net.utilitynet.wallet.store.Account;

/**
 * First run: create a wallet (recovery words shown once, three of them confirmed) or restore one from its
 * words (checked word by word as typed), then a password, then the encrypted store is written off the FX
 * thread. The words are held only until the wallet is created or the flow is cancelled.
 */
public final class OnboardingViewModel {
    public enum Step { CHOOSE, SHOW_WORDS, CONFIRM_WORDS, RESTORE, PASSWORD, DONE }

    public static final int CONFIRM_COUNT = 3;

    private final WalletService service;
    private final I18n i18n;
    private final Executor ui;
    private final SecureRandom random;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.CHOOSE);
    private final IntegerProperty wordCount = new SimpleIntegerProperty(this, "wordCount", 12);
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ObservableList<Integer> confirmPositions = FXCollections.observableArrayList();
    private final Map<Integer, StringProperty> confirmAnswers = new LinkedHashMap<>();
    private final StringProperty confirmError = new SimpleStringProperty(this, "confirmError", "");
    private final StringProperty restoreText = new SimpleStringProperty(this, "restoreText", "");
    private final StringBinding restoreProblem;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordConfirm = new SimpleStringProperty(this, "passwordConfirm", "");
    private final ObjectProperty<PasswordStrength> strength = new SimpleObjectProperty<>(this, "strength", PasswordStrength.EMPTY);
    private final StringBinding strengthText;
    private final StringBinding passwordProblem;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty createdAddress = new SimpleStringProperty(this, "createdAddress", "");
    private final BooleanBinding canCreate;
    private Mnemonic mnemonic;

    public OnboardingViewModel(WalletService service, I18n i18n, Executor ui, SecureRandom random) {
        this.service = service;
        this.i18n = i18n;
        this.ui = ui;
        this.random = random;
        strength.bind(Bindings.createObjectBinding(() -> PasswordStrength.of(password.get()), password));
        strengthText = i18n.computed(() -> i18n.get("onboarding.strength." + strength.get().name().toLowerCase(Locale.ROOT)), strength);
        passwordProblem = i18n.computed(() -> {
            if (strength.get() == PasswordStrength.TOO_SHORT) {
                return i18n.get("onboarding.password.tooShort");
            }
            if (!passwordConfirm.get().isEmpty() && !passwordConfirm.get().equals(password.get())) {
                return i18n.get("onboarding.password.mismatch");
            }
            return "";
        }, strength, password, passwordConfirm);
        canCreate = Bindings.createBooleanBinding(() -> strength.get().acceptable() && password.get().equals(passwordConfirm.get()) && !busy.get(),
                strength, password, passwordConfirm, busy);
        restoreProblem = i18n.computed(() -> restoreProblem(restoreText.get()), restoreText);
    }

    // --- create

    /** Generates fresh words and shows them. */
    public void startCreate() {
        mnemonic = Mnemonic.generate(wordCount.get(), random);
        words.setAll(mnemonic.phrase().split(" "));
        error.set("");
        step.set(Step.SHOW_WORDS);
    }

    /** The user wrote the words down: hide them and ask for some of them. */
    public void wordsWrittenDown() {
        words.clear();
        confirmAnswers.clear();
        List<Integer> picked = BackupCheck.pickPositions(mnemonic.wordCount(), CONFIRM_COUNT, random);
        picked.forEach(p -> confirmAnswers.put(p, new SimpleStringProperty("")));
        confirmPositions.setAll(picked);
        confirmError.set("");
        step.set(Step.CONFIRM_WORDS);
    }

    public StringProperty confirmAnswer(int position) {
        return confirmAnswers.get(position);
    }

    /** Checks the answers; on success the password step follows. */
    public boolean checkConfirmation() {
        Map<Integer, String> answers = new LinkedHashMap<>();
        confirmAnswers.forEach((p, v) -> answers.put(p, v.get()));
        List<Integer> wrong = BackupCheck.wrongAnswers(mnemonic, answers);
        if (!wrong.isEmpty()) {
            confirmError.set(i18n.get("onboarding.confirm.wrong", wrong.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
            return false;
        }
        confirmError.set("");
        step.set(Step.PASSWORD);
        return true;
    }

    /** Back to the words (they are shown again from the held mnemonic). */
    public void showWordsAgain() {
        words.setAll(mnemonic.phrase().split(" "));
        step.set(Step.SHOW_WORDS);
    }

    // --- restore

    public void startRestore() {
        restoreText.set("");
        error.set("");
        step.set(Step.RESTORE);
    }

    /** Accepts the typed words when they are valid (count and checksum). */
    public boolean acceptRestoreWords() {
        if (!restoreProblem.get().isEmpty() || restoreText.get().isBlank()) {
            return false;
        }
        mnemonic = Mnemonic.parse(restoreText.get());
        restoreText.set("");
        step.set(Step.PASSWORD);
        return true;
    }

    private String restoreProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] typed = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        boolean lastWordComplete = Character.isWhitespace(text.charAt(text.length() - 1));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < typed.length; i++) {
            boolean beingTyped = i == typed.length - 1 && !lastWordComplete && typed.length < 24;
            MnemonicValidator.WordCheck c = MnemonicValidator.checkWord(i + 1, typed[i]);
            if (!c.valid() && !beingTyped) {
                problems.add(c.suggestion().map(s -> i18n.get("onboarding.restore.wordSuggest", c.position(), typed[c.position() - 1], s))
                        .orElse(i18n.get("onboarding.restore.word", c.position(), typed[c.position() - 1])));
            }
        }
        if (!problems.isEmpty()) {
            return String.join("\n", problems);
        }
        if (MnemonicValidator.WORD_COUNTS.contains(typed.length)) {
            try {
                MnemonicValidator.validate(text);
            } catch (WalletException e) {
                return i18n.get("onboarding.restore.checksum");
            }
            return "";
        }
        return typed.length > 24 ? i18n.get("onboarding.restore.tooMany", typed.length) : "";
    }

    // --- password and creation

    /** Writes the encrypted wallet (scrypt off the FX thread); the password fields are cleared at once. */
    public CompletableFuture<Account> create() {
        if (!canCreate.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("password not acceptable"));
        }
        char[] pw = password.get().toCharArray();
        char[] pass = passphrase.get().toCharArray();
        password.set("");
        passwordConfirm.set("");
        passphrase.set("");
        busy.set(true);
        error.set("");
        return service.create(mnemonic, pass, pw).whenCompleteAsync((account, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set(WalletService.message(failure));
            } else {
                mnemonic = null;
                createdAddress.set(account.address().checksummed());
                step.set(Step.DONE);
            }
        }, ui);
    }

    /** Leaves the flow; held words are forgotten. */
    public void cancel() {
        mnemonic = null;
        words.clear();
        restoreText.set("");
        password.set("");
        passwordConfirm.set("");
        passphrase.set("");
        error.set("");
        step.set(Step.CHOOSE);
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public IntegerProperty wordCount() {
        return wordCount;
    }

    public ObservableList<String> words() {
        return words;
    }

    public ObservableList<Integer> confirmPositions() {
        return confirmPositions;
    }

    public StringProperty confirmError() {
        return confirmError;
    }

    public StringProperty restoreText() {
        return restoreText;
    }

    public StringBinding restoreProblem() {
        return restoreProblem;
    }

    public StringProperty passphrase() {
        return passphrase;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty passwordConfirm() {
        return passwordConfirm;
    }

    public ObjectProperty<PasswordStrength> strength() {
        return strength;
    }

    public StringBinding strengthText() {
        return strengthText;
    }

    public StringBinding passwordProblem() {
        return passwordProblem;
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty createdAddress() {
        return createdAddress;
    }

    public String networkName() {
        return service.network().displayName(i18n);
    }

    @Override
    public String toString() {
        return "OnboardingViewModel[" + step.get() + "]";
    }
}
