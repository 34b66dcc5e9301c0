package net.utilitynet.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet …}: create, restore and inspect the wallet; keystores; offline derivation; send and the outbox. */
@Command(name = "wallet", mixinStandardHelpOptions = true,
        description = {"Create, restore and list the wallet, import and export keystores, derive addresses,",
            "show verified balances and history, send UNC and list the outbox.",
            "Secrets are read from files (or - for standard input), never from arguments."},
        subcommands = {
            WalletDeriveCommand.class,
            WalletCreateCommand.class,
            WalletRestoreCommand.class,
            WalletListCommand.class,
            WalletImportKeystoreCommand.class,
            WalletExportKeystoreCommand.class,
            WalletBalanceCommand.class,
            WalletHistoryCommand.class,
            WalletSendCommand.class,
            WalletPendingCommand.class,
        })
public final class WalletCommand implements Runnable {

    @ParentCommand
    UtilityNetCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: use one of derive, create, restore, list, import-keystore, export-keystore, balance, history, send, pending.");
    }
}
