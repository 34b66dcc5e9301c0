package net.utilitynet.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import net.utilitynet.wallet.cli.OfflineTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet derive}: offline, prints the EIP-55 address of a mnemonic at a path. */
@Command(name = "derive", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the EIP-55 address of a BIP-39 mnemonic at a BIP-32 path (offline; MetaMask/ethers compatible).")
public final class WalletDeriveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--mnemonic-file", required = true, paramLabel = "FILE", description = "File holding the 12-24 recovery words.")
    private Path mnemonicFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the optional BIP-39 passphrase (one line).")
    private Path passphraseFile;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = "m/44'/60'/0'/0/0",
            description = "Derivation path (default: ${DEFAULT-VALUE}).")
    private String path;

    @Override
    public Integer call() {
        String address = WalletCliSupport.wallet(
                () -> OfflineTools.deriveAddress(mnemonicFile, Optional.ofNullable(passphraseFile), path).checksummed());
        spec.commandLine().getOut().println(address);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
