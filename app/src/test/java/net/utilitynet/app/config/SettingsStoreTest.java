package net.utilitynet.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path temp;

    private DataDirectory dir() {
        return new DataDirectory(temp).create();
    }

    @Test
    void load_noFile_givesDefaultsInSystemLanguage() {
        SettingsStore store = SettingsStore.load(dir(), SAME_THREAD, Locale.SIMPLIFIED_CHINESE);
        assertEquals(Language.CHINESE_SIMPLIFIED, store.current().language());
        assertEquals(Theme.LIGHT, store.current().theme());
        assertFalse(store.current().window().positioned());
    }

    @Test
    void update_thenReload_roundTripsEveryField() {
        DataDirectory dir = dir();
        SettingsStore store = SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH);
        WindowBounds bounds = new WindowBounds(10, 20, 1000, 700, true);
        store.update(s -> s.withTheme(Theme.DARK).withLanguage(Language.CHINESE_SIMPLIFIED).withAutoLockMinutes(30)
                .withStartMiningOnLaunch(true).withKeepMiningInTray(false).withWindow(bounds)).join();

        Settings reloaded = SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH).current();
        assertEquals(new Settings(Language.CHINESE_SIMPLIFIED, Theme.DARK, 30, true, false, bounds), reloaded);
    }

    @Test
    void update_unpositionedWindow_roundTripsAsUnpositioned() {
        DataDirectory dir = dir();
        SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH).update(s -> s.withTheme(Theme.DARK)).join();
        assertFalse(SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH).current().window().positioned());
    }

    @Test
    void update_writesOwnerOnlyFileAndLeavesNoTemporaryFiles() throws Exception {
        DataDirectory dir = dir();
        SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH).update(s -> s.withTheme(Theme.DARK)).join();
        Path file = dir.config().resolve("settings.json");
        if (SecureFiles.posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(dir.config())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void load_corruptFile_movesItAsideAndUsesDefaults() throws Exception {
        DataDirectory dir = dir();
        Files.writeString(dir.config().resolve("settings.json"), "{ this is not json");
        SettingsStore store = SettingsStore.load(dir, SAME_THREAD, Locale.ENGLISH);
        assertEquals(Settings.defaults(Locale.ENGLISH), store.current());
        try (var files = Files.list(dir.config())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("settings.json.corrupt-")));
        }
    }
}
