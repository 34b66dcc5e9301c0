package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;

import net.utilitynet.app.AppContext;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet create}: a new wallet with fresh recovery words, shown once. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Create a wallet with new recovery words (printed once: write them down).")
public final class WalletCreateCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "File with the new wallet password, or - for stdin.")
    private String passwordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Optional BIP-39 passphrase file (one line).")
    private String passphraseFile;

    @Option(names = "--words", defaultValue = "12", paramLabel = "12|24", description = "Number of recovery words (default: ${DEFAULT-VALUE}).")
    private int words;

    @Mixin
    private LightKdfOption kdf;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() {
        Mnemonic mnemonic = WalletCliSupport.wallet(() -> Mnemonic.generate(words, new SecureRandom()));
        PrintWriter out = spec.commandLine().getOut();
        create(wallet, spec, passwordFile, passphraseFile, network, kdf.cost(), mnemonic);
        out.println("Recovery words (shown only now; write them down and keep them offline):");
        out.println(mnemonic.phrase());
        out.flush();
        return 0;
    }

    /** Shared with {@code restore}: creates the wallet file and prints the first account. */
    static void create(WalletCommand wallet, CommandSpec spec, String passwordFile, String passphraseFile, String network, ScryptCost cost,
            Mnemonic mnemonic) {
        WalletCliSupport.atMostOneFromStdin(passwordFile, passphraseFile);
        char[] password = WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        char[] passphrase = passphraseFile == null ? new char[0] : WalletCliSupport.secret(passphraseFile, "--passphrase-file", System.in);
        try (AppContext context = wallet.root.openContext()) {
            var file = WalletCliSupport.walletFile(context, network);
            String networkId = WalletCliSupport.networkId(context, network);
            WalletStore store = WalletCliSupport.wallet(() -> WalletStore.create(file, networkId, password,
                    Optional.of(mnemonic), new String(passphrase), HdPath.ETHEREUM_COIN_TYPE, cost, new SecureRandom()));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wallet created: " + file);
            out.println("Account 1: " + store.accounts().get(0).address().checksummed());
            store.lock();
        } finally {
            Passwords.wipe(password);
            Passwords.wipe(passphrase);
        }
    }
}
