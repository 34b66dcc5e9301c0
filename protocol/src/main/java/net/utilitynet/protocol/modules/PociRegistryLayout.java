package net.utilitynet.protocol.modules;

import java.util.List;

/**
 * Storage layout of the POCI registry account (docs/protocol.md §Storage): top-level slots, struct field order, and
 * slot helpers shared by the node (writer) and the light client (proof reader).
 */
public final class PociRegistryLayout {
    /** {@code mapping(bytes32 chipId => Chip)}. */
    public static final long CHIPS_SLOT = 0;
    /** {@code mapping(address miner => MinerStats)}. */
    public static final long MINERS_SLOT = 1;
    /** {@code uint256 chipCount}: chips ever registered. */
    public static final long CHIP_COUNT_SLOT = 2;
    /** {@code mapping(bytes32 chipId => mapping(uint64 epoch => bool))}: the chip sent a valid heartbeat in that epoch. */
    public static final long HEARTBEATS_SLOT = 3;

    /** Fields of a chip record, one slot each, in this order. */
    public enum ChipField { OWNER, PAYOUT, VRF_KEY_PREFIX, VRF_KEY_X, RATING, REGISTERED_EPOCH, LAST_HEARTBEAT_EPOCH, HEARTBEAT_COUNT, ACTIVE }

    /** Fields of a miner's aggregates, keyed by miner (owner) address. */
    public enum MinerField { REWARDS_CREDITED, BLOCKS_WON, ACTIVE_CHIPS }

    private PociRegistryLayout() {
    }

    public static byte[] chipSlot(byte[] chipId, ChipField field) {
        return StorageSlots.field(StorageSlots.mapping(StorageSlots.bytes32(chipId), CHIPS_SLOT), field.ordinal());
    }

    /** All slots of a chip record in {@link ChipField} order (the input of {@link ChipRecord#fromWords}). */
    public static List<byte[]> chipSlots(byte[] chipId) {
        return StorageSlots.fields(StorageSlots.mapping(StorageSlots.bytes32(chipId), CHIPS_SLOT), ChipField.values().length);
    }

    public static byte[] minerSlot(byte[] miner, MinerField field) {
        return StorageSlots.field(StorageSlots.mapping(StorageSlots.addressWord(miner), MINERS_SLOT), field.ordinal());
    }

    public static List<byte[]> minerSlots(byte[] miner) {
        return StorageSlots.fields(StorageSlots.mapping(StorageSlots.addressWord(miner), MINERS_SLOT), MinerField.values().length);
    }

    public static byte[] chipCountSlot() {
        return StorageSlots.slot(CHIP_COUNT_SLOT);
    }

    /** {@code heartbeats[chipId][epoch]}: 1 when the chip sent a valid heartbeat (or registered) in {@code epoch}. */
    public static byte[] heartbeatSlot(byte[] chipId, long epoch) {
        byte[] inner = StorageSlots.mapping(StorageSlots.bytes32(chipId), HEARTBEATS_SLOT);
        return StorageSlots.mapping(StorageSlots.word(epoch), inner);
    }
}
