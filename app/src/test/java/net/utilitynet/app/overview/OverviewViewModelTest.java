package net.utilitynet.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.ui.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {

    @TempDir
    Path temp;

    @Test
    void cards_notConnected_showDashForEveryValue() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = new OverviewViewModel(services.connection, services.i18n);
        assertEquals(List.of("balance", "mining", "leases", "sync"), model.cards().stream().map(OverviewViewModel.Card::id).toList());
        model.cards().forEach(card -> assertEquals("\u2014", card.value().get(), card.id()));
        assertEquals("Not connected", model.cards().get(3).caption().get());
    }

    @Test
    void syncCard_connectionSyncs_showsHeadNumber() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = new OverviewViewModel(services.connection, services.i18n);
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.SYNCING, 77, ""));
        assertEquals("#77", model.cards().get(3).value().get());
        assertEquals("Syncing \u2014 block 77", model.cards().get(3).caption().get());
        assertEquals("\u2014", model.cards().get(0).value().get());
    }
}
