package net.utilitynet.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.utilitynet.app.shell.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code utilitynet gui}: opens the desktop app (the same as running {@code utilitynet} alone). */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
public final class GuiCommand implements Callable<Integer> {

    @ParentCommand
    private UtilityNetCommand root;

    /** Hidden: visit every page in both themes, write PNGs into DIR, then exit (scripts/screenshots.sh). */
    @Option(names = "--screenshots", paramLabel = "DIR", hidden = true)
    private Path screenshotsDir;

    public GuiCommand() {
    }

    GuiCommand(UtilityNetCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        return GuiLauncher.launch(root.dataDirRoot(), screenshotsDir);
    }
}
