package net.utilitynet.app.network;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.runtime.RuntimeStatus;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.sync.SyncMode;

/**
 * The live half of the Network page: sync progress and rate, verified head, epoch, validators, miner set,
 * endpoint health, trusted checkpoint and verification mode of the running network, as display texts.
 */
public final class NetworkStatusViewModel {

    /** One endpoint line: URL, translated status, reason or latency, and the status name for styling. */
    public record EndpointRow(String endpoint, String status, String detail, String statusName) {
    }

    private final ConnectionViewModel connection;
    private final I18n i18n;
    private final Supplier<CompletableFuture<Void>> retry;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty mode = new SimpleStringProperty(this, "mode", "");
    private final BooleanProperty consensusVerified = new SimpleBooleanProperty(this, "consensusVerified", true);
    private final StringProperty head = new SimpleStringProperty(this, "head", "");
    private final StringProperty headHash = new SimpleStringProperty(this, "headHash", "");
    private final StringProperty epoch = new SimpleStringProperty(this, "epoch", "");
    private final StringProperty validators = new SimpleStringProperty(this, "validators", "");
    private final StringProperty miners = new SimpleStringProperty(this, "miners", "");
    private final StringProperty checkpoint = new SimpleStringProperty(this, "checkpoint", "");
    private final StringProperty devnet = new SimpleStringProperty(this, "devnet", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed", false);
    private final ObservableList<EndpointRow> endpoints = FXCollections.observableArrayList();
    private RuntimeStatus last = RuntimeStatus.IDLE;

    public NetworkStatusViewModel(LiveValue<RuntimeStatus> status, ConnectionViewModel connection, I18n i18n,
                                  Supplier<CompletableFuture<Void>> retry, Executor ui) {
        this.connection = connection;
        this.i18n = i18n;
        this.retry = retry;
        status.subscribe(next -> ui.execute(() -> apply(next)));
        i18n.bundleProperty().addListener((obs, old, bundle) -> apply(last));
    }

    private void apply(RuntimeStatus status) {
        last = status;
        ConnectionState state = status.connection();
        progress.set(switch (state.phase()) {
            case SYNCED -> 1;
            case SYNCING -> state.target() > 0 ? Math.min(1, Math.max(0, state.headNumber()) / (double) state.target()) : -1;
            case CONNECTING -> -1;
            default -> 0;
        });
        failed.set(state.phase() == Phase.FAILED);
        problem.set(state.phase() == Phase.FAILED ? i18n.get("network.live.problem", state.detail()) : "");
        consensusVerified.set(status.mode() != SyncMode.LINKAGE_ONLY);
        mode.set(status.mode() == null ? "—" : i18n.get(switch (status.mode()) {
            case LINKAGE_ONLY -> "network.live.mode.linkage";
            case SKIP -> "network.live.mode.skip";
            case FULL -> "network.live.mode.poci";
        }));
        RuntimeStatus.Head h = status.head();
        if (h == null) {
            head.set(i18n.get("network.live.head.none"));
            headHash.set("—");
        } else {
            head.set(state.headAgeSeconds() >= 0
                    ? i18n.get("network.live.head.value", h.number(), connection.age(state.headAgeSeconds()), i18n.get("network.live.trust." + h.trust()))
                    : i18n.get("network.live.head.number", h.number(), i18n.get("network.live.trust." + h.trust())));
            headHash.set(h.hash());
        }
        RuntimeStatus.Epoch e = status.epoch();
        if (status.mode() == SyncMode.LINKAGE_ONLY) {
            String none = i18n.get("network.live.notPoci");
            epoch.set(none);
            validators.set(none);
            miners.set(none);
        } else if (e == null) {
            epoch.set("—");
            validators.set("—");
            miners.set("—");
        } else {
            epoch.set(i18n.get("network.live.epoch.value", e.number(), e.number() * e.length(), (e.number() + 1) * e.length() - 1));
            validators.set(String.join("\n", e.validators()));
            miners.set(e.minerCount() >= 0 ? i18n.get("network.live.miners.value", e.minerCount(), e.totalPower())
                    : i18n.get("network.live.miners.pending", e.totalPower()));
        }
        checkpoint.set(status.anchor().isEmpty() ? "—" : status.anchor());
        devnet.set(status.devnetUrl().isEmpty() ? i18n.get("network.live.devnet.none") : status.devnetUrl());
        endpoints.setAll(status.endpoints().stream().map(this::row).toList());
    }

    private EndpointRow row(EndpointHealth health) {
        String detail = health.reason() != null && !health.reason().isEmpty() ? health.reason()
                : health.lastLatency() != null ? i18n.get("network.live.latency", health.lastLatency().toMillis()) : "";
        return new EndpointRow(health.endpoint(), i18n.get("network.live.endpoint." + health.status().name()), detail,
                health.status().name().toLowerCase(Locale.ROOT));
    }

    /** Tries the network again (shown while it failed). */
    public CompletableFuture<Void> retry() {
        return retry.get();
    }

    public ObservableValue<String> syncLine() {
        return connection.stateText();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public BooleanProperty consensusVerifiedProperty() {
        return consensusVerified;
    }

    public StringProperty headProperty() {
        return head;
    }

    public StringProperty headHashProperty() {
        return headHash;
    }

    public StringProperty epochProperty() {
        return epoch;
    }

    public StringProperty validatorsProperty() {
        return validators;
    }

    public StringProperty minersProperty() {
        return miners;
    }

    public StringProperty checkpointProperty() {
        return checkpoint;
    }

    public StringProperty devnetProperty() {
        return devnet;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ObservableList<EndpointRow> endpoints() {
        return endpoints;
    }

    public I18n i18n() {
        return i18n;
    }
}
