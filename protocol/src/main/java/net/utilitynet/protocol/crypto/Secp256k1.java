package net.utilitynet.protocol.crypto;

import java.util.Arrays;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Ethereum-style secp256k1 over ACINQ's native libsecp256k1 (several times faster than Web3j's pure-Java
 * {@code Sign}). Signatures are 65 bytes {@code r ‖ s ‖ v} with {@code v ∈ {0,1}} and low {@code s}
 * (EIP-2); recovery refuses high-s and out-of-range values so that every signature has one valid form.
 */
public final class Secp256k1 {
    public static final int SIGNATURE_SIZE = 65;
    public static final int ADDRESS_SIZE = 20;

    private static final byte[] N = Numeric.hexStringToByteArray(
            "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    private static final byte[] HALF_N = Numeric.hexStringToByteArray(
            "7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
    private static final fr.acinq.secp256k1.Secp256k1 NATIVE = fr.acinq.secp256k1.Secp256k1.get();

    private Secp256k1() {
    }

    /** Signs a 32-byte hash (RFC 6979 deterministic nonce); returns {@code r ‖ s ‖ v}. */
    public static byte[] sign(byte[] hash32, byte[] privateKey32) {
        checkHash(hash32);
        checkPrivateKey(privateKey32);
        byte[] compact = NATIVE.sign(hash32, privateKey32);
        byte[] publicKey = NATIVE.pubkeyCreate(privateKey32);
        for (int recId = 0; recId < 2; recId++) {
            if (Arrays.equals(publicKey, NATIVE.ecdsaRecover(compact, hash32, recId))) {
                byte[] sig = Arrays.copyOf(compact, SIGNATURE_SIZE);
                sig[64] = (byte) recId;
                return sig;
            }
        }
        throw new IllegalStateException("libsecp256k1 produced a signature that recovers to neither candidate key");
    }

    /** The 64-byte uncompressed public key (x ‖ y, no 0x04 prefix) that made {@code signature65} over {@code hash32}. */
    public static byte[] recoverPublicKey(byte[] hash32, byte[] signature65) {
        checkHash(hash32);
        checkSignature(signature65);
        try {
            byte[] pub = NATIVE.ecdsaRecover(Arrays.copyOf(signature65, 64), hash32, signature65[64]);
            return Arrays.copyOfRange(pub, 1, 65);
        } catch (RuntimeException e) {
            throw new SignatureException("signature does not recover to any public key for this hash");
        }
    }

    /** The 20-byte address of whoever made {@code signature65} over {@code hash32}. */
    public static byte[] recoverAddress(byte[] hash32, byte[] signature65) {
        return addressOfPublicKey(recoverPublicKey(hash32, signature65));
    }

    /** Address of a 64-byte (x ‖ y) or 65-byte (0x04 ‖ x ‖ y) uncompressed public key. */
    public static byte[] addressOfPublicKey(byte[] publicKey) {
        int off;
        if (publicKey.length == 64) {
            off = 0;
        } else if (publicKey.length == 65 && publicKey[0] == 4) {
            off = 1;
        } else {
            throw new SignatureException("public key: expected 64 bytes (x‖y) or 65 bytes (0x04‖x‖y) but found " + publicKey.length);
        }
        byte[] hash = Hash.sha3(publicKey, off, 64);
        return Arrays.copyOfRange(hash, 12, 32);
    }

    /** The 64-byte uncompressed public key (x ‖ y) of a private key. */
    public static byte[] publicKey(byte[] privateKey32) {
        checkPrivateKey(privateKey32);
        return Arrays.copyOfRange(NATIVE.pubkeyCreate(privateKey32), 1, 65);
    }

    /** The 20-byte address of a private key. */
    public static byte[] address(byte[] privateKey32) {
        return addressOfPublicKey(publicKey(privateKey32));
    }

    private static void checkHash(byte[] hash32) {
        if (hash32 == null || hash32.length != 32) {
            throw new SignatureException("message hash: expected 32 bytes but found " + (hash32 == null ? "null" : hash32.length));
        }
    }

    private static void checkPrivateKey(byte[] key) {
        // Never print the key itself.
        if (key == null || key.length != 32) {
            throw new SignatureException("private key: expected 32 bytes but found " + (key == null ? "null" : key.length));
        }
        if (isZero(key, 0, 32) || Arrays.compareUnsigned(key, N) >= 0) {
            throw new SignatureException("private key: must be in 1..n-1 of secp256k1; generate a new key");
        }
    }

    private static void checkSignature(byte[] sig) {
        if (sig == null || sig.length != SIGNATURE_SIZE) {
            throw new SignatureException("signature: expected 65 bytes (r‖s‖v) but found " + (sig == null ? "null" : sig.length));
        }
        if (sig[64] != 0 && sig[64] != 1) {
            throw new SignatureException("signature: v must be 0 or 1 but is " + (sig[64] & 0xff));
        }
        if (isZero(sig, 0, 32) || Arrays.compareUnsigned(sig, 0, 32, N, 0, 32) >= 0) {
            throw new SignatureException("signature: r must be in 1..n-1");
        }
        if (isZero(sig, 32, 64) || Arrays.compareUnsigned(sig, 32, 64, HALF_N, 0, 32) > 0) {
            throw new SignatureException("signature: s must be in 1..n/2 (low-s, EIP-2); normalise s to n-s and flip v");
        }
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
