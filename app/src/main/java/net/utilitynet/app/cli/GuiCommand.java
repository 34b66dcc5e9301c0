package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.InstanceLockedException;
import net.utilitynet.app.link.HandoffClient;
import net.utilitynet.app.shell.GuiLauncher;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.PaymentUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet gui [LINK]}: opens the desktop app (the same as running {@code utilitynet [LINK]}). When a window
 * already runs on the data directory, the link (or just "come to the front") is handed to it and this process ends.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
public final class GuiCommand implements Callable<Integer> {
    /** The running window writes its address right after taking the lock: wait that long for it. */
    static final Duration HANDOFF_PATIENCE = Duration.ofSeconds(3);

    @ParentCommand
    private UtilityNetCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LINK", description = UtilityNetCommand.LINK_DESCRIPTION)
    private String link;

    /** Hidden: visit every page in both themes, write PNGs into DIR, then exit (scripts/screenshots.sh). */
    @Option(names = "--screenshots", paramLabel = "DIR", hidden = true)
    private Path screenshotsDir;

    public GuiCommand() {
    }

    GuiCommand(UtilityNetCommand root, CommandSpec spec, String link) {
        this.root = root;
        this.spec = spec;
        this.link = link;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> given = Optional.ofNullable(link);
        given.ifPresent(l -> checkLink(l, err));
        DataDirectory dir = new DataDirectory(root.dataDirRoot());
        AppContext context;
        try {
            context = AppContext.open(dir.root());
        } catch (InstanceLockedException e) {
            if (HandoffClient.send(dir, e.pid(), given, HANDOFF_PATIENCE) == HandoffClient.Outcome.DELIVERED) {
                err.println("UtilityNet Desktop is already running on " + dir + ": "
                        + (given.isPresent() ? "the link was passed to its window." : "its window was brought to the front."));
                return 0;
            }
            GuiLauncher.showLockedDialog(e.getMessage());
            throw e;
        }
        return GuiLauncher.launch(context, screenshotsDir, given);
    }

    /**
     * A word that is not a link is a mistyped command. A malformed link is reported here and, in a dialog, by the
     * window, which opens without it.
     */
    private static void checkLink(String text, PrintWriter err) {
        if (!PaymentUri.looksLikeLink(text)) {
            throw new UserFacingException("'" + text + "' is neither a command nor a link. Commands: utilitynet --help;"
                    + " links start with utilitynet:, e.g. utilitynet:0xADDRESS@21844?value=1.5e18");
        }
        try {
            PaymentUri.parse(text);
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage() + " (the app opens without the link)");
        }
    }
}
