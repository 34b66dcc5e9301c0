package net.utilitynet.wallet.mnemonic;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.MnemonicUtils;

/**
 * A validated BIP-39 English mnemonic plus optional passphrase, able to derive BIP-32 keys.
 * Web3j's BIP-39 API takes {@code String}, so the phrase lives in an immutable String for the
 * lifetime of this object; keep it short-lived. {@link #toString()} never shows the words.
 */
public final class Mnemonic {
    private final String phrase;
    private final int wordCount;

    private Mnemonic(String phrase, int wordCount) {
        this.phrase = phrase;
        this.wordCount = wordCount;
    }

    /** Validates the words and checksum (see {@link MnemonicValidator}). */
    public static Mnemonic parse(String phrase) {
        var words = MnemonicValidator.validate(phrase);
        return new Mnemonic(String.join(" ", words), words.size());
    }

    /** A fresh random mnemonic of 12 or 24 words. */
    public static Mnemonic generate(int words, SecureRandom random) {
        if (words != 12 && words != 24) {
            throw new InvalidInputException("words", "choose 12 or 24 words");
        }
        byte[] entropy = new byte[words == 12 ? 16 : 32];
        random.nextBytes(entropy);
        try {
            return new Mnemonic(MnemonicUtils.generateMnemonic(entropy), words);
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** The words, for showing once at creation and for the encrypted store; never log them. */
    public String phrase() {
        return phrase;
    }

    public int wordCount() {
        return wordCount;
    }

    /**
     * The 64-byte BIP-39 seed (PBKDF2-HMAC-SHA512, 2048 rounds); the caller wipes it. The passphrase
     * is NFKD-normalised first, as BIP-39 requires (and ethers does), so "café" typed either way is one wallet.
     */
    public byte[] seed(String passphrase) {
        return MnemonicUtils.generateSeed(phrase, Normalizer.normalize(passphrase == null ? "" : passphrase, Normalizer.Form.NFKD));
    }

    /** Derives the key at {@code path}; MetaMask/ethers accounts are {@code HdPath.bip44(60, i)}. */
    public Bip32ECKeyPair deriveKey(String passphrase, HdPath path) {
        byte[] seed = seed(passphrase);
        try {
            return Bip32ECKeyPair.deriveKeyPair(Bip32ECKeyPair.generateKeyPair(seed), path.toArray());
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public Address deriveAddress(String passphrase, HdPath path) {
        return Address.ofTrusted(Keys.getAddress(deriveKey(passphrase, path)));
    }

    @Override
    public String toString() {
        return "Mnemonic[" + wordCount + " words, hidden]";
    }
}
