package net.utilitynet.miner.detect;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An AI chip as detected on this machine. {@code name} is what the source reports (e.g. NVML's
 * "NVIDIA H100 80GB HBM3"); {@code model} is the key used for the chain's rating table (e.g.
 * "H100 SXM5"). Readings a source cannot give are empty, never zero.
 */
public record Chip(
        String vendor,
        String name,
        String model,
        Optional<String> uuid,
        Optional<String> serial,
        Optional<PciAddress> pciAddress,
        Optional<String> deviceNode,
        OptionalLong memoryBytes,
        Optional<String> architecture,
        OptionalInt temperatureCelsius,
        OptionalDouble powerWatts,
        OptionalInt utilisationPercent,
        Optional<String> driver,
        Optional<String> driverVersion,
        ChipSource source,
        AttestationSupport attestation) {

    public Chip {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attestation, "attestation");
    }

    /** True for devnet-only software chips, which the UI must always label "Simulated". */
    public boolean simulated() {
        return source == ChipSource.SIMULATED;
    }

    /** A short label for lists: model, plus the PCI address or UUID that tells equal models apart. */
    public String label() {
        String where = pciAddress.map(PciAddress::toString).or(() -> uuid).or(() -> deviceNode).orElse("");
        String prefix = simulated() ? "Simulated · " : "";
        return prefix + model + (where.isEmpty() ? "" : " (" + where + ")");
    }

    public static Builder builder(String vendor, String name, ChipSource source) {
        return new Builder(vendor, name, source);
    }

    public Builder toBuilder() {
        Builder b = new Builder(vendor, name, source);
        b.model = model;
        b.uuid = uuid;
        b.serial = serial;
        b.pciAddress = pciAddress;
        b.deviceNode = deviceNode;
        b.memoryBytes = memoryBytes;
        b.architecture = architecture;
        b.temperatureCelsius = temperatureCelsius;
        b.powerWatts = powerWatts;
        b.utilisationPercent = utilisationPercent;
        b.driver = driver;
        b.driverVersion = driverVersion;
        b.attestation = attestation;
        return b;
    }

    /** Builds a chip; anything not set stays empty. */
    public static final class Builder {
        private final String vendor;
        private final String name;
        private final ChipSource source;
        private String model;
        private Optional<String> uuid = Optional.empty();
        private Optional<String> serial = Optional.empty();
        private Optional<PciAddress> pciAddress = Optional.empty();
        private Optional<String> deviceNode = Optional.empty();
        private OptionalLong memoryBytes = OptionalLong.empty();
        private Optional<String> architecture = Optional.empty();
        private OptionalInt temperatureCelsius = OptionalInt.empty();
        private OptionalDouble powerWatts = OptionalDouble.empty();
        private OptionalInt utilisationPercent = OptionalInt.empty();
        private Optional<String> driver = Optional.empty();
        private Optional<String> driverVersion = Optional.empty();
        private AttestationSupport attestation =
                AttestationSupport.unavailable(AttestationSupport.Cause.UNKNOWN, "", "No attestation path is known for this chip.");

        private Builder(String vendor, String name, ChipSource source) {
            this.vendor = vendor;
            this.name = name;
            this.source = source;
            this.model = name;
        }

        public Builder model(String v) { model = v; return this; }
        public Builder uuid(String v) { uuid = Optional.ofNullable(v); return this; }
        public Builder serial(String v) { serial = Optional.ofNullable(v); return this; }
        public Builder pciAddress(PciAddress v) { pciAddress = Optional.ofNullable(v); return this; }
        public Builder deviceNode(String v) { deviceNode = Optional.ofNullable(v); return this; }
        public Builder memoryBytes(long v) { memoryBytes = OptionalLong.of(v); return this; }
        public Builder architecture(String v) { architecture = Optional.ofNullable(v); return this; }
        public Builder temperatureCelsius(int v) { temperatureCelsius = OptionalInt.of(v); return this; }
        public Builder powerWatts(double v) { powerWatts = OptionalDouble.of(v); return this; }
        public Builder utilisationPercent(int v) { utilisationPercent = OptionalInt.of(v); return this; }
        public Builder driver(String v) { driver = Optional.ofNullable(v); return this; }
        public Builder driverVersion(String v) { driverVersion = Optional.ofNullable(v); return this; }
        public Builder attestation(AttestationSupport v) { attestation = v; return this; }

        public Chip build() {
            return new Chip(vendor, name, model, uuid, serial, pciAddress, deviceNode, memoryBytes, architecture,
                    temperatureCelsius, powerWatts, utilisationPercent, driver, driverVersion, source, attestation);
        }
    }
}
