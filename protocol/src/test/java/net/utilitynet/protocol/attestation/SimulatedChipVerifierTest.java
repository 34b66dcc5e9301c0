package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class SimulatedChipVerifierTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final SimulatedChipIssuer devnet = SimulatedChipIssuer.createRoot(p256(), "UtilityNet devnet chip root", NOW);
    private final KeyPair chipKey = p256();
    private final X509Certificate leaf = devnet.issue(chipKey.getPublic(), "Simulated H100", NOW);
    private final SimulatedChipVerifier verifier = new SimulatedChipVerifier(devnet.root());
    private final byte[] message = AttestationMessages.heartbeat(21844, new byte[32], 3, new byte[32]);

    @Test
    void verify_signatureByIssuedChipKey_acceptsWithChipIdOfLeaf() throws Exception {
        VerifiedChip chip = verifier.verify(List.of(leaf.getEncoded()), message, sign(chipKey, message));

        assertArrayEquals(Hash.sha3(leaf.getEncoded()), chip.chipId());
        assertEquals("Simulated", chip.vendor());
        assertEquals("Simulated H100", chip.hardwareModel());
    }

    @Test
    void verify_chainWithTrailingDevnetRoot_accepts() throws Exception {
        VerifiedChip chip = verifier.verify(List.of(leaf.getEncoded(), devnet.root().getEncoded()), message,
                sign(chipKey, message));
        assertArrayEquals(Hash.sha3(leaf.getEncoded()), chip.chipId());
    }

    @Test
    void verify_signatureOverAnotherMessage_rejectsAsBadSignature() throws Exception {
        byte[] other = AttestationMessages.heartbeat(21844, new byte[32], 4, new byte[32]);
        assertFailure(AttestationFailure.BAD_SIGNATURE, List.of(leaf.getEncoded()), sign(chipKey, other));
    }

    @Test
    void verify_signatureByAnotherKey_rejectsAsBadSignature() throws Exception {
        assertFailure(AttestationFailure.BAD_SIGNATURE, List.of(leaf.getEncoded()), sign(p256(), message));
    }

    @Test
    void verify_derEncodedSignature_rejectsAsBadSignature() throws Exception {
        Signature der = Signature.getInstance("SHA256withECDSA");
        der.initSign(chipKey.getPrivate());
        der.update(message);
        assertFailure(AttestationFailure.BAD_SIGNATURE, List.of(leaf.getEncoded()), der.sign());
    }

    @Test
    void verify_leafFromAnotherDevnet_rejectsAsUntrustedRoot() throws Exception {
        SimulatedChipIssuer otherDevnet = SimulatedChipIssuer.createRoot(p256(), "Another devnet", NOW);
        X509Certificate foreign = otherDevnet.issue(chipKey.getPublic(), "Simulated H100", NOW);
        assertFailure(AttestationFailure.UNTRUSTED_ROOT, List.of(foreign.getEncoded()), sign(chipKey, message));
    }

    @Test
    void verify_leafFromImpostorRootWithSameName_rejectsAsInvalidChain() throws Exception {
        SimulatedChipIssuer impostor = SimulatedChipIssuer.createRoot(p256(), "UtilityNet devnet chip root", NOW);
        X509Certificate forged = impostor.issue(chipKey.getPublic(), "Simulated H100", NOW);
        assertFailure(AttestationFailure.INVALID_CERTIFICATE_CHAIN, List.of(forged.getEncoded()), sign(chipKey, message));
    }

    @Test
    void verify_devnetRootPresentedAsChipLeaf_rejectsAsMalformedChain() throws Exception {
        assertFailure(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN, List.of(devnet.root().getEncoded()),
                sign(chipKey, message));
    }

    @Test
    void decodeP256_compressedAndUncompressedForms_giveTheSameKey() {
        java.security.interfaces.ECPublicKey k = (java.security.interfaces.ECPublicKey) chipKey.getPublic();
        byte[] x = org.web3j.utils.Numeric.toBytesPadded(k.getW().getAffineX(), 32);
        byte[] y = org.web3j.utils.Numeric.toBytesPadded(k.getW().getAffineY(), 32);
        byte[] uncompressed = new byte[65];
        uncompressed[0] = 4;
        System.arraycopy(x, 0, uncompressed, 1, 32);
        System.arraycopy(y, 0, uncompressed, 33, 32);
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (k.getW().getAffineY().testBit(0) ? 3 : 2);
        System.arraycopy(x, 0, compressed, 1, 32);

        assertArrayEquals(chipKey.getPublic().getEncoded(), SimulatedChipIssuer.decodeP256(uncompressed).getEncoded());
        assertArrayEquals(chipKey.getPublic().getEncoded(), SimulatedChipIssuer.decodeP256(compressed).getEncoded());
    }

    @Test
    void decodeP256_pointNotOnCurve_isRefused() {
        byte[] bad = new byte[65];
        bad[0] = 4;
        bad[64] = 1;
        assertThrows(IllegalArgumentException.class, () -> SimulatedChipIssuer.decodeP256(bad));
    }

    private void assertFailure(AttestationFailure expected, List<byte[]> chain, byte[] evidence) {
        AttestationException e = assertThrows(AttestationException.class, () -> verifier.verify(chain, message, evidence));
        assertEquals(expected, e.failure(), e.getMessage());
    }

    private static byte[] sign(KeyPair key, byte[] message) throws GeneralSecurityException {
        Signature s = Signature.getInstance(SimulatedChipVerifier.SIGNATURE_ALGORITHM);
        s.initSign(key.getPrivate());
        s.update(message);
        return s.sign();
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
