package net.utilitynet.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirResolverTest {

    private static final Path HOME = Path.of("/home/alice");

    @Test
    void resolve_flagAndEnvironmentGiven_flagWins() {
        DataDirResolver resolver = new DataDirResolver(Map.of("UTILITYNET_HOME", "/env/home"), "Linux", HOME);
        assertEquals(Path.of("/flag/dir"), resolver.resolve(Optional.of(Path.of("/flag/dir"))));
    }

    @Test
    void resolve_utilitynetHomeSet_usesIt() {
        DataDirResolver resolver = new DataDirResolver(Map.of("UTILITYNET_HOME", "/env/home", "XDG_DATA_HOME", "/xdg"),
                "Linux", HOME);
        assertEquals(Path.of("/env/home"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_linuxWithXdgDataHome_usesXdgFolder() {
        DataDirResolver resolver = new DataDirResolver(Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", HOME);
        assertEquals(Path.of("/xdg/data/utilitynet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_linuxWithRelativeXdgDataHome_ignoresItPerXdgSpec() {
        DataDirResolver resolver = new DataDirResolver(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME);
        assertEquals(Path.of("/home/alice/.local/share/utilitynet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_linuxWithoutXdg_usesLocalShare() {
        DataDirResolver resolver = new DataDirResolver(Map.of(), "Linux", HOME);
        assertEquals(Path.of("/home/alice/.local/share/utilitynet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_macOs_usesApplicationSupport() {
        DataDirResolver resolver = new DataDirResolver(Map.of(), "Mac OS X", HOME);
        assertEquals(Path.of("/home/alice/Library/Application Support/UtilityNet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_windowsWithAppData_usesAppDataFolder() {
        // Path syntax of the test's OS; the resolver only joins "UtilityNet" onto %APPDATA%.
        Path appData = HOME.resolve("AppData").resolve("Roaming");
        DataDirResolver resolver = new DataDirResolver(Map.of("APPDATA", appData.toString()), "Windows 11", HOME);
        assertEquals(appData.resolve("UtilityNet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void resolve_windowsWithoutAppData_fallsBackToRoamingUnderHome() {
        DataDirResolver resolver = new DataDirResolver(Map.of(), "Windows 10", HOME);
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("UtilityNet"), resolver.resolve(Optional.empty()));
    }

    @Test
    void layout_networkFolder_isUnderData() {
        DataDirectory dir = new DataDirectory(Path.of("/d"));
        assertEquals(Path.of("/d/data/devnet"), dir.data("devnet"));
        assertEquals(Path.of("/d/config"), dir.config());
        assertEquals(Path.of("/d/logs"), dir.logs());
    }

    @Test
    void layout_networkIdWithPathTraversal_isRefused() {
        DataDirectory dir = new DataDirectory(Path.of("/d"));
        assertThrows(IllegalArgumentException.class, () -> dir.data("../etc"));
    }
}
