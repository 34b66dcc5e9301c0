package net.utilitynet.app.wallet;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Show recovery words": the wallet password is checked (scrypt, off the FX thread), then the words are held here only
 * while the dialog shows them; {@link #hide()} drops them when the dialog closes.
 */
public final class RecoveryWordsViewModel {
    private final WalletService service;
    private final Executor ui;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Incremented by {@link #hide()}: words arriving for an older request are not shown. */
    private long generation;

    RecoveryWordsViewModel(WalletService service, Executor ui) {
        this.service = service;
        this.ui = ui;
    }

    public CompletableFuture<List<String>> reveal() {
        char[] pw = password.get().toCharArray();
        password.set("");
        error.set("");
        busy.set(true);
        long asked = generation;
        return service.keys().recoveryWords(pw).whenCompleteAsync((list, failure) -> {
            busy.set(false);
            if (asked != generation) {
                return;
            }
            if (failure != null) {
                error.set(WalletService.message(failure));
            } else {
                words.setAll(list);
            }
        }, ui);
    }

    /** Forgets the words and the typed password (the dialog closed, or the page moved on). */
    public void hide() {
        generation++;
        words.clear();
        password.set("");
        error.set("");
    }

    public StringProperty password() { return password; }
    public ObservableList<String> words() { return words; }
    public StringProperty error() { return error; }
    public BooleanProperty busy() { return busy; }
}
