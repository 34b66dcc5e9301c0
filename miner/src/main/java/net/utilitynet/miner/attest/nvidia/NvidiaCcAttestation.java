package net.utilitynet.miner.attest.nvidia;

import java.util.List;
import java.util.Optional;

import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.nvml.NvmlDevice;
import net.utilitynet.miner.detect.nvml.NvmlException;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.miner.detect.nvml.NvmlSession;
import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.attestation.CertificateChains;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;

/**
 * NVIDIA Confidential Computing attestation through NVML (chips-and-attestation.md §2.1): checks
 * that CC mode is on, asks the GPU for its certificate chain and for an SPDM report over
 * nonce = keccak256(message), then verifies both with {@link NvidiaEvidenceVerifier} — the same
 * pure verifier the chain uses — before handing the evidence out.
 */
public final class NvidiaCcAttestation implements AttestationProvider {
    private static final String NOT_NVML = "Only NVIDIA GPUs reported by the NVIDIA driver (NVML) can be attested "
            + "this way.";

    private final NvmlLoader loader;
    private final NvidiaEvidenceVerifier verifier;

    public NvidiaCcAttestation(NvmlLoader loader, NvidiaEvidenceVerifier verifier) {
        this.loader = loader;
        this.verifier = verifier;
    }

    @Override
    public boolean available(Chip chip) {
        return chip.source() == ChipSource.NVML && chip.uuid().isPresent() && chip.attestation().capable();
    }

    @Override
    public String unavailableReason(Chip chip) {
        if (chip.source() != ChipSource.NVML || chip.uuid().isEmpty()) {
            return NOT_NVML;
        }
        return chip.attestation().capable() ? "" : chip.attestation().reason();
    }

    @Override
    public Evidence attest(Chip chip, byte[] message) throws AttestationFailedException {
        if (!available(chip)) {
            throw new AttestationFailedException(unavailableReason(chip));
        }
        byte[] nonce = AttestationMessages.nvidiaNonce(message);
        NvidiaRawEvidence raw = collect(chip, nonce);
        try {
            VerifiedChip verified = verifier.verify(raw.certChain(), raw.report(), nonce);
            return new Evidence(verified.chipId(), NvidiaEvidenceVerifier.VENDOR, chip.model(), raw.certChain(), raw.report());
        } catch (AttestationException e) {
            throw new AttestationFailedException("The GPU's attestation did not pass verification, so it was not "
                    + "submitted: " + e.getMessage(), e);
        }
    }

    /** keccak256 of the GSP BROM certificate (the second of the GPU's chain), which survives driver and VBIOS updates. */
    @Override
    public byte[] chipId(Chip chip) throws AttestationFailedException {
        if (!available(chip)) {
            throw new AttestationFailedException(unavailableReason(chip));
        }
        List<byte[]> chain = collect(chip, new byte[32]).certChain();
        if (chain.size() < 2) {
            throw new AttestationFailedException("The GPU returned a certificate chain of " + chain.size()
                    + " certificates; NVIDIA chains have 5. Update the driver and try again.");
        }
        return org.web3j.crypto.Hash.sha3(chain.get(1));
    }

    /** Collects evidence for {@code nonce} (32 bytes) without verifying it. */
    public NvidiaRawEvidence collect(Chip chip, byte[] nonce) throws AttestationFailedException {
        String uuid = chip.uuid().orElseThrow(() -> new AttestationFailedException(NOT_NVML));
        try (NvmlSession nvml = NvmlSession.open(loader)) {
            if (nvml.confComputeMode() != NvmlSession.ConfComputeMode.ON) {
                throw new AttestationFailedException("Confidential Computing mode is no longer on for this system; "
                        + "detect chips again to see why.");
            }
            NvmlDevice gpu = find(nvml, uuid).orElseThrow(() -> new AttestationFailedException("GPU " + uuid
                    + " is no longer reported by the driver. Detect chips again."));
            List<byte[]> chain = CertificateChains.pemToDer(gpu.attestationCertChainPem());
            return new NvidiaRawEvidence(chain, gpu.attestationReport(nonce));
        } catch (NvmlException e) {
            throw new AttestationFailedException(e.getMessage(), e);
        } catch (AttestationException e) {
            throw new AttestationFailedException("The GPU returned an unreadable certificate chain: " + e.getMessage(), e);
        }
    }

    private static Optional<NvmlDevice> find(NvmlSession nvml, String uuid) throws NvmlException {
        int count = nvml.deviceCount();
        for (int i = 0; i < count; i++) {
            try {
                NvmlDevice gpu = nvml.device(i);
                if (uuid.equals(gpu.uuid())) {
                    return Optional.of(gpu);
                }
            } catch (NvmlException e) {
                // another GPU that does not answer must not stop attestation of this one
            }
        }
        return Optional.empty();
    }
}
