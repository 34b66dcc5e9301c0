package net.utilitynet.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.ui.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path temp;

    @Test
    void changeEveryProperty_updatesStoreAndPersists() throws Exception {
        TestServices services = new TestServices(temp);
        SettingsViewModel model = new SettingsViewModel(services.settings, services.dataDirectory, services.i18n,
                TestServices.SAME_THREAD);
        model.themeProperty().set(Theme.DARK);
        model.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        model.autoLockMinutesProperty().set(45);
        model.startMiningOnLaunchProperty().set(true);
        model.keepMiningInTrayProperty().set(false);

        var reloaded = SettingsStore.load(services.dataDirectory, TestServices.SAME_THREAD, Locale.ENGLISH).current();
        assertEquals(Theme.DARK, reloaded.theme());
        assertEquals(Language.CHINESE_SIMPLIFIED, reloaded.language());
        assertEquals(45, reloaded.autoLockMinutes());
        assertEquals(true, reloaded.startMiningOnLaunch());
        assertEquals(false, reloaded.keepMiningInTray());
        assertEquals("", model.saveErrorProperty().get());
        assertTrue(Files.exists(temp.resolve("config/settings.json")));
    }

    @Test
    void construct_fromStore_writesNothing() {
        TestServices services = new TestServices(temp);
        new SettingsViewModel(services.settings, services.dataDirectory, services.i18n, TestServices.SAME_THREAD);
        assertTrue(Files.notExists(temp.resolve("config/settings.json")));
    }

    @Test
    void storeChangedElsewhere_isReflectedInProperties() {
        TestServices services = new TestServices(temp);
        SettingsViewModel model = new SettingsViewModel(services.settings, services.dataDirectory, services.i18n,
                TestServices.SAME_THREAD);
        services.settings.update(s -> s.withTheme(Theme.DARK).withAutoLockMinutes(0));
        assertEquals(Theme.DARK, model.themeProperty().get());
        assertEquals(0, model.autoLockMinutesProperty().get());
        assertEquals(temp.toString(), model.dataDirectory());
    }

    @Test
    void saveFails_reportsErrorInUsersLanguage() throws Exception {
        TestServices services = new TestServices(temp);
        SettingsViewModel model = new SettingsViewModel(services.settings, services.dataDirectory, services.i18n,
                TestServices.SAME_THREAD);
        // A folder where the settings file should be makes the atomic move fail.
        Files.createDirectories(temp.resolve("config/settings.json/blocker"));
        model.themeProperty().set(Theme.DARK);
        assertTrue(model.saveErrorProperty().get().startsWith("Settings could not be saved: "),
                model.saveErrorProperty().get());
    }
}
