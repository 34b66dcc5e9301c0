package net.utilitynet.wallet.market;

import java.util.Locale;
import java.util.Map;

/**
 * Published on-board memory of the chip models in the devnet rating table (vendor data sheets), for filtering
 * offers. The chain does not record memory: this is a property of the model, not a verified figure.
 */
public final class ChipSpecs {
    public static final String SIMULATED = "Simulated chip";
    private static final Map<String, Integer> MEMORY_GIB = Map.ofEntries(
            Map.entry("nvidia h100 sxm5", 80), Map.entry("nvidia h100 pcie", 80), Map.entry("h100 sxm5", 80), Map.entry("h100 pcie", 80),
            Map.entry("nvidia h200 sxm", 141), Map.entry("nvidia a100 sxm4", 80), Map.entry("nvidia l40s", 48),
            Map.entry("amd instinct mi300x", 192), Map.entry("intel gaudi 2", 96), Map.entry("intel gaudi 3", 128),
            Map.entry("google tpu v5e", 16), Map.entry("nvidia b200", 192));

    private ChipSpecs() {
    }

    /** GiB of memory of {@code model}, 0 when unknown (simulated chips have none). */
    public static int memoryGib(String model) {
        return MEMORY_GIB.getOrDefault(model.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " "), 0);
    }

    public static boolean simulated(String model) {
        return SIMULATED.equalsIgnoreCase(model.trim());
    }
}
