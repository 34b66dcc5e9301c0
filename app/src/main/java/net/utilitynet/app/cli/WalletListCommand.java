package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import net.utilitynet.app.AppContext;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet list}: the accounts (the list is encrypted, so the password is needed). */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false, description = "List the wallet's accounts.")
public final class WalletListCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "File with the wallet password, or - for stdin.")
    private String passwordFile;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() {
        char[] password = WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        try (AppContext context = wallet.root.openContext()) {
            WalletStore store = WalletCliSupport.openUnlocked(WalletCliSupport.walletFile(context, network), password);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-42s  %-10s  %-6s  %s%n", "ADDRESS", "KIND", "INDEX", "LABEL");
            for (Account a : store.accounts()) {
                out.printf("%-42s  %-10s  %-6s  %s%n", a.address().checksummed(), a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        a.hdIndex() < 0 ? "" : Integer.toString(a.hdIndex()), a.label() == null ? "" : a.label());
            }
            out.flush();
            store.lock();
        } finally {
            Passwords.wipe(password);
        }
        return 0;
    }
}
