package net.utilitynet.app.miner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.utilitynet.miner.agent.AttestedChip;
import net.utilitynet.miner.detect.AttestationSupport;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipRatings;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.miner.register.RegistrationStatus;

/**
 * What one chip card on the Miner page shows, as plain values (no JavaFX): the chip's readings (empty ones as
 * "—"), its rating, whether it can be attested and why not, and its registration read from verified storage (the
 * view model turns the causes into the user's language).
 */
public record ChipCard(String localId, String label, String vendor, String memory, String temperature, String power,
                       String rating, AttestationSupport attestation, Optional<RegistrationStatus> status, boolean simulated) {

    /** A card per local chip, joined with the registration of the same chip (by local id). */
    public static List<ChipCard> of(List<AttestedChip> chips, List<RegistrationStatus> registrations, ChipRatings ratings) {
        return chips.stream().map(c -> of(c.chip(), registrations, ratings)).toList();
    }

    static ChipCard of(Chip c, List<RegistrationStatus> registrations, ChipRatings ratings) {
        String id = c.uuid().orElse(c.label());
        Optional<RegistrationStatus> reg = registrations.stream().filter(r -> r.chip().localId().equals(id)).findFirst();
        return new ChipCard(id, c.label(), c.vendor(),
                c.memoryBytes().isPresent() ? (c.memoryBytes().getAsLong() >> 30) + " GiB" : "—",
                c.temperatureCelsius().isPresent() ? c.temperatureCelsius().getAsInt() + " °C" : "—",
                c.powerWatts().isPresent() ? String.format(Locale.ROOT, "%.0f W", c.powerWatts().getAsDouble()) : "—",
                ratings.describe(c), c.attestation(), reg, c.simulated());
    }

    public boolean attestable() {
        return attestation.capable();
    }

    /** The registration state from verified storage, empty when this chip was never registered from here. */
    public Optional<RegistrationState> registration() {
        return status.map(RegistrationStatus::state);
    }

    /** Whether the chip reports any reading (simulated chips and chips seen only on the PCI bus report none). */
    public boolean hasReadings() {
        return !("—".equals(memory) && "—".equals(temperature) && "—".equals(power));
    }

    /** Whether "Attest & register" makes sense: attestable and not registered or pending. */
    public boolean canRegister() {
        return attestable() && (registration().isEmpty() || registration().get() == RegistrationState.FAILED);
    }
}
