package net.utilitynet.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class DevnetVendorRootTest {

    private static KeyPair chipKey(long seed) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        SecureRandom rnd = SecureRandom.getInstance("SHA1PRNG");
        rnd.setSeed(seed);
        g.initialize(new ECGenParameterSpec("secp256r1"), rnd);
        return g.generateKeyPair();
    }

    private static void validate(X509Certificate leaf, X509Certificate anchor) throws Exception {
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), params);
    }

    @Test
    void privateKey_isKeccakOfSeedModN() {
        assertEquals(Numeric.toHexString(Hash.sha3("UtilityNet devnet simulated chip root".getBytes())),
                Numeric.toHexString(DevnetVendorRoot.privateKey()), "the keccak is below n, so mod n leaves it unchanged");
    }

    @Test
    void certificate_twoCalls_identicalSelfSignedCa() throws Exception {
        X509Certificate a = DevnetVendorRoot.certificate();
        assertArrayEquals(a.getEncoded(), DevnetVendorRoot.certificate().getEncoded());
        a.verify(a.getPublicKey());
        assertEquals(0, a.getBasicConstraints());
        assertTrue(a.getSubjectX500Principal().getName().contains(DevnetVendorRoot.COMMON_NAME));
    }

    @Test
    void issueChipCertificate_chipKey_validatesAgainstGenesisRoot() throws Exception {
        KeyPair chip = chipKey(1);
        X509Certificate leaf = DevnetVendorRoot.issueChipCertificate(chip.getPublic(), "Simulated chip");
        validate(leaf, ChainParams.devnet().vendorRootFor(SimulatedChipVerifier.VENDOR).orElseThrow().certificate());
        validate(leaf, ChainParams.devnet().vendorRoot(DevnetVendorRoot.NAME).orElseThrow().certificate());
        assertEquals(chip.getPublic(), leaf.getPublicKey());
    }

    @Test
    void issueChipCertificate_sameKeyAndModel_identicalDerWithModelInOu() throws Exception {
        KeyPair chip = chipKey(2);
        X509Certificate leaf = DevnetVendorRoot.issueChipCertificate(chip.getPublic(), "Simulated chip");
        assertArrayEquals(leaf.getEncoded(), DevnetVendorRoot.issueChipCertificate(chip.getPublic(), "Simulated chip").getEncoded());
        assertEquals("O=UtilityNet devnet - simulated chips\\, not a real vendor,OU=Simulated chip,CN=UtilityNet simulated chip",
                leaf.getSubjectX500Principal().getName());
    }

    @Test
    void issueChipCertificate_leafAndEvidence_acceptedBySimulatedChipVerifier() throws Exception {
        KeyPair chip = chipKey(3);
        X509Certificate leaf = DevnetVendorRoot.issueChipCertificate(chip.getPublic(), "Simulated chip");
        byte[] message = "UNC-POCI-REGISTER test message".getBytes();
        Signature ecdsa = Signature.getInstance(SimulatedChipVerifier.SIGNATURE_ALGORITHM);
        ecdsa.initSign(chip.getPrivate());
        ecdsa.update(message);
        byte[] evidence = ecdsa.sign();
        X509Certificate root = ChainParams.devnet().vendorRootFor(SimulatedChipVerifier.VENDOR).orElseThrow().certificate();
        VerifiedChip verified = new SimulatedChipVerifier(root).verify(List.of(leaf.getEncoded()), message, evidence);
        assertEquals(SimulatedChipVerifier.VENDOR, verified.vendor());
        assertArrayEquals(Hash.sha3(leaf.getEncoded()), verified.chipId());
    }

    @Test
    void issueChipCertificate_leaf_notValidUnderNvidiaRoot() throws Exception {
        X509Certificate leaf = DevnetVendorRoot.issueChipCertificate(chipKey(4).getPublic(), "Simulated chip");
        X509Certificate nvidia = ChainParams.devnet().vendorRootFor(NvidiaEvidenceVerifier.VENDOR).orElseThrow().certificate();
        assertThrows(CertPathValidatorException.class, () -> validate(leaf, nvidia));
    }

    @Test
    void issueChipCertificate_emptyModel_rejected() throws Exception {
        KeyPair chip = chipKey(5);
        assertThrows(ChainParamsException.class, () -> DevnetVendorRoot.issueChipCertificate(chip.getPublic(), " "));
    }
}
