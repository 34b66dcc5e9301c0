package net.utilitynet.app.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.cli.OfflineTools;

/** Shared rules of the wallet and tx commands: secrets from files or stdin only, errors as one clear line. */
final class WalletCliSupport {
    static final String WALLET_FILE = "wallet.json";

    private WalletCliSupport() {
    }

    /** A secret from a file, or from standard input when the option's value is "-". */
    static char[] secret(String fileOrDash, String option, InputStream stdin) {
        if (fileOrDash == null) {
            throw new UserFacingException(option + " is required (a file holding the secret, or - to read it from standard input)");
        }
        return wallet(() -> "-".equals(fileOrDash) ? OfflineTools.readSecret(stdin, option.substring(2))
                : OfflineTools.readSecret(Path.of(fileOrDash), option.substring(2)));
    }

    /** Standard input can carry one secret per run. */
    static void atMostOneFromStdin(String... fileOptions) {
        if (java.util.Arrays.stream(fileOptions).filter("-"::equals).count() > 1) {
            throw new UserFacingException("only one secret can be read from standard input (-); give the others as files");
        }
    }

    /** The network id given with --network, or the active network's; it must exist. */
    static String networkId(AppContext context, String option) {
        String id = option == null ? context.networks().current().activeId() : option;
        if (context.networks().current().find(id).isEmpty()) {
            throw new UserFacingException("--network: there is no network '" + id + "'; see 'utilitynet networks list'");
        }
        return id;
    }

    /** The wallet file of the network (one wallet file per network, in the network's data folder). */
    static Path walletFile(AppContext context, String networkOption) {
        return context.dataDirectory().data(networkId(context, networkOption)).resolve(WALLET_FILE);
    }

    /** Runs wallet-library code, turning its typed errors (messages already name the field and fix) into user-facing errors. */
    static <T> T wallet(Supplier<T> work) {
        try {
            return work.get();
        } catch (WalletException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
