package net.utilitynet.wallet.secure;

import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Password-based key derivation: scrypt and PBKDF2-HMAC-SHA256. Bouncy Castle does the work whenever it accepts the parameters. It
 * refuses r = 1 with N ≥ 2^16 (RFC 7914's "N < 2^(128·r/8)" bound), which go-ethereum does not
 * enforce and which real keystores use (ethereum/tests KeyStoreTests "test2": N = 2^18, r = 1);
 * for those, {@link #romixDerive} runs the RFC 7914 algorithm itself (section 5-6) on Bouncy
 * Castle's Salsa20/8 core and PBKDF2, checked against Bouncy Castle and the RFC vectors in tests.
 */
public final class PasswordKdf {
    /** Largest N accepted when reading foreign files: 2^20 with r = 8 already needs 1 GiB. */
    public static final int MAX_N = 1 << 20;

    private PasswordKdf() {
    }

    public static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int dkLen) {
        if (n < 2 || Integer.bitCount(n) != 1 || n > MAX_N || r < 1 || p < 1 || (long) r * p >= (1 << 30) || dkLen < 1
                || (long) 128 * r * n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("unsupported scrypt parameters n=" + n + " r=" + r + " p=" + p);
        }
        if (r == 1 && n >= 65536) {
            return romixDerive(password, salt, n, r, p, dkLen);
        }
        return SCrypt.generate(password, salt, n, r, p, dkLen);
    }

    /** RFC 7914 section 6, without the N < 2^(128·r/8) bound. Package-visible for cross-checks. */
    static byte[] romixDerive(byte[] password, byte[] salt, int n, int r, int p, int dkLen) {
        int blockBytes = 128 * r;
        byte[] b = pbkdf2Sha256(password, salt, p * blockBytes);
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[words * n];
        for (int i = 0; i < p; i++) {
            leToInts(b, i * blockBytes, x);
            romix(x, v, n, r);
            intsToLe(x, b, i * blockBytes);
        }
        java.util.Arrays.fill(v, 0);
        return pbkdf2Sha256(password, b, dkLen);
    }

    private static void romix(int[] x, int[] v, int n, int r) {
        int words = x.length;
        int[] scratch = new int[words];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[words - 16] & (n - 1); // Integerify: first word of the last 64-byte block, mod N
            int off = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[off + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix (RFC 7914 section 4) in place, using {@code y} as scratch. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] t = new int[16];
        int[] xBlock = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, xBlock, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] = xBlock[k] ^ b[i * 16 + k];
            }
            Salsa20Engine.salsaCore(8, t, xBlock);
            // even blocks go to the first half of the output, odd blocks to the second half
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(xBlock, 0, y, dest, 16);
        }
        System.arraycopy(y, 0, b, 0, b.length);
    }

    private static byte[] pbkdf2Sha256(byte[] password, byte[] salt, int len) {
        return pbkdf2(password, salt, 1, len);
    }

    private static void leToInts(byte[] src, int off, int[] dst) {
        for (int i = 0; i < dst.length; i++) {
            int o = off + 4 * i;
            dst[i] = (src[o] & 0xff) | (src[o + 1] & 0xff) << 8 | (src[o + 2] & 0xff) << 16 | (src[o + 3] & 0xff) << 24;
        }
    }

    private static void intsToLe(int[] src, byte[] dst, int off) {
        for (int i = 0; i < src.length; i++) {
            int o = off + 4 * i;
            dst[o] = (byte) src[i];
            dst[o + 1] = (byte) (src[i] >>> 8);
            dst[o + 2] = (byte) (src[i] >>> 16);
            dst[o + 3] = (byte) (src[i] >>> 24);
        }
    }

    /** PBKDF2-HMAC-SHA256 with {@code iterations} rounds (keystore "pbkdf2" KDF). */
    public static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int dkLen) {
        if (iterations < 1 || dkLen < 1) {
            throw new IllegalArgumentException("unsupported pbkdf2 parameters c=" + iterations + " dklen=" + dkLen);
        }
        PBEParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
        gen.init(password, salt, iterations);
        return ((KeyParameter) gen.generateDerivedParameters(dkLen * 8)).getKey();
    }
}
