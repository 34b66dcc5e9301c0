package net.utilitynet.app.cli;

import java.util.concurrent.Callable;

import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.secure.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet restore}: a wallet from existing recovery words, each word and the checksum validated. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Restore a wallet from recovery words.")
public final class WalletRestoreCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--mnemonic-file", required = true, paramLabel = "FILE|-", description = "File with the recovery words, or - for stdin.")
    private String mnemonicFile;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "File with the new wallet password, or - for stdin.")
    private String passwordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Optional BIP-39 passphrase file (one line).")
    private String passphraseFile;

    @Mixin
    private LightKdfOption kdf;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() {
        WalletCliSupport.atMostOneFromStdin(mnemonicFile, passwordFile, passphraseFile);
        char[] words = WalletCliSupport.secret(mnemonicFile, "--mnemonic-file", System.in);
        Mnemonic mnemonic;
        try {
            mnemonic = WalletCliSupport.wallet(() -> Mnemonic.parse(new String(words)));
        } finally {
            Passwords.wipe(words);
        }
        WalletCreateCommand.create(wallet, spec, passwordFile, passphraseFile, network, kdf.cost(), mnemonic);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
