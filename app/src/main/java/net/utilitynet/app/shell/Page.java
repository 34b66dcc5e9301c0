package net.utilitynet.app.shell;

import javafx.scene.input.KeyCode;
import net.utilitynet.app.ui.Icons;

/** The pages of the main window, in navigation order; Ctrl+1…6 (Cmd on macOS) selects them. */
public enum Page {
    OVERVIEW("overview", Icons.OVERVIEW, KeyCode.DIGIT1),
    WALLET("wallet", Icons.WALLET, KeyCode.DIGIT2),
    MINER("miner", Icons.MINER, KeyCode.DIGIT3),
    MARKET("market", Icons.MARKET, KeyCode.DIGIT4),
    NETWORK("network", Icons.NETWORK, KeyCode.DIGIT5),
    SETTINGS("settings", Icons.SETTINGS, KeyCode.DIGIT6);

    private final String id;
    private final String icon;
    private final KeyCode shortcut;

    Page(String id, String icon, KeyCode shortcut) {
        this.id = id;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    /** Lower-case id: message keys {@code nav.<id>}, node ids {@code nav-<id>}, screenshot names. */
    public String id() {
        return id;
    }

    public String icon() {
        return icon;
    }

    public KeyCode shortcut() {
        return shortcut;
    }
}
