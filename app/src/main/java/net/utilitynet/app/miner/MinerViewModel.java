package net.utilitynet.app.miner;

import java.util.concurrent.Executor;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.EmptyPageModel;

/** State of the Miner page: the mining agent's status and, until chips are detected, the empty state. */
public final class MinerViewModel {

    private final EmptyPageModel page;
    private final ObjectProperty<MiningStatus> status = new SimpleObjectProperty<>(this, "status", MiningStatus.UNAVAILABLE);
    private final StringBinding statusText;

    public MinerViewModel(MiningState mining, ConnectionViewModel connection, I18n i18n, Executor ui) {
        this.page = EmptyPageModel.of("miner", i18n, connection);
        mining.status().subscribe(next -> ui.execute(() -> status.set(next)));
        statusText = i18n.computed(() -> i18n.get("status.mining." + status.get().name()), status);
    }

    public EmptyPageModel page() {
        return page;
    }

    public ObjectProperty<MiningStatus> statusProperty() {
        return status;
    }

    public StringBinding statusText() {
        return statusText;
    }
}
