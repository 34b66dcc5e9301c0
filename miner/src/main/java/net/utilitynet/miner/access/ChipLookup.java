package net.utilitynet.miner.access;

import java.util.Optional;
import net.utilitynet.miner.detect.Chip;

/** The live readings of a registered chip of this machine by its chain id ({@code Miner::liveChip}); empty when it is not here. */
@FunctionalInterface
public interface ChipLookup {
    Optional<Chip> chip(String chipIdHex);
}
