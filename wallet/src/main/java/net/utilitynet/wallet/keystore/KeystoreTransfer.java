package net.utilitynet.wallet.keystore;

import java.nio.file.Path;
import java.security.SecureRandom;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.WalletStore;

/** Moves keys between v3 keystore files and the (unlocked) wallet store; key bytes are wiped after use. */
public final class KeystoreTransfer {
    private KeystoreTransfer() {
    }

    /** Decrypts {@code file} with its own password and imports the key as an IMPORTED account. */
    public static Account importKeystore(WalletStore store, Path file, char[] keystorePassword, String label) {
        byte[] key = KeystoreFile.read(file).decrypt(keystorePassword);
        try {
            return store.importPrivateKey(key, label);
        } finally {
            Passwords.wipe(key);
        }
    }

    /** Writes the account's key as a scrypt v3 keystore (0600, atomic) under {@code keystorePassword}. */
    public static KeystoreFile exportKeystore(WalletStore store, Address account, char[] keystorePassword, Path file, ScryptCost cost,
            SecureRandom random) {
        byte[] key = store.privateKey(account);
        try {
            KeystoreFile k = KeystoreFile.encrypt(key, keystorePassword, cost, random);
            k.write(file);
            return k;
        } finally {
            Passwords.wipe(key);
        }
    }
}
