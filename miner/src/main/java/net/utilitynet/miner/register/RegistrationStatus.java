package net.utilitynet.miner.register;

import java.util.Optional;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.modules.ChipRecord;

/**
 * A chip's registration: its state, a sentence for the user, the verified registry record once there is one and
 * the verified block it was proven at (-1 when nothing was proven).
 */
public record RegistrationStatus(RegisteredChip chip, RegistrationState state, String reason, Optional<ChipRecord> record,
                                 long provenAtBlock) {
}
