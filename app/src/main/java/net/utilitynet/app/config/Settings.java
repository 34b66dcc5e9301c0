package net.utilitynet.app.config;

import java.util.Locale;
import java.util.Objects;

/**
 * The user's settings, persisted in {@code config/settings.json}. Immutable: change with the
 * {@code with…} methods and hand the result to {@link SettingsStore#update}.
 *
 * @param autoLockMinutes   minutes of inactivity before the wallet locks; 0 = never
 * @param keepMiningInTray  when the window closes while mining runs: keep mining in the tray
 */
public record Settings(Language language, Theme theme, int autoLockMinutes, boolean startMiningOnLaunch,
                       boolean keepMiningInTray, WindowBounds window) {

    public static final int MAX_AUTO_LOCK_MINUTES = 240;

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        if (autoLockMinutes < 0 || autoLockMinutes > MAX_AUTO_LOCK_MINUTES) {
            throw new IllegalArgumentException("autoLockMinutes must be 0.." + MAX_AUTO_LOCK_MINUTES + ": " + autoLockMinutes);
        }
    }

    /** First-start settings: the system language if translated, light theme, lock after 15 minutes. */
    public static Settings defaults(Locale systemLocale) {
        return new Settings(Language.forLocale(systemLocale), Theme.LIGHT, 15, false, true, WindowBounds.UNSET);
    }

    public Settings withLanguage(Language value) {
        return new Settings(value, theme, autoLockMinutes, startMiningOnLaunch, keepMiningInTray, window);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, value, autoLockMinutes, startMiningOnLaunch, keepMiningInTray, window);
    }

    public Settings withAutoLockMinutes(int value) {
        return new Settings(language, theme, value, startMiningOnLaunch, keepMiningInTray, window);
    }

    public Settings withStartMiningOnLaunch(boolean value) {
        return new Settings(language, theme, autoLockMinutes, value, keepMiningInTray, window);
    }

    public Settings withKeepMiningInTray(boolean value) {
        return new Settings(language, theme, autoLockMinutes, startMiningOnLaunch, value, window);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(language, theme, autoLockMinutes, startMiningOnLaunch, keepMiningInTray, value);
    }
}
