package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.IESEngine;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.EphemeralKeyPairGenerator;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.IESWithCipherParameters;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.parsers.ECIESPublicKeyParser;

/**
 * ECIES for access grants (design §4.6 {@code deliverAccess}): Bouncy Castle's {@link IESEngine} on P-256 with an
 * ephemeral ECDH key (compressed point), KDF2-SHA-256, AES-256-CBC (PKCS#7) and HMAC-SHA-256 (256-bit MAC key).
 *
 * <p>Ciphertext = {@code 0x01 ‖ iv(16) ‖ ephemeralPublicKey(33) ‖ aesCiphertext ‖ tag(32)}. The KDF derivation
 * parameter is {@code "UNC-RPOI-GRANT"}; the MAC's encoding parameter is {@code uint64be(chainId) ‖
 * uint256be(leaseId)}, so a grant copied into another lease or chain does not decrypt. Keys: 33-byte compressed
 * P-256 public keys ({@code renterEncKey}, {@code providerEncKey}) and 32-byte private scalars.
 */
public final class GrantCipher {
    public static final byte VERSION = 1;
    private static final int IV_BYTES = 16;
    private static final byte[] DERIVATION = "UNC-RPOI-GRANT".getBytes(StandardCharsets.US_ASCII);
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private GrantCipher() {
    }

    /** A fresh P-256 private scalar (32 bytes). */
    public static byte[] newPrivateKey(SecureRandom random) {
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(DOMAIN, random));
        BigInteger d = ((ECPrivateKeyParameters) gen.generateKeyPair().getPrivate()).getD();
        return toFixed(d);
    }

    /** The compressed public key (33 bytes) of a private scalar. */
    public static byte[] publicKey(byte[] privateKey) {
        return DOMAIN.getG().multiply(new BigInteger(1, privateKey)).normalize().getEncoded(true);
    }

    public static byte[] encrypt(byte[] recipientPublicKey, long chainId, BigInteger leaseId, byte[] plaintext, SecureRandom random) {
        ECPublicKeyParameters pub;
        try {
            pub = new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(recipientPublicKey), DOMAIN);
        } catch (IllegalArgumentException e) {
            throw new MarketException(MarketException.Reason.GRANT_UNDECRYPTABLE,
                    "the renter's encryption key of lease " + leaseId + " is not a P-256 public key");
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(DOMAIN, random));
        EphemeralKeyPairGenerator ephemeral = new EphemeralKeyPairGenerator(gen, k -> ((ECPublicKeyParameters) k).getQ().getEncoded(true));
        IESEngine engine = engine();
        engine.init(pub, new ParametersWithIV(params(chainId, leaseId), iv), ephemeral);
        try {
            byte[] body = engine.processBlock(plaintext, 0, plaintext.length);
            return ByteBuffer.allocate(1 + IV_BYTES + body.length).put(VERSION).put(iv).put(body).array();
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("ECIES encryption failed", e);
        }
    }

    /** Decrypts with the renter's private scalar; a wrong key, lease, chain or any altered byte is {@code GRANT_UNDECRYPTABLE}. */
    public static byte[] decrypt(byte[] privateKey, long chainId, BigInteger leaseId, byte[] ciphertext) {
        if (ciphertext.length < 1 + IV_BYTES + 33 + 16 + 32 || ciphertext[0] != VERSION) {
            throw new MarketException(MarketException.Reason.GRANT_UNDECRYPTABLE,
                    "the access grant of lease " + leaseId + " is not a version-1 ECIES ciphertext");
        }
        IESEngine engine = engine();
        engine.init(new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN),
                new ParametersWithIV(params(chainId, leaseId), Arrays.copyOfRange(ciphertext, 1, 1 + IV_BYTES)),
                new ECIESPublicKeyParser(DOMAIN));
        try {
            return engine.processBlock(ciphertext, 1 + IV_BYTES, ciphertext.length - 1 - IV_BYTES);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new MarketException(MarketException.Reason.GRANT_UNDECRYPTABLE, "the access grant of lease " + leaseId
                    + " does not decrypt with this wallet's renter key (delivered for another key, or altered)");
        }
    }

    private static IESEngine engine() {
        return new IESEngine(new ECDHBasicAgreement(), new KDF2BytesGenerator(new SHA256Digest()), new HMac(new SHA256Digest()),
                new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance())));
    }

    private static IESWithCipherParameters params(long chainId, BigInteger leaseId) {
        byte[] encoding = ByteBuffer.allocate(8 + 32).putLong(chainId).put(toFixed(leaseId)).array();
        return new IESWithCipherParameters(DERIVATION, encoding, 256, 256);
    }

    private static byte[] toFixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
