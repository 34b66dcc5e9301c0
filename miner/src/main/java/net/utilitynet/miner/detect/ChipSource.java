package net.utilitynet.miner.detect;

/** Where a chip's details came from; decides how much of them can be trusted and shown. */
public enum ChipSource {
    /** NVIDIA's management library (libnvidia-ml / nvml.dll): full details and live readings. */
    NVML,
    /** A PCI function under /sys/bus/pci/devices: vendor, model and driver only. */
    SYSFS,
    /** A Linux compute-accelerator node (/sys/class/accel, /dev/accel) with no PCI function found. */
    ACCEL,
    /** A devnet-only software chip; never a real device. */
    SIMULATED
}
