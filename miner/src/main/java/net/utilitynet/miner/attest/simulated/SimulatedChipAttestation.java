package net.utilitynet.miner.attest.simulated;

import java.util.List;
import java.util.Optional;

import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;

/** Attests devnet simulated chips, verifying each signature against the devnet root before returning it. */
public final class SimulatedChipAttestation implements AttestationProvider {
    private final List<SimulatedChip> chips;
    private final SimulatedChipVerifier verifier;

    public SimulatedChipAttestation(List<SimulatedChip> chips, SimulatedChipVerifier verifier) {
        this.chips = List.copyOf(chips);
        this.verifier = verifier;
    }

    @Override
    public boolean available(Chip chip) {
        return find(chip).filter(s -> s.chipId().isPresent()).isPresent();
    }

    @Override
    public String unavailableReason(Chip chip) {
        if (!chip.simulated()) {
            return "Only simulated devnet chips can be attested this way.";
        }
        return find(chip).map(s -> s.chip().attestation().capable() ? "" : s.chip().attestation().reason())
                .orElse("This simulated chip's key is not in this wallet.");
    }

    @Override
    public Evidence attest(Chip chip, byte[] message) throws AttestationFailedException {
        SimulatedChip sim = find(chip).filter(s -> s.chipId().isPresent())
                .orElseThrow(() -> new AttestationFailedException(unavailableReason(chip)));
        byte[] signature = sim.sign(message);
        try {
            VerifiedChip verified = verifier.verify(sim.certChain(), message, signature);
            return new Evidence(verified.chipId(), SimulatedChip.VENDOR, sim.model(), sim.certChain(), signature);
        } catch (AttestationException e) {
            throw new AttestationFailedException("The simulated chip's certificate is not accepted by this devnet ("
                    + e.getMessage() + "). Ask the devnet to issue a new one.", e);
        }
    }

    @Override
    public byte[] chipId(Chip chip) throws AttestationFailedException {
        return find(chip).flatMap(SimulatedChip::chipId).orElseThrow(() -> new AttestationFailedException(unavailableReason(chip)));
    }

    private Optional<SimulatedChip> find(Chip chip) {
        if (!chip.simulated()) {
            return Optional.empty();
        }
        return chips.stream().filter(s -> chip.uuid().filter(s.localId()::equals).isPresent()).findFirst();
    }
}
