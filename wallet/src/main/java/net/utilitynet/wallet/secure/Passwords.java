package net.utilitynet.wallet.secure;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.utilitynet.wallet.InvalidInputException;

/** Password handling without intermediate Strings, so the caller can wipe every copy. */
public final class Passwords {
    private Passwords() {
    }

    /** UTF-8 bytes of the password in a fresh array; the caller wipes it with {@link #wipe(byte[])}. */
    public static byte[] utf8(char[] password) {
        if (password == null) {
            throw new InvalidInputException("password", "enter the password");
        }
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(buf.array(), buf.position(), buf.limit());
        Arrays.fill(buf.array(), (byte) 0);
        return out;
    }

    /**
     * The NFKC form of a non-ASCII password (what ethers encrypts keystores with), or empty when it
     * equals the raw password. Normalising needs a String: a short-lived copy, made only for non-ASCII input.
     */
    public static java.util.Optional<char[]> nfkcVariant(char[] password) {
        boolean ascii = true;
        for (char c : password) {
            ascii &= c < 0x80;
        }
        if (ascii) {
            return java.util.Optional.empty();
        }
        String normalized = java.text.Normalizer.normalize(java.nio.CharBuffer.wrap(password), java.text.Normalizer.Form.NFKC);
        char[] out = normalized.toCharArray();
        if (Arrays.equals(out, password)) {
            wipe(out);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(out);
    }

    public static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
