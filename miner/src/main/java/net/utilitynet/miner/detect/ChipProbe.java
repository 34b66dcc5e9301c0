package net.utilitynet.miner.detect;

/** One way of finding chips (NVML, sysfs, …). Implementations never throw: failures become problems. */
public interface ChipProbe {
    ProbeResult probe();
}
