package net.utilitynet.miner.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.attest.simulated.SimulatedChipAttestation;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.keys.SimulatedChipVault;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;

/**
 * The chips of this machine with their attestation providers: detected hardware (each with the first provider
 * that can attest it) and the simulated chips kept in the wallet (devnet only, verified against the devnet root
 * of the chain params). Simulated chips are re-read from the wallet on every call, so new ones appear at once.
 */
public final class LocalChips implements ChipLocator {
    private final Supplier<List<Chip>> detected;
    private final List<AttestationProvider> hardwareProviders;
    private final SimulatedChipVault vault;
    private final Optional<SimulatedChipVerifier> simulatedVerifier;

    /**
     * @param simulatedVerifier the devnet root's verifier; empty on networks without simulated chips
     */
    public LocalChips(Supplier<List<Chip>> detected, List<AttestationProvider> hardwareProviders, SimulatedChipVault vault,
                      Optional<SimulatedChipVerifier> simulatedVerifier) {
        this.detected = detected;
        this.hardwareProviders = List.copyOf(hardwareProviders);
        this.vault = vault;
        this.simulatedVerifier = simulatedVerifier;
    }

    /** Every local chip: hardware first, then simulated ones; a chip nothing can attest is listed with a provider that explains why. */
    public List<AttestedChip> all() {
        List<AttestedChip> out = new ArrayList<>();
        for (Chip chip : detected.get()) {
            AttestationProvider p = hardwareProviders.stream().filter(h -> h.available(chip)).findFirst()
                    .orElse(hardwareProviders.isEmpty() ? null : hardwareProviders.get(0));
            if (p != null) {
                out.add(new AttestedChip(chip, p));
            }
        }
        if (simulatedVerifier.isPresent()) {
            List<SimulatedChip> sims = vault.all();
            SimulatedChipAttestation provider = new SimulatedChipAttestation(sims, simulatedVerifier.get());
            sims.forEach(s -> out.add(new AttestedChip(s.chip(), provider)));
        }
        return out;
    }

    @Override
    public Optional<AttestedChip> find(String localId) {
        return all().stream().filter(c -> c.chip().uuid().filter(localId::equals).isPresent()).findFirst();
    }
}
