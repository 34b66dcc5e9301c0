package net.utilitynet.app;

import net.utilitynet.app.cli.UtilityNetCommand;

/**
 * Entry point of {@code utilitynet}. Not a JavaFX {@code Application} (JavaFX runs from the
 * classpath): with no subcommand the root command opens the GUI; {@code --version}, {@code --help}
 * and the other subcommands never load JavaFX or AWT, so they work without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = UtilityNetCommand.newCommandLine(new UtilityNetCommand()).execute(args);
        System.exit(exitCode);
    }
}
