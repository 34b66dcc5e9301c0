package net.utilitynet.app.wallet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.history.HistoryCsv;
import net.utilitynet.wallet.history.HistoryRow;
import net.utilitynet.wallet.store.Account;

/** History of the selected account from the node's index, each row confirmed only by a verified inclusion; CSV export. */
public final class HistoryViewModel {
    public static final int LIMIT = 500;

    private final WalletService service;
    private final WalletViewModel page;
    private final I18n i18n;
    private final Executor ui;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    HistoryViewModel(WalletService service, WalletViewModel page, I18n i18n, Executor ui) {
        this.service = service;
        this.page = page;
        this.i18n = i18n;
        this.ui = ui;
    }

    public CompletableFuture<List<HistoryRow>> load() {
        Account a = page.selected().get();
        if (a == null || service.wallet().isEmpty()) {
            rows.clear();
            return CompletableFuture.completedFuture(List.of());
        }
        loading.set(true);
        return service.wallet().get().history(a.address(), 0, LIMIT).whenCompleteAsync((list, failure) -> {
            loading.set(false);
            if (failure != null) {
                notice.set(i18n.get("history.failed", WalletService.message(failure)));
            } else {
                List<HistoryRow> newestFirst = new java.util.ArrayList<>(list);
                newestFirst.sort(java.util.Comparator.comparingLong((HistoryRow r) -> r.entry().blockNumber()).reversed());
                rows.setAll(newestFirst);
                notice.set(list.isEmpty() ? i18n.get("history.empty") : "");
            }
        }, ui);
    }

    /** Writes the shown rows as CSV to {@code file} (temp file + atomic move) off the FX thread. */
    public CompletableFuture<Path> export(Path file) {
        List<HistoryRow> snapshot = List.copyOf(rows);
        Map<Address, String> labels = new LinkedHashMap<>();
        page.addressBook().entries().forEach(e -> labels.put(e.address(), e.name()));
        page.accounts().forEach(b -> labels.put(b.account().address(), b.account().label()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".history", ".csv.tmp");
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    HistoryCsv.write(snapshot, labels, out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, service.worker()).whenCompleteAsync((path, failure) -> notice.set(failure == null
                ? i18n.get("history.exported", snapshot.size(), path.getFileName())
                : i18n.get("history.exportFailed", file, failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())), ui);
    }

    public String directionText(HistoryRow r) {
        return i18n.get("history.direction." + r.direction().name().toLowerCase(Locale.ROOT));
    }

    public String statusText(HistoryRow r) {
        return i18n.get("history.status." + r.status().name().toLowerCase(Locale.ROOT), r.confirmations());
    }

    public String amountText(HistoryRow r) {
        return page.amountText(java.util.Optional.of(UncAmount.ofWei(r.entry().valueWei())));
    }

    public String counterparty(HistoryRow r) {
        Address other = r.direction() == HistoryRow.Direction.RECEIVED ? r.entry().from() : r.entry().to().orElse(r.entry().from());
        return other.checksummed();
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public StringProperty notice() {
        return notice;
    }

    public BooleanProperty loading() {
        return loading;
    }
}
