package net.utilitynet.app.wallet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.KeystoreFile;
import net.utilitynet.wallet.keystore.KeystoreTransfer;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key operations of the active network's wallet for the screens: import a private key or keystore, export a
 * keystore, reveal the recovery words. Each runs on the service's worker; passwords and key bytes are wiped after use.
 */
public final class AccountKeys {
    private static final Logger LOG = LoggerFactory.getLogger(AccountKeys.class);

    private final WalletService service;
    private final ScryptCost cost;
    private final SecureRandom random;

    AccountKeys(WalletService service, ScryptCost cost, SecureRandom random) {
        this.service = service;
        this.cost = cost;
        this.random = random;
    }

    /** Imports a raw 32-byte key (64 hex characters, optional 0x); the key array is wiped. */
    public CompletableFuture<Account> importPrivateKey(char[] hexKey, String label) {
        return service.edit(() -> {
            byte[] key = null;
            try {
                String hex = new String(hexKey).trim();
                hex = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
                if (!hex.matches("[0-9a-fA-F]{64}")) {
                    throw new InvalidInputException("private key", "a private key is 64 hexadecimal characters (optionally starting with 0x); check that nothing is missing");
                }
                key = org.web3j.utils.Numeric.hexStringToByteArray(hex);
                return service.requireWallet().store().importPrivateKey(key, label);
            } finally {
                Passwords.wipe(hexKey);
                Passwords.wipe(key);
            }
        });
    }

    /** Decrypts a keystore file to show the address it holds before anything is imported. */
    public CompletableFuture<Address> keystoreAddress(Path file, char[] keystorePassword) {
        return CompletableFuture.supplyAsync(() -> {
            char[] copy = keystorePassword.clone();
            byte[] key = KeystoreFile.read(file).decrypt(copy);
            try {
                return Address.ofBytes(net.utilitynet.protocol.crypto.Secp256k1.address(key));
            } finally {
                Passwords.wipe(key);
                Passwords.wipe(copy);
            }
        }, service.worker());
    }

    public CompletableFuture<Account> importKeystore(Path file, char[] keystorePassword, String label) {
        return service.edit(() -> {
            try {
                return KeystoreTransfer.importKeystore(service.requireWallet().store(), file, keystorePassword, label);
            } finally {
                Passwords.wipe(keystorePassword);
            }
        });
    }

    /**
     * Writes the account's key as a Web3 Secret Storage v3 keystore (scrypt at this service's cost, file 0600, atomic) after
     * the wallet password is confirmed; the same {@link KeystoreTransfer} as {@code utilitynet wallet export-keystore}.
     * Both passwords are wiped.
     */
    public CompletableFuture<Path> exportKeystore(Address account, char[] walletPassword, char[] keystorePassword, Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (Files.exists(file)) {
                    throw new InvalidInputException("file", file + " already exists; choose a new file name (nothing is overwritten)");
                }
                Wallet w = service.requireWallet();
                w.userActivity();
                w.store().verifyPassword(walletPassword);
                KeystoreTransfer.exportKeystore(w.store(), account, keystorePassword, file, cost, random);
                LOG.info("exported {} as a keystore file", account);
                return file;
            } finally {
                Passwords.wipe(walletPassword);
                Passwords.wipe(keystorePassword);
            }
        }, service.worker());
    }

    /** The recovery words after the wallet password is confirmed (the password is wiped; the caller shows and drops the words). */
    public CompletableFuture<List<String>> recoveryWords(char[] password) {
        return CompletableFuture.supplyAsync(() -> {
            char[] words = null;
            try {
                Wallet w = service.requireWallet();
                w.userActivity();
                w.store().verifyPassword(password);
                words = w.store().mnemonicWords();
                return List.of(new String(words).strip().split("\\s+"));
            } finally {
                Passwords.wipe(password);
                if (words != null) {
                    java.util.Arrays.fill(words, '\0');
                }
            }
        }, service.worker());
    }
}
