package net.utilitynet.miner.register;

import java.util.Optional;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.modules.ChipRecord;

/**
 * A chip's registration: its state, why (as a {@link Cause} a UI can translate, and as an English sentence for logs
 * and the command line), the verified registry record once there is one and the verified block it was proven at
 * (-1 when nothing was proven).
 */
public record RegistrationStatus(RegisteredChip chip, RegistrationState state, Cause cause, String reason, Optional<ChipRecord> record,
                                 long provenAtBlock) {

    /** Why the state is what it is; the facts a message needs are in the record, the chip and the proven block. */
    public enum Cause {
        /** The proven record is active and names this account (rating in the record). */
        REGISTERED,
        /** The proven record names another owner. */
        OTHER_OWNER,
        /** The registerChip transaction reverted in a verified block. */
        REVERTED,
        /** The registerChip transaction was dropped by the node. */
        DROPPED,
        /** Another transaction with the same nonce replaced it. */
        REPLACED,
        /** Signed or sent, not yet in a verified block. */
        AWAITING_INCLUSION
    }
}
