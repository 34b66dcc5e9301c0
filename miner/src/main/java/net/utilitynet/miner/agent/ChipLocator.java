package net.utilitynet.miner.agent;

import java.util.Optional;

/** Finds the chip on this machine behind a registered chip's local id (NVML UUID, simulated chip id). */
@FunctionalInterface
public interface ChipLocator {
    Optional<AttestedChip> find(String localId);
}
