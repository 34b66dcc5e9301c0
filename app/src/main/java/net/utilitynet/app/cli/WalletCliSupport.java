package net.utilitynet.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.cli.OfflineTools;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.WalletStore;

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

    /** Opens a wallet file and unlocks it (a wrong password is a one-line error); the caller wipes the password. */
    static WalletStore openUnlocked(Path walletFile, char[] password) {
        WalletStore store = wallet(() -> WalletStore.open(walletFile, new SecureRandom()));
        wallet(() -> {
            store.unlock(password);
            return null;
        });
        return store;
    }

    /**
     * The account named by {@code option}: an address, or an HD index as 'wallet list' prints it; without the option,
     * the wallet's first account that can sign. It must be in the wallet and able to sign.
     */
    static Address signingAccount(WalletStore store, String option, String text) {
        if (text == null) {
            return store.accounts().stream().filter(Account::canSign).findFirst()
                    .orElseThrow(() -> new UserFacingException("the wallet has no signing account; see 'utilitynet wallet create'"))
                    .address();
        }
        if (text.strip().matches("\\d{1,9}")) {
            int index = Integer.parseInt(text.strip());
            return store.accounts().stream().filter(a -> a.hdIndex() == index).findFirst()
                    .orElseThrow(() -> new UserFacingException(option + ": the wallet has no HD account with index " + index
                            + "; see 'utilitynet wallet list'")).address();
        }
        Address account = wallet(() -> Address.parse(text, option));
        if (store.accounts().stream().noneMatch(a -> a.address().equals(account) && a.canSign())) {
            throw new UserFacingException(option + ": " + account + " is not an account of this wallet that can sign; see 'utilitynet wallet list'");
        }
        return account;
    }

    /** Runs wallet-library code, turning its typed errors (messages already name the field and fix) into user-facing errors. */
    static <T> T wallet(Supplier<T> work) {
        try {
            return work.get();
        } catch (WalletException e) {
            throw new UserFacingException(e.getMessage(), e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WalletException w) {
                throw new UserFacingException(w.getMessage(), w);
            }
            throw e;
        }
    }

    /** One line per transaction the outbox sent again at start (saved while a node was unreachable, or still pending). */
    static void reportResumed(List<OutboxEntry> resumed, PrintWriter out) {
        for (OutboxEntry e : resumed) {
            out.println(e.state() == OutboxState.SIGNED
                    ? "Saved transaction " + e.hash() + " could not be sent yet (" + e.lastError().orElse("no node reachable")
                            + "); it stays in the outbox and is tried again by the next command or app start."
                    : "Re-sent saved transaction " + e.hash() + " (" + e.state() + ").");
        }
        out.flush();
    }
}
