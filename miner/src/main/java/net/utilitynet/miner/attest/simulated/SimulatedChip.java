package net.utilitynet.miner.attest.simulated;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import net.utilitynet.miner.detect.AttestationSupport;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.CertificateChains;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;

/**
 * A devnet-only software chip (design.md §4.6): a P-256 key made on this machine whose private part
 * never leaves it (the wallet keeps it in its encrypted store), certified by the devnet's
 * {@code unc_devIssueSimulatedChip}. Evidence is a raw r‖s ECDSA P-256 / SHA-256 signature over the
 * message; chipId = keccak256(leaf DER). Always labelled "Simulated".
 */
public final class SimulatedChip {
    public static final String VENDOR = SimulatedChipVerifier.VENDOR;
    private static final String CURVE = "secp256r1";

    private final String model;
    private final KeyPair key;
    private final List<byte[]> certChain;

    private SimulatedChip(String model, KeyPair key, List<byte[]> certChain) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is empty: name the simulated model, e.g. \"Simulated H100\"");
        }
        this.model = model;
        this.key = key;
        this.certChain = certChain.stream().map(byte[]::clone).toList();
    }

    /** A new chip with a fresh key and no certificate yet. */
    public static SimulatedChip generate(String model) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(CURVE), new SecureRandom());
            return new SimulatedChip(model, g.generateKeyPair(), List.of());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make P-256 keys", e);
        }
    }

    /** Restores a chip from the wallet's store: its PKCS#8 private key and its certificate chain (leaf first). */
    public static SimulatedChip restore(String model, byte[] pkcs8PrivateKey, List<byte[]> certChain) {
        try {
            KeyFactory kf = KeyFactory.getInstance("EC");
            ECPrivateKey priv = (ECPrivateKey) kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
            if (priv.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("the stored simulated-chip key is not a P-256 key");
            }
            org.bouncycastle.math.ec.ECPoint q = ECNamedCurveTable.getByName(CURVE).getG().multiply(priv.getS()).normalize();
            ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            PublicKey pub = kf.generatePublic(new ECPublicKeySpec(w, priv.getParams()));
            return new SimulatedChip(model, new KeyPair(pub, priv), List.of()).withCertificateChain(certChain);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the stored simulated-chip key is not a PKCS#8 P-256 private key", e);
        }
    }

    /**
     * The same chip with the chain the devnet issued for it (leaf first, DER).
     *
     * @throws IllegalArgumentException if the chain is unreadable or its leaf certifies another key
     */
    public SimulatedChip withCertificateChain(List<byte[]> chainDer) {
        if (chainDer.isEmpty()) {
            return new SimulatedChip(model, key, List.of());
        }
        try {
            PublicKey certified = CertificateChains.parse(chainDer).get(0).getPublicKey();
            if (!Arrays.equals(certified.getEncoded(), key.getPublic().getEncoded())) {
                throw new IllegalArgumentException("the certificate chain's leaf is for another key, not this chip's");
            }
        } catch (AttestationException e) {
            throw new IllegalArgumentException("the simulated chip's certificate chain is unreadable: " + e.getMessage(), e);
        }
        return new SimulatedChip(model, key, chainDer);
    }

    public String model() {
        return model;
    }

    /** Uncompressed SEC1 public key (65 bytes), as sent to {@code unc_devIssueSimulatedChip}. */
    public byte[] publicKey() {
        ECPoint w = ((ECPublicKey) key.getPublic()).getW();
        byte[] out = new byte[65];
        out[0] = 0x04;
        System.arraycopy(Numeric.toBytesPadded(w.getAffineX(), 32), 0, out, 1, 32);
        System.arraycopy(Numeric.toBytesPadded(w.getAffineY(), 32), 0, out, 33, 32);
        return out;
    }

    public List<byte[]> certChain() {
        return certChain.stream().map(byte[]::clone).toList();
    }

    /** keccak256(leaf DER), once the devnet has issued the leaf. */
    public Optional<byte[]> chipId() {
        return certChain.isEmpty() ? Optional.empty() : Optional.of(Hash.sha3(certChain.get(0)));
    }

    /** Stable local id used to find this chip again among detected chips. */
    public String localId() {
        return "simulated-" + Numeric.toHexStringNoPrefix(Hash.sha3(publicKey())).substring(0, 16);
    }

    public Chip chip() {
        return Chip.builder(VENDOR, "Simulated chip (devnet only)", ChipSource.SIMULATED)
                .model(model)
                .uuid(localId())
                .architecture("Simulated")
                .attestation(certChain.isEmpty()
                        ? AttestationSupport.unavailable(AttestationSupport.Cause.SIMULATED_UNCERTIFIED, "", "This simulated chip has no certificate yet. Ask the devnet to "
                                + "issue one (unc_devIssueSimulatedChip); simulated chips work on the devnet only.")
                        : AttestationSupport.capable(AttestationSupport.Cause.SIMULATED_CERTIFIED, "Simulated chip: signed by a software key certified by the "
                                + "devnet (devnet only, not a real device)."))
                .build();
    }

    /** Evidence over {@code message}: 64-byte raw r‖s ECDSA P-256 / SHA-256. */
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance(SimulatedChipVerifier.SIGNATURE_ALGORITHM);
            s.initSign(key.getPrivate());
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the simulated chip's key", e);
        }
    }

    /** PKCS#8 private key, only for the wallet's encrypted store. Never log or display it. */
    public byte[] exportPrivateKeyForWalletStore() {
        PrivateKey priv = key.getPrivate();
        return priv.getEncoded();
    }

    @Override
    public String toString() {
        return "SimulatedChip[" + model + ", " + localId() + (certChain.isEmpty() ? ", uncertified]" : "]");
    }
}
