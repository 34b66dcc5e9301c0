package net.utilitynet.app.wallet;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.store.AddressBookEntry;

/** The address book (encrypted with the wallet): named recipients for the send form's suggestions and the look-alike check. */
public final class AddressBookViewModel {
    private final WalletService service;
    private final I18n i18n;
    private final Executor ui;
    private final ObservableList<AddressBookEntry> entries = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");
    private final StringProperty addressError = new SimpleStringProperty(this, "addressError", "");

    AddressBookViewModel(WalletService service, I18n i18n, Executor ui) {
        this.service = service;
        this.i18n = i18n;
        this.ui = ui;
        name.addListener((o, a, b) -> nameError.set(""));
        address.addListener((o, a, b) -> addressError.set(""));
    }

    public CompletableFuture<List<AddressBookEntry>> load() {
        return CompletableFuture.supplyAsync(() -> service.wallet().map(w -> w.store().addressBook()).orElse(List.of()), service.worker())
                .whenCompleteAsync((list, failure) -> {
                    if (list != null) {
                        entries.setAll(list);
                    }
                }, ui);
    }

    /** Adds (or renames) an entry; the address must pass the EIP-55 check, the name must not be empty. */
    public CompletableFuture<List<AddressBookEntry>> add() {
        Address a;
        try {
            a = Address.parse(address.get(), "address");
        } catch (InvalidInputException e) {
            addressError.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        if (name.get().isBlank()) {
            nameError.set(i18n.get("book.name.empty"));
            return CompletableFuture.failedFuture(new InvalidInputException("name", "empty"));
        }
        String n = name.get().strip();
        return CompletableFuture.runAsync(() -> service.wallet().orElseThrow().store().putAddressBookEntry(a, n), service.worker())
                .thenComposeAsync(v -> {
                    name.set("");
                    address.set("");
                    return load();
                }, ui);
    }

    public CompletableFuture<List<AddressBookEntry>> remove(AddressBookEntry entry) {
        return CompletableFuture.runAsync(() -> service.wallet().orElseThrow().store().removeAddressBookEntry(entry.address()), service.worker())
                .thenComposeAsync(v -> load(), ui);
    }

    public ObservableList<AddressBookEntry> entries() {
        return entries;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty addressError() {
        return addressError;
    }
}
