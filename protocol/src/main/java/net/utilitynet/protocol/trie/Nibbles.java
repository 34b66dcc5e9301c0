package net.utilitynet.protocol.trie;

import java.util.Arrays;

/** Nibble paths (one 4-bit value per byte) and their hex-prefix encoding (Yellow Paper appendix C). */
final class Nibbles {
    static final byte[] EMPTY = new byte[0];

    private Nibbles() {
    }

    static byte[] fromBytes(byte[] key) {
        byte[] nibbles = new byte[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            nibbles[2 * i] = (byte) ((key[i] >> 4) & 0x0f);
            nibbles[2 * i + 1] = (byte) (key[i] & 0x0f);
        }
        return nibbles;
    }

    /** Hex-prefix encoding: flag nibble (2 for a leaf, +1 when the length is odd), padding, nibbles. */
    static byte[] hexPrefix(byte[] nibbles, boolean leaf) {
        boolean odd = (nibbles.length & 1) == 1;
        byte[] out = new byte[nibbles.length / 2 + 1];
        int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
        int i = 0;
        if (odd) {
            out[0] = (byte) ((flag << 4) | nibbles[0]);
            i = 1;
        } else {
            out[0] = (byte) (flag << 4);
        }
        for (int o = 1; i < nibbles.length; i += 2, o++) {
            out[o] = (byte) ((nibbles[i] << 4) | nibbles[i + 1]);
        }
        return out;
    }

    /** Whether a hex-prefix encoded path marks a leaf; the caller has validated it with {@link #fromHexPrefix}. */
    static boolean isLeaf(byte[] hexPrefix) {
        return (hexPrefix[0] & 0x20) != 0;
    }

    /** Decodes a hex-prefix path, rejecting unknown flags and non-zero padding. */
    static byte[] fromHexPrefix(byte[] encoded) {
        if (encoded.length == 0) {
            throw new IllegalArgumentException("hex-prefix path is empty; it needs at least the flag byte");
        }
        int flag = (encoded[0] >> 4) & 0x0f;
        if (flag > 3) {
            throw new IllegalArgumentException("hex-prefix flag nibble is " + flag + "; only 0 to 3 are defined");
        }
        boolean odd = (flag & 1) == 1;
        if (!odd && (encoded[0] & 0x0f) != 0) {
            throw new IllegalArgumentException("hex-prefix path of even length has a non-zero padding nibble");
        }
        byte[] nibbles = new byte[(encoded.length - 1) * 2 + (odd ? 1 : 0)];
        int n = 0;
        if (odd) {
            nibbles[n++] = (byte) (encoded[0] & 0x0f);
        }
        for (int i = 1; i < encoded.length; i++) {
            nibbles[n++] = (byte) ((encoded[i] >> 4) & 0x0f);
            nibbles[n++] = (byte) (encoded[i] & 0x0f);
        }
        return nibbles;
    }

    /** Length of the common prefix of {@code a} and {@code b[from..]}. */
    static int commonPrefix(byte[] a, byte[] b, int from) {
        int max = Math.min(a.length, b.length - from);
        int i = 0;
        while (i < max && a[i] == b[from + i]) {
            i++;
        }
        return i;
    }

    static byte[] slice(byte[] nibbles, int from) {
        return from == 0 ? nibbles : Arrays.copyOfRange(nibbles, from, nibbles.length);
    }

    static byte[] slice(byte[] nibbles, int from, int to) {
        return Arrays.copyOfRange(nibbles, from, to);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Whether {@code path[from..]} equals {@code nibbles}. */
    static boolean equalsAt(byte[] nibbles, byte[] path, int from) {
        return path.length - from == nibbles.length && Arrays.equals(nibbles, 0, nibbles.length, path, from, path.length);
    }
}
