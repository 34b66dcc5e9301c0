package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.utilitynet.app.services.MiningStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosePolicyTest {

    @ParameterizedTest(name = "tray={0} mining={1} keep={2} -> keepRunning={3}")
    @CsvSource({
        "true,  RUNNING,     true,  true",
        "true,  STARTING,    true,  true",
        "true,  RUNNING,     false, false",
        "false, RUNNING,     true,  false",
        "true,  STOPPED,     true,  false",
        "true,  UNAVAILABLE, true,  false",
    })
    void closeWindow_dependingOnTrayMiningAndChoice_exitsOrKeepsRunning(boolean tray, MiningStatus mining,
                                                                       boolean keep, boolean expected) {
        assertEquals(expected, ShellWindow.keepsRunningInTray(tray, mining, keep));
    }
}
