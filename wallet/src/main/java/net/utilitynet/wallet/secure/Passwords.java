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
