package net.utilitynet.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.KeystoreTransfer;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet export-keystore}: writes an account's key as a scrypt v3 keystore (file mode 0600). */
@Command(name = "export-keystore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export an account as a Web3 Secret Storage v3 keystore (scrypt) that geth, MetaMask and ethers accept.")
public final class WalletExportKeystoreCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--address", required = true, paramLabel = "0xADDRESS", description = "The account to export.")
    private String address;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Keystore file to write (must not exist).")
    private Path out;

    @Option(names = "--keystore-password-file", required = true, paramLabel = "FILE|-", description = "File with the password for the keystore, or - for stdin.")
    private String keystorePasswordFile;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "File with the wallet password, or - for stdin.")
    private String passwordFile;

    @Mixin
    private LightKdfOption kdf;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() {
        if (Files.exists(out)) {
            throw new UserFacingException("--out: " + out + " already exists; choose a new file name");
        }
        WalletCliSupport.atMostOneFromStdin(keystorePasswordFile, passwordFile);
        Address account = WalletCliSupport.wallet(() -> Address.parse(address, "--address"));
        char[] keystorePassword = WalletCliSupport.secret(keystorePasswordFile, "--keystore-password-file", System.in);
        char[] password = WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        try (AppContext context = wallet.root.openContext()) {
            WalletStore store = WalletCliSupport.openUnlocked(WalletCliSupport.walletFile(context, network), password);
            WalletCliSupport.wallet(() -> KeystoreTransfer.exportKeystore(store, account, keystorePassword, out, kdf.cost(),
                    new SecureRandom()));
            store.lock();
            spec.commandLine().getOut().println("Exported " + account.checksummed() + " to " + out);
            spec.commandLine().getOut().flush();
        } finally {
            Passwords.wipe(keystorePassword);
            Passwords.wipe(password);
        }
        return 0;
    }
}
