package net.utilitynet.wallet.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WalletLockedException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.secure.PasswordKdf;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.secure.SealedBox;
import net.utilitynet.wallet.store.VaultContents.BookEntry;
import net.utilitynet.wallet.store.VaultContents.HdEntry;
import net.utilitynet.wallet.store.VaultContents.KeyEntry;
import net.utilitynet.wallet.store.VaultContents.MinerKeyEntry;
import net.utilitynet.wallet.store.VaultContents.WatchEntry;
import org.web3j.utils.Numeric;

/**
 * One encrypted wallet file per network. Locked, it knows only its header; unlocked, it holds
 * the decrypted contents and the AES key (never the password) so edits can be saved. Every
 * change is written at once, atomically, 0600. Thread-safe: all methods synchronise on the store.
 */
public final class WalletStore {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final SecureRandom random;
    private WalletFileFormat header;
    private VaultContents contents; // null while locked
    private byte[] key; // null while locked

    private WalletStore(Path file, WalletFileFormat header, SecureRandom random) {
        this.file = file;
        this.header = header;
        this.random = random;
    }

    /** Creates a new wallet file (refusing to overwrite one); the store is returned unlocked. */
    public static WalletStore create(Path file, String network, char[] password, Optional<Mnemonic> mnemonic, String passphrase,
            int coinType, ScryptCost cost, SecureRandom random) {
        if (Files.exists(file)) {
            throw new InvalidInputException("wallet file", file + " already exists; open it, or choose another file");
        }
        requireStrongEnough(password);
        VaultContents c = new VaultContents();
        c.coinType = coinType;
        c.mnemonic = mnemonic.map(m -> m.phrase().getBytes(StandardCharsets.UTF_8)).orElse(null);
        c.passphrase = (passphrase == null ? "" : passphrase).getBytes(StandardCharsets.UTF_8);
        WalletStore s = new WalletStore(file, null, random);
        s.contents = c;
        s.rekey(network, password, cost);
        if (mnemonic.isPresent()) {
            s.addHdAccount("Account 1");
        } else {
            s.save();
        }
        return s;
    }

    /** Opens an existing wallet file, locked. */
    public static WalletStore open(Path file, SecureRandom random) {
        return new WalletStore(file, WalletFileFormat.read(file), random);
    }

    public Path file() {
        return file;
    }

    public synchronized String network() {
        return header.network();
    }

    public synchronized boolean isLocked() {
        return contents == null;
    }

    /** Decrypts the file; {@link net.utilitynet.wallet.WrongPasswordException} when the password is wrong. */
    public synchronized void unlock(char[] password) {
        if (!isLocked()) {
            return;
        }
        WalletFileFormat h = WalletFileFormat.read(file);
        byte[] k = deriveKey(password, h.salt(), h.cost());
        byte[] plain = SealedBox.open(k, h.iv(), h.ciphertext(), h.associatedData(), "wallet " + file.getFileName());
        try {
            contents = JSON.readValue(plain, VaultContents.class);
        } catch (IOException e) {
            Passwords.wipe(k);
            throw new InvalidInputException("wallet file", "the wallet decrypted but its contents are damaged; restore from your recovery words");
        } finally {
            Passwords.wipe(plain);
        }
        header = h;
        key = k;
    }

    /**
     * Checks the password against the file without changing the lock state, e.g. to confirm a
     * send. Throws {@link net.utilitynet.wallet.WrongPasswordException} when it is wrong.
     */
    public void verifyPassword(char[] password) {
        WalletFileFormat h = WalletFileFormat.read(file);
        byte[] k = deriveKey(password, h.salt(), h.cost());
        try {
            Passwords.wipe(SealedBox.open(k, h.iv(), h.ciphertext(), h.associatedData(), "wallet " + file.getFileName()));
        } finally {
            Passwords.wipe(k);
        }
    }

    /** Wipes the decrypted secrets and the key from memory. */
    public synchronized void lock() {
        if (contents != null) {
            contents.wipe();
            contents = null;
        }
        Passwords.wipe(key);
        key = null;
    }

    /** Re-encrypts under a new password with a fresh salt; the old file stays intact until the atomic replace. */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        requireStrongEnough(newPassword);
        boolean wasLocked = isLocked();
        lock();
        unlock(oldPassword);
        rekey(header.network(), newPassword, header.cost());
        if (wasLocked) {
            lock();
        }
    }

    public synchronized List<Account> accounts() {
        VaultContents c = unlocked();
        List<Account> out = new ArrayList<>();
        c.hdAccounts.forEach(a -> out.add(new Account(Address.ofTrusted(a.address()), AccountKind.HD, a.label(), a.index())));
        c.importedKeys.forEach(a -> out.add(new Account(Address.ofTrusted(a.address()), AccountKind.IMPORTED, a.label(), -1)));
        c.watchOnly.forEach(a -> out.add(new Account(Address.ofTrusted(a.address()), AccountKind.WATCH_ONLY, a.label(), -1)));
        return out;
    }

    public synchronized boolean hasMnemonic() {
        return unlocked().mnemonic != null;
    }

    /** Adds the next BIP-44 account {@code m/44'/coin'/0'/0/i}. */
    public synchronized Account addHdAccount(String label) {
        VaultContents c = unlocked();
        if (c.mnemonic == null) {
            throw new InvalidInputException("account", "this wallet has no recovery words; import a key or add a watch-only address instead");
        }
        int index = c.hdAccounts.stream().mapToInt(HdEntry::index).max().orElse(-1) + 1;
        Address a = mnemonic(c).deriveAddress(passphrase(c), HdPath.bip44(c.coinType, index));
        c.hdAccounts.add(new HdEntry(index, a.lower(), label));
        save();
        return new Account(a, AccountKind.HD, label, index);
    }

    /** Imports a raw 32-byte secp256k1 key; the caller wipes its array. */
    public synchronized Account importPrivateKey(byte[] privateKey, String label) {
        VaultContents c = unlocked();
        if (privateKey.length != 32 || Numeric.toBigInt(privateKey).signum() == 0
                || Numeric.toBigInt(privateKey).compareTo(org.web3j.crypto.Sign.CURVE_PARAMS.getN()) >= 0) {
            throw new InvalidInputException("private key", "a private key is 32 bytes (64 hex characters) below the secp256k1 order");
        }
        Address a = Address.ofBytes(net.utilitynet.protocol.crypto.Secp256k1.address(privateKey));
        requireNew(a);
        c.importedKeys.add(new KeyEntry(a.lower(), Arrays.copyOf(privateKey, 32), label));
        save();
        return new Account(a, AccountKind.IMPORTED, label, -1);
    }

    public synchronized Account addWatchOnly(Address address, String label) {
        VaultContents c = unlocked();
        requireNew(address);
        c.watchOnly.add(new WatchEntry(address.lower(), label));
        save();
        return new Account(address, AccountKind.WATCH_ONLY, label, -1);
    }

    public synchronized void setLabel(Address address, String label) {
        VaultContents c = unlocked();
        boolean found = false;
        for (int i = 0; i < c.hdAccounts.size(); i++) {
            HdEntry e = c.hdAccounts.get(i);
            if (e.address().equals(address.lower())) {
                c.hdAccounts.set(i, new HdEntry(e.index(), e.address(), label));
                found = true;
            }
        }
        for (int i = 0; i < c.importedKeys.size(); i++) {
            KeyEntry e = c.importedKeys.get(i);
            if (e.address().equals(address.lower())) {
                c.importedKeys.set(i, new KeyEntry(e.address(), e.privateKey(), label));
                found = true;
            }
        }
        for (int i = 0; i < c.watchOnly.size(); i++) {
            if (c.watchOnly.get(i).address().equals(address.lower())) {
                c.watchOnly.set(i, new WatchEntry(address.lower(), label));
                found = true;
            }
        }
        if (!found) {
            throw new InvalidInputException("account", address + " is not an account of this wallet");
        }
        save();
    }

    public synchronized List<AddressBookEntry> addressBook() {
        return unlocked().addressBook.stream().map(b -> new AddressBookEntry(Address.ofTrusted(b.address()), b.name())).toList();
    }

    /** Adds or renames an address-book entry. */
    public synchronized void putAddressBookEntry(Address address, String name) {
        VaultContents c = unlocked();
        c.addressBook.removeIf(b -> b.address().equals(address.lower()));
        c.addressBook.add(new BookEntry(address.lower(), name));
        save();
    }

    public synchronized void removeAddressBookEntry(Address address) {
        if (unlocked().addressBook.removeIf(b -> b.address().equals(address.lower()))) {
            save();
        }
    }

    /** Stores a miner key (P-256 secret scalar) under {@code name}, replacing any old one. */
    public synchronized void putMinerKey(String name, byte[] secret) {
        VaultContents c = unlocked();
        c.minerKeys.stream().filter(k -> k.name().equals(name)).forEach(k -> Passwords.wipe(k.secret()));
        c.minerKeys.removeIf(k -> k.name().equals(name));
        c.minerKeys.add(new MinerKeyEntry(name, Arrays.copyOf(secret, secret.length)));
        save();
    }

    /** A copy of the named miner key; the caller wipes it. */
    public synchronized Optional<byte[]> minerKey(String name) {
        return unlocked().minerKeys.stream().filter(k -> k.name().equals(name)).findFirst()
                .map(k -> Arrays.copyOf(k.secret(), k.secret().length));
    }

    public synchronized List<String> minerKeyNames() {
        return unlocked().minerKeys.stream().map(MinerKeyEntry::name).toList();
    }

    /** A copy of the account's 32-byte private key for signing; the caller wipes it. */
    public synchronized byte[] privateKey(Address address) {
        VaultContents c = unlocked();
        for (KeyEntry k : c.importedKeys) {
            if (k.address().equals(address.lower())) {
                return Arrays.copyOf(k.privateKey(), 32);
            }
        }
        for (HdEntry h : c.hdAccounts) {
            if (h.address().equals(address.lower())) {
                var pair = mnemonic(c).deriveKey(passphrase(c), HdPath.bip44(c.coinType, h.index()));
                return Numeric.toBytesPadded(pair.getPrivateKey(), 32);
            }
        }
        throw new InvalidInputException("from", address + " has no key in this wallet (watch-only or unknown); choose an account that can sign");
    }

    /** The recovery words for a "show recovery phrase" screen, as chars the caller wipes. */
    public synchronized char[] mnemonicWords() {
        VaultContents c = unlocked();
        if (c.mnemonic == null) {
            throw new InvalidInputException("mnemonic", "this wallet has no recovery words");
        }
        return StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(c.mnemonic)).array();
    }

    private static Mnemonic mnemonic(VaultContents c) {
        return Mnemonic.parse(new String(c.mnemonic, StandardCharsets.UTF_8));
    }

    private static String passphrase(VaultContents c) {
        return new String(c.passphrase, StandardCharsets.UTF_8);
    }

    private void requireNew(Address a) {
        if (accounts().stream().anyMatch(x -> x.address().equals(a))) {
            throw new InvalidInputException("address", a + " is already in this wallet");
        }
    }

    private VaultContents unlocked() {
        if (contents == null) {
            throw new WalletLockedException();
        }
        return contents;
    }

    private void rekey(String network, char[] password, ScryptCost cost) {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        byte[] newKey = deriveKey(password, salt, cost);
        Passwords.wipe(key);
        key = newKey;
        header = new WalletFileFormat(network, cost, salt, new byte[SealedBox.IV_BYTES], new byte[0]);
        save();
    }

    private void save() {
        byte[] plain;
        try {
            plain = JSON.writeValueAsBytes(contents);
        } catch (IOException e) {
            throw new IllegalStateException("could not serialise the wallet", e);
        }
        byte[] iv = SealedBox.randomIv(random);
        WalletFileFormat h = new WalletFileFormat(header.network(), header.cost(), header.salt(), iv, new byte[0]);
        byte[] sealed = SealedBox.seal(key, iv, plain, h.associatedData());
        Passwords.wipe(plain);
        header = new WalletFileFormat(h.network(), h.cost(), h.salt(), iv, sealed);
        header.write(file);
    }

    private static byte[] deriveKey(char[] password, byte[] salt, ScryptCost cost) {
        byte[] pw = Passwords.utf8(password);
        try {
            return PasswordKdf.scrypt(pw, salt, cost.n(), cost.r(), cost.p(), 32);
        } finally {
            Passwords.wipe(pw);
        }
    }

    private static void requireStrongEnough(char[] password) {
        if (password == null || password.length < 8) {
            throw new InvalidInputException("password", "use at least 8 characters for the wallet password");
        }
    }

    @Override
    public String toString() {
        return "WalletStore[" + file.getFileName() + ", " + (contents == null ? "locked" : "unlocked") + "]";
    }
}
