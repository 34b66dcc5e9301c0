package net.utilitynet.wallet.keystore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WrongPasswordException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.secure.PasswordKdf;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.secure.PrivateFiles;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * A Web3 Secret Storage v3 keystore (the JSON geth, MetaMask and ethers exchange): reads the
 * scrypt and pbkdf2 KDFs, writes scrypt. The private key is never held by this object.
 */
public final class KeystoreFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "keystore";
    private static final int MAX_SCRYPT_R = 32;
    private static final int MAX_SCRYPT_P = 64;
    private static final long MAX_PBKDF2_ROUNDS = 1L << 24;

    private final ObjectNode root;
    private final JsonNode crypto;

    private KeystoreFile(ObjectNode root, JsonNode crypto) {
        this.root = root;
        this.crypto = crypto;
    }

    public static KeystoreFile read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(FIELD, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Checks the structure; the password is checked only by {@link #decrypt}. */
    public static KeystoreFile parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(FIELD, "the file is not valid JSON, so it is corrupted or not a keystore; "
                    + "export it again from the wallet that made it");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(FIELD, "a keystore is a JSON object; this file is not one");
        }
        if (node.has("encseed")) {
            throw new InvalidInputException(FIELD, "this is an Ethereum presale wallet, not a v3 keystore; "
                    + "import it in geth and export a v3 keystore");
        }
        if (!node.has("version") || node.get("version").asInt() != 3) {
            throw new InvalidInputException(FIELD, "version " + node.path("version").asText("(missing)")
                    + " is not supported; only Web3 Secret Storage version 3 keystores (geth, MetaMask, ethers) can be imported");
        }
        JsonNode crypto = node.has("crypto") ? node.get("crypto") : node.get("Crypto");
        if (crypto == null || !crypto.isObject()) {
            throw new InvalidInputException(FIELD, "the 'crypto' section is missing; the file is corrupted");
        }
        KeystoreFile k = new KeystoreFile((ObjectNode) node, crypto);
        String cipher = k.text("crypto.cipher", crypto.get("cipher"));
        if (!cipher.equals("aes-128-ctr")) {
            throw new InvalidInputException(FIELD, "cipher '" + cipher + "' is not supported; v3 keystores use aes-128-ctr");
        }
        String kdf = k.text("crypto.kdf", crypto.get("kdf"));
        if (!kdf.equals("scrypt") && !kdf.equals("pbkdf2")) {
            throw new InvalidInputException(FIELD, "key derivation '" + kdf + "' is not supported; use scrypt or pbkdf2");
        }
        k.hex("crypto.ciphertext", crypto.get("ciphertext"));
        k.hex("crypto.mac", crypto.get("mac"));
        k.hex("crypto.cipherparams.iv", crypto.path("cipherparams").get("iv"));
        k.hex("crypto.kdfparams.salt", crypto.path("kdfparams").get("salt"));
        return k;
    }

    /** Encrypts {@code privateKey} (32 bytes) under {@code password} with scrypt and a fresh salt and IV. */
    public static KeystoreFile encrypt(byte[] privateKey, char[] password, ScryptCost cost, SecureRandom random) {
        byte[] salt = new byte[32];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        // NFKC like ethers/MetaMask; for the usual (NFC) input geth reads the same bytes
        Optional<char[]> nfkc = Passwords.nfkcVariant(password);
        byte[] pw = Passwords.utf8(nfkc.orElse(password));
        nfkc.ifPresent(Passwords::wipe);
        byte[] dk = PasswordKdf.scrypt(pw, salt, cost.n(), cost.r(), cost.p(), 32);
        try {
            byte[] ciphertext = aesCtr(dk, iv, privateKey);
            ObjectNode root = JSON.createObjectNode();
            root.put("address", addressOf(privateKey).lower().substring(2));
            root.put("id", UUID.randomUUID().toString());
            root.put("version", 3);
            ObjectNode c = root.putObject("crypto");
            c.put("cipher", "aes-128-ctr");
            c.putObject("cipherparams").put("iv", Numeric.toHexStringNoPrefix(iv));
            c.put("ciphertext", Numeric.toHexStringNoPrefix(ciphertext));
            c.put("kdf", "scrypt");
            c.putObject("kdfparams").put("dklen", 32).put("n", cost.n()).put("p", cost.p()).put("r", cost.r())
                    .put("salt", Numeric.toHexStringNoPrefix(salt));
            c.put("mac", Numeric.toHexStringNoPrefix(mac(dk, ciphertext)));
            return new KeystoreFile(root, c);
        } finally {
            Passwords.wipe(pw);
            Passwords.wipe(dk);
        }
    }

    /**
     * The private key (32 bytes; the caller wipes it). Wrong password → {@link WrongPasswordException}.
     * A non-ASCII password is tried as typed (geth) and then in NFKC form (ethers, MetaMask).
     */
    public byte[] decrypt(char[] password) {
        Optional<byte[]> dk = tryPassword(password);
        if (dk.isEmpty()) {
            Optional<char[]> nfkc = Passwords.nfkcVariant(password);
            try {
                dk = nfkc.flatMap(this::tryPassword);
            } finally {
                nfkc.ifPresent(Passwords::wipe);
            }
        }
        return keyFrom(dk.orElseThrow(() -> new WrongPasswordException("wrong password for keystore "
                + declaredAddress().map(Address::checksummed).orElse("(no address)") + "; type the password this keystore was saved with")));
    }

    /** The derived key when {@code password} matches the MAC. */
    private Optional<byte[]> tryPassword(char[] password) {
        byte[] pw = Passwords.utf8(password);
        try {
            byte[] dk = deriveKey(pw);
            if (MessageDigest.isEqual(mac(dk, hex("crypto.ciphertext", crypto.get("ciphertext"))), hex("crypto.mac", crypto.get("mac")))) {
                return Optional.of(dk);
            }
            Passwords.wipe(dk);
            return Optional.empty();
        } finally {
            Passwords.wipe(pw);
        }
    }

    private byte[] keyFrom(byte[] dk) {
        try {
            byte[] ciphertext = hex("crypto.ciphertext", crypto.get("ciphertext"));
            byte[] key = aesCtr(dk, hex("crypto.cipherparams.iv", crypto.path("cipherparams").get("iv")), ciphertext);
            if (key.length > 32 || new BigInteger(1, key).signum() == 0) {
                throw new InvalidInputException(FIELD, "the decrypted key is not a valid secp256k1 private key; the file is corrupted");
            }
            byte[] padded = Numeric.toBytesPadded(new BigInteger(1, key), 32);
            Passwords.wipe(key);
            Optional<Address> declared = declaredAddress();
            if (declared.isPresent() && !declared.get().equals(addressOf(padded))) {
                Passwords.wipe(padded);
                throw new InvalidInputException(FIELD, "the key inside does not belong to the address the file names ("
                        + declared.get() + "); the file was altered — do not use it");
            }
            return padded;
        } finally {
            Passwords.wipe(dk);
        }
    }

    /** The address written in the file, if any (unverified until {@link #decrypt}). */
    public Optional<Address> declaredAddress() {
        JsonNode a = root.get("address");
        if (a == null || !a.isTextual() || a.asText().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Address.ofTrusted(a.asText()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(FIELD, "the 'address' field is not a 20-byte hex address; the file is corrupted");
        }
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file atomically, readable only by the owner (0600). */
    public void write(Path file) {
        PrivateFiles.writeAtomically(file, toJson().getBytes(StandardCharsets.UTF_8));
    }

    private byte[] deriveKey(byte[] pw) {
        JsonNode p = crypto.path("kdfparams");
        byte[] salt = hex("crypto.kdfparams.salt", p.get("salt"));
        int dkLen = p.path("dklen").asInt(0);
        if (dkLen < 32 || dkLen > 64) {
            throw new InvalidInputException(FIELD, "crypto.kdfparams.dklen must be 32 to 64; the file is corrupted");
        }
        // a foreign file must not be able to make us spin for hours or allocate gigabytes
        if (p.path("r").asInt(0) > MAX_SCRYPT_R || p.path("p").asInt(0) > MAX_SCRYPT_P || p.path("c").asLong(0) > MAX_PBKDF2_ROUNDS) {
            throw new InvalidInputException(FIELD, "the key-derivation cost is far above what geth, MetaMask or ethers write "
                    + "(scrypt r ≤ " + MAX_SCRYPT_R + ", p ≤ " + MAX_SCRYPT_P + ", pbkdf2 c ≤ " + MAX_PBKDF2_ROUNDS + "); refusing to process it");
        }
        try {
            if (crypto.get("kdf").asText().equals("scrypt")) {
                return PasswordKdf.scrypt(pw, salt, p.path("n").asInt(), p.path("r").asInt(), p.path("p").asInt(), dkLen);
            }
            String prf = p.path("prf").asText("");
            if (!prf.equals("hmac-sha256")) {
                throw new InvalidInputException(FIELD, "pbkdf2 prf '" + prf + "' is not supported; v3 keystores use hmac-sha256");
            }
            return PasswordKdf.pbkdf2(pw, salt, p.path("c").asInt(), dkLen);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "the key-derivation parameters are out of range (" + e.getMessage()
                    + "); the file is corrupted or made for a different tool");
        }
    }

    private static byte[] mac(byte[] dk, byte[] ciphertext) {
        byte[] in = new byte[16 + ciphertext.length];
        System.arraycopy(dk, 16, in, 0, 16);
        System.arraycopy(ciphertext, 0, in, 16, ciphertext.length);
        return Hash.sha3(in);
    }

    private static byte[] aesCtr(byte[] dk, byte[] iv, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dk, 0, 16, "AES"), new IvParameterSpec(iv));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(FIELD, "crypto.cipherparams.iv must be 16 bytes; the file is corrupted");
        }
    }

    static Address addressOf(byte[] privateKey) {
        return Address.ofBytes(net.utilitynet.protocol.crypto.Secp256k1.address(privateKey));
    }

    private String text(String name, JsonNode n) {
        if (n == null || !n.isTextual()) {
            throw new InvalidInputException(FIELD, name + " is missing; the file is corrupted");
        }
        return n.asText().toLowerCase(Locale.ROOT);
    }

    private byte[] hex(String name, JsonNode n) {
        String s = text(name, n);
        if (!s.matches("(0x)?([0-9a-f]{2})+")) {
            throw new InvalidInputException(FIELD, name + " is not hex; the file is corrupted");
        }
        return Numeric.hexStringToByteArray(s);
    }

    @Override
    public String toString() {
        return "KeystoreFile[" + declaredAddress().map(Address::checksummed).orElse("no address") + "]";
    }
}
