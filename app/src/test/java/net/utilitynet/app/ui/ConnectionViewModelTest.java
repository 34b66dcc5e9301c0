package net.utilitynet.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.services.ConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionViewModelTest {

    @TempDir
    Path temp;

    @Test
    void initialState_noLightClient_saysNotConnectedOnDevnet() {
        TestServices services = new TestServices(temp);
        assertEquals("Local devnet (embedded)", services.connection.networkName().get());
        assertEquals("Not connected", services.connection.stateText().get());
        assertEquals("Local devnet (embedded) \u00b7 Not connected", services.connection.summary().get());
        assertFalse(services.connection.connected().get());
    }

    @Test
    void languageSwitch_toChinese_translatesNetworkAndState() {
        TestServices services = new TestServices(temp);
        services.i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        assertEquals("本地开发网（内置）", services.connection.networkName().get());
        assertEquals("未连接", services.connection.stateText().get());
    }

    @Test
    void stateUpdate_synced_showsVerifiedHead() {
        TestServices services = new TestServices(temp);
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.SYNCED, 1234, ""));
        assertEquals("Verified head #1,234", services.connection.stateText().get());
        assertTrue(services.connection.connected().get());
    }

    @Test
    void stateUpdate_syncingWithTarget_showsProgressAndRate() {
        TestServices services = new TestServices(temp);
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.SYNCING, 1234, "", 1300, 420.4, -1));
        assertEquals("Local devnet (embedded) \u00b7 Syncing 1,234 / 1,300 \u00b7 420 headers/s", services.connection.summary().get());
    }

    @Test
    void stateUpdate_syncedWithAge_showsHowOldTheHeadIs() {
        TestServices services = new TestServices(temp);
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.SYNCED, 1300, "", 1300, 0, 2));
        assertEquals("Verified head #1,300 (2 s ago)", services.connection.stateText().get());
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.SYNCED, 1300, "", 1300, 0, 600));
        assertEquals("Verified head #1,300 (10 min ago)", services.connection.stateText().get());
    }

    @Test
    void stateUpdate_failed_namesTheReason() {
        TestServices services = new TestServices(temp);
        services.connectionState.set(new ConnectionState(ConnectionState.Phase.FAILED, -1, "http://10.0.0.9:8545 down: connection refused"));
        assertEquals("Connection failed: http://10.0.0.9:8545 down: connection refused", services.connection.stateText().get());
        assertFalse(services.connection.connected().get());
    }
}
