package net.utilitynet.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.config.DataDirResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet}: the root command. Without a subcommand it opens the GUI. Subcommands are
 * classes listed below, one per line; they reach the data directory through {@link #openContext()}
 * (a {@code @ParentCommand UtilityNetCommand root} field gives them this object).
 */
@Command(name = "utilitynet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "UtilityNet Desktop: wallet, light client and mining console for UtilityNet.",
            "Without a command, opens the desktop app; with a LINK, opens it on Wallet > Send, filled in."},
        footer = {"",
            "Data directory: --data-dir, else $UTILITYNET_HOME, else the OS default",
            "(Linux: $XDG_DATA_HOME/utilitynet or ~/.local/share/utilitynet).",
            "Run 'utilitynet COMMAND --help' for a command's options."},
        subcommands = {
            CommandLine.HelpCommand.class,
            GuiCommand.class,
            NetworksCommand.class,
            WalletCommand.class,
            TxCommand.class,
            DevnetCommand.class,
            SyncCommand.class,
            VerifyHeadersCommand.class,
            VerifyAccountCommand.class,
            ChipsCommand.class,
            AttestCommand.class,
            MineCommand.class,
            RewardsCommand.class,
            MarketCommand.class,
        })
public final class UtilityNetCommand implements Callable<Integer> {

    static final String LINK_DESCRIPTION = "A payment link to open on Wallet > Send, filled in for you to review and confirm"
            + " (nothing is sent by itself): 'utilitynet:0xADDRESS[@CHAIN_ID][?value=WEI]', e.g."
            + " 'utilitynet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266@21844?value=1.5e18'; ethereum: links work too."
            + " When the app already runs on the data directory, the link goes to its window.";

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data directory (settings, networks, wallets, logs). Overrides $UTILITYNET_HOME.")
    private Path dataDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LINK", description = LINK_DESCRIPTION)
    private String link;

    @Spec
    private CommandSpec spec;

    private final DataDirResolver resolver;

    public UtilityNetCommand() {
        this(DataDirResolver.forThisProcess());
    }

    /** For tests: resolve the data directory from a given environment. */
    public UtilityNetCommand(DataDirResolver resolver) {
        this.resolver = resolver;
    }

    /** A command line for this root with the app's error reporting (what {@code Main} runs). */
    public static CommandLine newCommandLine(UtilityNetCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        return commandLine;
    }

    /** The data directory this invocation uses (flag, then environment, then OS default). */
    public Path dataDirRoot() {
        return resolver.resolve(Optional.ofNullable(dataDir));
    }

    /** Locks the data directory and loads settings and networks; close it when the command ends. */
    public AppContext openContext() {
        return AppContext.open(dataDirRoot());
    }

    @Override
    public Integer call() {
        return new GuiCommand(this, spec, link).call();
    }
}
