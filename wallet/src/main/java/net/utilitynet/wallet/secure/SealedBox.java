package net.utilitynet.wallet.secure;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import net.utilitynet.wallet.WrongPasswordException;

/**
 * AES-256-GCM with a 96-bit random IV and 128-bit tag; the key comes from scrypt over the
 * user's password. Authenticated data binds the ciphertext to its file header.
 */
public final class SealedBox {
    public static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedBox() {
    }

    public static byte[] seal(byte[] key, byte[] iv, byte[] plaintext, byte[] aad) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad);
            return c.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable in this JVM", e);
        }
    }

    /** @throws WrongPasswordException when the tag does not verify (wrong password or altered file) */
    public static byte[] open(byte[] key, byte[] iv, byte[] sealed, byte[] aad, String what) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad);
            return c.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException("wrong password for " + what + " (or the file was altered); type the wallet password again");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable in this JVM", e);
        }
    }

    public static byte[] randomIv(SecureRandom random) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        return iv;
    }

    /** Copies a key so the caller can wipe its own copy independently. */
    public static byte[] copy(byte[] key) {
        return Arrays.copyOf(key, key.length);
    }
}
