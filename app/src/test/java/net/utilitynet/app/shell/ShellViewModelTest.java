package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path temp;

    private ShellViewModel model(TestServices services, MiningState mining) {
        return new ShellViewModel(services.settings, mining, services.connection, services.i18n, TestServices.SAME_THREAD);
    }

    @Test
    void settingsChange_themeAndLanguage_applyLive() {
        TestServices services = new TestServices(temp);
        ShellViewModel model = model(services, MiningState.unavailable());
        services.settings.update(s -> s.withTheme(Theme.DARK).withLanguage(Language.CHINESE_SIMPLIFIED));
        assertEquals(Theme.DARK, model.themeProperty().get());
        assertEquals("概览(_O)", model.navigationLabel(Page.OVERVIEW).get());
        assertEquals("UtilityNet Desktop — 本地开发网（内置）", model.windowTitle().get());
    }

    @Test
    void select_page_changesSelection() {
        ShellViewModel model = model(new TestServices(temp), MiningState.unavailable());
        assertEquals(Page.OVERVIEW, model.pageProperty().get());
        model.select(Page.NETWORK);
        assertEquals(Page.NETWORK, model.pageProperty().get());
    }

    @Test
    void miningStatus_followsService() {
        TestServices services = new TestServices(temp);
        LiveValue<MiningStatus> status = new LiveValue<>(MiningStatus.STOPPED);
        MiningState mining = new MiningState() {
            @Override
            public LiveValue<MiningStatus> status() {
                return status;
            }

            @Override
            public CompletableFuture<Void> start() {
                status.set(MiningStatus.RUNNING);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> stop() {
                status.set(MiningStatus.STOPPED);
                return CompletableFuture.completedFuture(null);
            }
        };
        ShellViewModel model = model(services, mining);
        assertEquals("Not mining", model.miningText().get());
        mining.start().join();
        assertEquals(MiningStatus.RUNNING, model.miningProperty().get());
        assertEquals("Mining", model.miningText().get());
    }

    @Test
    void unavailableMiner_cannotStartOrStop() {
        MiningStatus status = MiningState.unavailable().status().get();
        assertEquals(MiningStatus.UNAVAILABLE, status);
        assertEquals(false, status.canStart());
        assertEquals(false, status.canStop());
    }
}
