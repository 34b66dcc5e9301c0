package net.utilitynet.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.networks.NetworkField;
import net.utilitynet.app.networks.NetworkSyncMode;
import net.utilitynet.app.ui.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkViewModelTest {

    private static final String HASH = "0x" + "01".repeat(32);

    @TempDir
    Path temp;

    private NetworkViewModel model(TestServices services) {
        return new NetworkViewModel(services.networks, services.connection, services.i18n, TestServices.SAME_THREAD);
    }

    @Test
    void initial_devnetSelected_cannotBeEditedRemovedOrReselected() {
        NetworkViewModel model = model(new TestServices(temp));
        assertEquals(List.of(NetworkDefinition.EMBEDDED_DEVNET), model.networks());
        assertEquals("devnet", model.selectedProperty().get().id());
        assertFalse(model.editable().get());
        assertFalse(model.selectable().get());
    }

    @Test
    void addUseRemove_updatesListSelectionActiveAndStatusBarName() {
        TestServices services = new TestServices(temp);
        NetworkViewModel model = model(services);
        model.add(new NetworkDraft("Lab", "5", List.of("http://lab:8545"), "0", HASH)).join();
        assertEquals(2, model.networks().size());
        assertEquals("lab", model.selectedProperty().get().id());
        assertTrue(model.editable().get());
        assertTrue(model.selectable().get());

        model.useSelected().join();
        assertEquals("lab", model.activeIdProperty().get());
        assertFalse(model.selectable().get());
        assertEquals("Lab", services.connection.networkName().get());

        model.removeSelected().join();
        assertEquals("devnet", model.activeIdProperty().get());
        assertEquals("devnet", model.selectedProperty().get().id());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void editor_emptyFormInChinese_setsTranslatedErrorPerField() {
        TestServices services = new TestServices(temp);
        services.i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        NetworkEditorViewModel editor = model(services).editor(null);
        assertFalse(editor.validate());
        assertEquals("名称：请为网络输入名称，例如“团队测试网”。", editor.error(NetworkField.NAME).get());
        for (NetworkField field : NetworkField.values()) {
            assertFalse(editor.error(field).get().isEmpty(), field.name());
        }
    }

    @Test
    void editor_fixedForm_clearsErrorsAndSplitsUrlsByLine() {
        NetworkEditorViewModel editor = model(new TestServices(temp)).editor(null);
        editor.validate();
        editor.value(NetworkField.NAME).set("Lab");
        editor.value(NetworkField.CHAIN_ID).set("5");
        editor.value(NetworkField.RPC_URLS).set("http://a:8545\n\n  https://b.example  \r\n");
        editor.value(NetworkField.CHECKPOINT_NUMBER).set("0");
        editor.value(NetworkField.CHECKPOINT_HASH).set(HASH);
        assertTrue(editor.validate());
        assertEquals(List.of("http://a:8545", "https://b.example"), editor.draft().rpcUrls());
        for (NetworkField field : NetworkField.values()) {
            assertEquals("", editor.error(field).get(), field.name());
        }
    }

    @Test
    void editor_existingNetwork_isPrefilledAndMayKeepItsName() {
        TestServices services = new TestServices(temp);
        NetworkViewModel model = model(services);
        NetworkDefinition lab = model.add(new NetworkDraft("Lab", "5", List.of("http://a", "http://b"), "3", HASH)).join();
        NetworkEditorViewModel editor = model.editor(lab);
        assertTrue(editor.editing());
        assertEquals("http://a\nhttp://b", editor.value(NetworkField.RPC_URLS).get());
        assertTrue(editor.validate());
        assertEquals(NetworkSyncMode.FULL, editor.syncMode().get());
        editor.syncMode().set(NetworkSyncMode.SKIP);
        NetworkDefinition updated = model.update(lab, editor.draft()).join();
        assertEquals(NetworkSyncMode.SKIP, updated.syncMode());
        assertEquals(NetworkSyncMode.SKIP, model.editor(updated).syncMode().get(), "reopening the editor shows the stored mode");
    }
}
