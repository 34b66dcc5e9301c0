package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class PociEvidenceVerifierTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final SimulatedChipIssuer devnet = SimulatedChipIssuer.createRoot(SimulatedChipVerifierTest.p256(), "root", NOW);
    private final KeyPair chipKey = SimulatedChipVerifierTest.p256();
    private final X509Certificate leaf = devnet.issue(chipKey.getPublic(), "Simulated H100", NOW);
    private final byte[] chipId = Hash.sha3(CertificateChains.der(leaf));
    private final byte[] message = AttestationMessages.heartbeat(21844, chipId, 9, new byte[32]);

    @Test
    void verify_simulatedChipOnDevnet_acceptsForItsChipId() throws Exception {
        PociEvidenceVerifier onDevnet = new PociEvidenceVerifier(new NvidiaEvidenceVerifier(),
                Optional.of(new SimulatedChipVerifier(devnet.root())));

        VerifiedChip chip = onDevnet.verify("Simulated", List.of(CertificateChains.der(leaf)), sign(), message, chipId);

        assertArrayEquals(chipId, chip.chipId());
    }

    @Test
    void verify_simulatedChipOutsideDevnet_rejectsAsUnsupportedVendor() throws Exception {
        PociEvidenceVerifier mainnet = new PociEvidenceVerifier(new NvidiaEvidenceVerifier(), Optional.empty());
        byte[] signature = sign();

        AttestationException e = assertThrows(AttestationException.class,
                () -> mainnet.verify("Simulated", List.of(CertificateChains.der(leaf)), signature, message, chipId));
        assertEquals(AttestationFailure.UNSUPPORTED_VENDOR, e.failure());
    }

    @Test
    void verify_unknownVendor_rejectsAsUnsupportedVendor() {
        PociEvidenceVerifier v = new PociEvidenceVerifier(new NvidiaEvidenceVerifier(), Optional.empty());
        AttestationException e = assertThrows(AttestationException.class,
                () -> v.verify("AMD", List.of(), new byte[1], message, chipId));
        assertEquals(AttestationFailure.UNSUPPORTED_VENDOR, e.failure());
    }

    @Test
    void verify_nvidiaReportNotMadeForTheMessage_rejectsAsNonceMismatch() {
        PociEvidenceVerifier v = new PociEvidenceVerifier(new NvidiaEvidenceVerifier(), Optional.empty());
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        AttestationException e = assertThrows(AttestationException.class,
                () -> v.verify("NVIDIA", s.chain(), s.report(), message, Hash.sha3(s.chain().get(1))));
        assertEquals(AttestationFailure.NONCE_MISMATCH, e.failure());
    }

    @Test
    void verify_validEvidenceClaimedForAnotherChip_rejectsAsChipIdMismatch() throws Exception {
        PociEvidenceVerifier onDevnet = new PociEvidenceVerifier(new NvidiaEvidenceVerifier(),
                Optional.of(new SimulatedChipVerifier(devnet.root())));
        byte[] signature = sign();

        AttestationException e = assertThrows(AttestationException.class, () -> onDevnet.verify("Simulated",
                List.of(CertificateChains.der(leaf)), signature, message, new byte[32]));
        assertEquals(AttestationFailure.CHIP_ID_MISMATCH, e.failure());
    }

    private byte[] sign() throws Exception {
        Signature s = Signature.getInstance(SimulatedChipVerifier.SIGNATURE_ALGORITHM);
        s.initSign(chipKey.getPrivate());
        s.update(message);
        return s.sign();
    }
}
