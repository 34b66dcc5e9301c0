package net.utilitynet.miner.agent;

import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.detect.Chip;

/** A chip on this machine with the provider that can attest it (heartbeats are signed by the chip's attested key). */
public record AttestedChip(Chip chip, AttestationProvider provider) {
}
