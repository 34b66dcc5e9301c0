package net.utilitynet.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import net.utilitynet.app.AppContext;
import net.utilitynet.wallet.keystore.KeystoreTransfer;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet import-keystore}: adds the key of a v3 keystore (geth, MetaMask, ethers) as an account. */
@Command(name = "import-keystore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import a Web3 Secret Storage v3 keystore file as an account.")
public final class WalletImportKeystoreCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "The keystore JSON file.")
    private Path keystore;

    @Option(names = "--keystore-password-file", required = true, paramLabel = "FILE|-", description = "File with the keystore's password, or - for stdin.")
    private String keystorePasswordFile;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "File with the wallet password, or - for stdin.")
    private String passwordFile;

    @Option(names = "--label", defaultValue = "Imported", paramLabel = "TEXT", description = "Account label (default: ${DEFAULT-VALUE}).")
    private String label;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() {
        WalletCliSupport.atMostOneFromStdin(keystorePasswordFile, passwordFile);
        char[] keystorePassword = WalletCliSupport.secret(keystorePasswordFile, "--keystore-password-file", System.in);
        char[] password = WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        try (AppContext context = wallet.root.openContext()) {
            WalletStore store = WalletCliSupport.openUnlocked(WalletCliSupport.walletFile(context, network), password);
            var account = WalletCliSupport.wallet(() -> KeystoreTransfer.importKeystore(store, keystore, keystorePassword, label));
            store.lock();
            spec.commandLine().getOut().println("Imported " + account.address().checksummed());
            spec.commandLine().getOut().flush();
        } finally {
            Passwords.wipe(keystorePassword);
            Passwords.wipe(password);
        }
        return 0;
    }
}
