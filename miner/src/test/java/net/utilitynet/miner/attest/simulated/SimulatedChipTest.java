package net.utilitynet.miner.attest.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.protocol.attestation.AttestationFailure;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.attestation.CertificateChains;
import net.utilitynet.protocol.attestation.SimulatedChipIssuer;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;

class SimulatedChipTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final SimulatedChipIssuer devnet = SimulatedChipIssuer.createRoot(p256(), "UtilityNet devnet chip root", NOW);
    private final byte[] message = AttestationMessages.register(21844, new byte[32], new byte[20], new byte[33],
            new byte[20], new byte[32]);

    @Test
    void generate_newChip_hasUncompressedKeyAndCannotAttestUntilCertified() {
        SimulatedChip sim = SimulatedChip.generate("Simulated H100");

        assertEquals(65, sim.publicKey().length);
        assertEquals(0x04, sim.publicKey()[0]);
        assertTrue(sim.chipId().isEmpty());
        Chip chip = sim.chip();
        assertTrue(chip.simulated());
        assertTrue(chip.label().startsWith("Simulated · Simulated H100"), chip.label());
        assertFalse(chip.attestation().capable());
    }

    @Test
    void attest_certifiedChip_producesEvidenceTheDevnetVerifierAccepts() throws Exception {
        SimulatedChip sim = certified(SimulatedChip.generate("Simulated H100"));
        SimulatedChipAttestation provider = new SimulatedChipAttestation(List.of(sim), new SimulatedChipVerifier(devnet.root()));

        Evidence evidence = provider.attest(sim.chip(), message);

        assertArrayEquals(Hash.sha3(sim.certChain().get(0)), evidence.chipId());
        assertArrayEquals(sim.chipId().orElseThrow(), evidence.chipId());
        assertEquals("Simulated", evidence.vendor());
        assertEquals(64, evidence.evidence().length);
        VerifiedChip v = new SimulatedChipVerifier(devnet.root()).verify(evidence.certChain(), message, evidence.evidence());
        assertArrayEquals(evidence.chipId(), v.chipId());
    }

    @Test
    void attest_chipCertifiedByAnotherDevnet_failsWithUntrustedRoot() {
        SimulatedChip sim = certified(SimulatedChip.generate("Simulated H100"));
        SimulatedChipIssuer otherDevnet = SimulatedChipIssuer.createRoot(p256(), "Other devnet", NOW);
        SimulatedChipAttestation provider = new SimulatedChipAttestation(List.of(sim),
                new SimulatedChipVerifier(otherDevnet.root()));

        AttestationFailedException e = assertThrows(AttestationFailedException.class,
                () -> provider.attest(sim.chip(), message));
        assertEquals(AttestationFailure.UNTRUSTED_ROOT, e.verificationFailure().orElseThrow());
    }

    @Test
    void withCertificateChain_leafForAnotherKey_isRefused() throws Exception {
        SimulatedChip sim = SimulatedChip.generate("Simulated H100");
        X509Certificate foreign = devnet.issue(p256().getPublic(), "Simulated H100", NOW);

        assertThrows(IllegalArgumentException.class, () -> sim.withCertificateChain(List.of(foreign.getEncoded())));
    }

    @Test
    void restore_exportedKeyAndChain_givesTheSameChipThatStillSigns() throws Exception {
        SimulatedChip sim = certified(SimulatedChip.generate("Simulated H100"));

        SimulatedChip restored = SimulatedChip.restore("Simulated H100", sim.exportPrivateKeyForWalletStore(), sim.certChain());

        assertArrayEquals(sim.publicKey(), restored.publicKey());
        assertArrayEquals(sim.chipId().orElseThrow(), restored.chipId().orElseThrow());
        new SimulatedChipVerifier(devnet.root()).verify(restored.certChain(), message, restored.sign(message));
    }

    @Test
    void toString_certifiedChip_neverShowsThePrivateKey() {
        SimulatedChip sim = certified(SimulatedChip.generate("Simulated H100"));
        String key = Numeric.toHexStringNoPrefix(sim.exportPrivateKeyForWalletStore());

        assertFalse(sim.toString().contains(key.substring(key.length() - 64)));
        assertFalse(sim.chip().toString().contains(key.substring(key.length() - 64)));
    }

    @Test
    void available_realChipOrUnknownSimulatedChip_isFalseWithReason() {
        SimulatedChipAttestation provider = new SimulatedChipAttestation(List.of(), new SimulatedChipVerifier(devnet.root()));
        Chip unknown = SimulatedChip.generate("Simulated H100").chip();

        assertFalse(provider.available(unknown));
        assertTrue(provider.unavailableReason(unknown).contains("not in this wallet"));
    }

    private SimulatedChip certified(SimulatedChip sim) {
        X509Certificate leaf = devnet.issue(SimulatedChipIssuer.decodeP256(sim.publicKey()), sim.model(), NOW);
        return sim.withCertificateChain(List.of(CertificateChains.der(leaf)));
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
