package net.utilitynet.app.market;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.outbox.OutboxEntry;

/**
 * Runs the market pages' work on the worker executor and reports on the UI executor into the page's status and
 * error texts; shared by the renter and provider view-models.
 */
final class MarketTasks {
    private final Executor worker;
    private final Executor ui;
    private final I18n i18n;
    private final StringProperty status;
    private final StringProperty error;

    MarketTasks(Executor worker, Executor ui, I18n i18n, StringProperty status, StringProperty error) {
        this.worker = worker;
        this.ui = ui;
        this.i18n = i18n;
        this.status = status;
        this.error = error;
    }

    /** Signs and sends a market transaction; on success the status names its hash with the text {@code sentKey}. */
    CompletableFuture<Void> send(Supplier<OutboxEntry> action, String sentKey) {
        return work(true, action, e -> status.set(i18n.get(sentKey, e.hash())));
    }

    /** Runs {@code task} on the worker; an action's success clears the last error, a refresh leaves it for the user to read. */
    <T> CompletableFuture<Void> work(boolean action, Supplier<T> task, Consumer<T> apply) {
        return CompletableFuture.supplyAsync(task, worker).handleAsync((value, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                error.set(cause instanceof WalletException ? cause.getMessage() : i18n.get("market.error.unexpected", cause.getMessage()));
            } else {
                if (action) {
                    error.set("");
                }
                apply.accept(value);
            }
            return null;
        }, ui);
    }
}
