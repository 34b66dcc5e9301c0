package net.utilitynet.protocol.vrf;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.WNafL2RMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * ECVRF-P256-SHA256-TAI (RFC 9381, suite string 0x01): keys, proofs and verification.
 *
 * <p>Points are 33-byte SEC1 compressed; a proof is {@code Gamma(33) ‖ c(16) ‖ s(32)}; the output
 * {@code beta} is 32 bytes. Verification decodes each point once and computes {@code U} and {@code V}
 * with interleaved double-scalar multiplications, then normalises both with one shared inversion.
 */
public final class EcVrfP256 {
    public static final int PUBLIC_KEY_LENGTH = 33;
    public static final int SECRET_KEY_LENGTH = 32;
    public static final int PROOF_LENGTH = 81;
    public static final int OUTPUT_LENGTH = 32;

    private static final int C_LENGTH = 16;
    private static final byte SUITE = 0x01;
    private static final byte ENCODE_TO_CURVE_DOMAIN = 0x01;
    private static final byte CHALLENGE_DOMAIN = 0x02;
    private static final byte PROOF_TO_HASH_DOMAIN = 0x03;
    private static final byte DOMAIN_BACK = 0x00;

    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256r1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final ECPoint B = PARAMS.getG();
    private static final BigInteger Q = PARAMS.getN();

    private EcVrfP256() {
    }

    /** The 33-byte compressed public key {@code Y = x·B} of a 32-byte secret scalar. */
    public static byte[] publicKey(byte[] sk32) {
        return new FixedPointCombMultiplier().multiply(B, secretScalar(sk32)).getEncoded(true);
    }

    /** The 81-byte proof {@code pi} for {@code alpha} under secret key {@code sk32} (deterministic, RFC 6979 nonce). */
    public static byte[] prove(byte[] sk32, byte[] alpha) {
        requireNonNull(alpha, "alpha");
        BigInteger x = secretScalar(sk32);
        FixedPointCombMultiplier fixed = new FixedPointCombMultiplier();
        byte[] y = fixed.multiply(B, x).getEncoded(true);
        ECPoint h = encodeToCurve(y, alpha);
        byte[] hString = h.getEncoded(true);
        BigInteger k = nonce(x, hString);
        ECPoint gamma = h.multiply(x);
        ECPoint u = fixed.multiply(B, k);
        ECPoint v = h.multiply(k);
        ECPoint[] points = {gamma, u, v};
        CURVE.normalizeAll(points);
        byte[] gammaString = points[0].getEncoded(true);
        byte[] cString = challenge(y, hString, gammaString, points[1].getEncoded(true), points[2].getEncoded(true));
        BigInteger s = k.add(new BigInteger(1, cString).multiply(x)).mod(Q);
        byte[] pi = new byte[PROOF_LENGTH];
        System.arraycopy(gammaString, 0, pi, 0, PUBLIC_KEY_LENGTH);
        System.arraycopy(cString, 0, pi, PUBLIC_KEY_LENGTH, C_LENGTH);
        BigIntegers.asUnsignedByteArray(s, pi, PUBLIC_KEY_LENGTH + C_LENGTH, 32);
        return pi;
    }

    /**
     * Verifies {@code pi} for {@code alpha} under public key {@code pk33} and returns {@code beta}.
     *
     * @throws VrfException when the key or proof is malformed or the proof does not verify
     */
    public static byte[] verify(byte[] pk33, byte[] pi, byte[] alpha) {
        requireNonNull(alpha, "alpha");
        ECPoint y = decodePublicKey(pk33);
        Proof proof = decodeProof(pi);
        ECPoint h = encodeToCurve(pk33, alpha);
        // U = s·B − c·Y and V = s·H − c·Gamma. c is only 128 bits, so it multiplies the negated point rather than
        // entering as the 256-bit q − c; s·B uses the generator's cached comb table. Together about 2× faster than
        // two interleaved 256-bit double multiplications.
        ECPoint[] points = {
            new FixedPointCombMultiplier().multiply(B, proof.s).add(new WNafL2RMultiplier().multiply(y.negate(), proof.c)),
            ECAlgorithms.sumOfTwoMultiplies(h, proof.s, proof.gamma.negate(), proof.c)
        };
        if (points[0].isInfinity() || points[1].isInfinity()) {
            throw new VrfException("VRF proof does not verify: U or V is the point at infinity");
        }
        CURVE.normalizeAll(points);
        byte[] expected = challenge(pk33, h.getEncoded(true), Arrays.copyOf(pi, PUBLIC_KEY_LENGTH),
                points[0].getEncoded(true), points[1].getEncoded(true));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(pi, PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH + C_LENGTH))) {
            throw new VrfException("VRF proof does not verify: challenge mismatch (wrong key, wrong alpha or forged proof)");
        }
        return gammaToHash(proof.gamma);
    }

    /** The output {@code beta} of a proof, without verifying it; only the Gamma point is decoded. */
    public static byte[] proofToHash(byte[] pi) {
        return gammaToHash(decodeProof(pi).gamma);
    }

    // ---- RFC 9381 building blocks (package-private so that the intermediate values can be tested) ----

    /** Section 5.4.1.1: try-and-increment hash to the curve (cofactor 1 for P-256). */
    static ECPoint encodeToCurve(byte[] pkString, byte[] alpha) {
        MessageDigest sha = sha256();
        byte[] candidate = new byte[PUBLIC_KEY_LENGTH];
        candidate[0] = 0x02;
        for (int ctr = 0; ctr < 256; ctr++) {
            sha.update(SUITE);
            sha.update(ENCODE_TO_CURVE_DOMAIN);
            sha.update(pkString);
            sha.update(alpha);
            sha.update((byte) ctr);
            sha.update(DOMAIN_BACK);
            byte[] hash = sha.digest();
            System.arraycopy(hash, 0, candidate, 1, 32);
            ECPoint point = tryDecode(candidate);
            if (point != null) {
                return point;
            }
        }
        // Each try succeeds with probability about 1/2, so 256 failures do not happen for honest input.
        throw new VrfException("VRF encode_to_curve found no curve point in 256 tries");
    }

    /** Section 5.4.2.1: the RFC 6979 nonce for secret scalar {@code x} and message {@code hString}. */
    static BigInteger nonce(BigInteger x, byte[] hString) {
        HMacDSAKCalculator calculator = new HMacDSAKCalculator(new SHA256Digest());
        calculator.init(Q, x, sha256().digest(hString));
        return calculator.nextK();
    }

    private static byte[] challenge(byte[] y, byte[] h, byte[] gamma, byte[] u, byte[] v) {
        MessageDigest sha = sha256();
        sha.update(SUITE);
        sha.update(CHALLENGE_DOMAIN);
        sha.update(y);
        sha.update(h);
        sha.update(gamma);
        sha.update(u);
        sha.update(v);
        sha.update(DOMAIN_BACK);
        return Arrays.copyOf(sha.digest(), C_LENGTH);
    }

    private static byte[] gammaToHash(ECPoint gamma) {
        MessageDigest sha = sha256();
        sha.update(SUITE);
        sha.update(PROOF_TO_HASH_DOMAIN);
        sha.update(gamma.getEncoded(true));
        sha.update(DOMAIN_BACK);
        return sha.digest();
    }

    private record Proof(ECPoint gamma, BigInteger c, BigInteger s) {
    }

    private static Proof decodeProof(byte[] pi) {
        requireNonNull(pi, "VRF proof");
        if (pi.length != PROOF_LENGTH) {
            throw new VrfException("VRF proof must be " + PROOF_LENGTH + " bytes (Gamma 33 ‖ c 16 ‖ s 32) but is "
                    + pi.length + " bytes");
        }
        ECPoint gamma = decodePoint(Arrays.copyOf(pi, PUBLIC_KEY_LENGTH), "VRF proof Gamma");
        BigInteger c = new BigInteger(1, Arrays.copyOfRange(pi, PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH + C_LENGTH));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(pi, PUBLIC_KEY_LENGTH + C_LENGTH, PROOF_LENGTH));
        if (s.compareTo(Q) >= 0) {
            throw new VrfException("VRF proof scalar s is not below the group order q; the proof is malformed");
        }
        return new Proof(gamma, c, s);
    }

    private static ECPoint decodePublicKey(byte[] pk33) {
        requireNonNull(pk33, "VRF public key");
        if (pk33.length != PUBLIC_KEY_LENGTH) {
            throw new VrfException("VRF public key must be " + PUBLIC_KEY_LENGTH + " bytes (SEC1 compressed P-256) but is "
                    + pk33.length + " bytes");
        }
        return decodePoint(pk33, "VRF public key");
    }

    private static ECPoint decodePoint(byte[] encoded33, String what) {
        if (encoded33[0] != 0x02 && encoded33[0] != 0x03) {
            throw new VrfException(what + " must be a compressed point starting with 0x02 or 0x03, found 0x"
                    + String.format("%02x", encoded33[0] & 0xff));
        }
        ECPoint point = tryDecode(encoded33);
        if (point == null) {
            throw new VrfException(what + " is not a point on P-256 (x is out of range or has no square root)");
        }
        return point;
    }

    /** A decoded compressed point, or null when the bytes are not a valid point on the curve. */
    private static ECPoint tryDecode(byte[] compressed) {
        try {
            return CURVE.decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
    }

    private static BigInteger secretScalar(byte[] sk32) {
        requireNonNull(sk32, "VRF secret key");
        if (sk32.length != SECRET_KEY_LENGTH) {
            throw new VrfException("VRF secret key must be " + SECRET_KEY_LENGTH + " bytes but is " + sk32.length + " bytes");
        }
        BigInteger x = new BigInteger(1, sk32);
        if (x.signum() == 0 || x.compareTo(Q) >= 0) {
            throw new VrfException("VRF secret key must be a scalar in [1, q-1]; generate a new key");
        }
        return x;
    }

    private static void requireNonNull(byte[] value, String what) {
        if (value == null) {
            throw new VrfException(what + " is missing (null)");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
