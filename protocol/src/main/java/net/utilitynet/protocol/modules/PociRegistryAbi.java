package net.utilitynet.protocol.modules;

import java.util.List;

/** ABI of the POCI registry module at {@link SystemModules#POCI_REGISTRY_HEX} (design §4.6). */
public final class PociRegistryAbi {
    /** {@code registerChip(bytes32 chipId, string vendor, string model, bytes[] certChain, bytes evidence, bytes vrfPubKey, address payout)}. */
    public static final AbiFunction REGISTER_CHIP = new AbiFunction("registerChip",
            "bytes32,string,string,bytes[],bytes,bytes,address", "");
    /** {@code heartbeat(bytes32 chipId, uint64 epoch, bytes evidence)}. */
    public static final AbiFunction HEARTBEAT = new AbiFunction("heartbeat", "bytes32,uint64,bytes", "");
    /** {@code deregisterChip(bytes32 chipId)}: by the chip's owner only. */
    public static final AbiFunction DEREGISTER_CHIP = new AbiFunction("deregisterChip", "bytes32", "");
    /**
     * View {@code getChip(bytes32)} returning {@code (address owner, address payout, bytes vrfPubKey, uint64 rating,
     * uint64 registeredEpoch, uint64 lastHeartbeatEpoch, uint64 heartbeatCount, bool active)}.
     */
    public static final AbiFunction GET_CHIP = new AbiFunction("getChip", "bytes32",
            "address,address,bytes,uint64,uint64,uint64,uint64,bool");
    /** View {@code minerStats(address)} returning {@code (uint256 rewardsCredited, uint64 blocksWon, uint64 activeChips)}. */
    public static final AbiFunction MINER_STATS = new AbiFunction("minerStats", "address", "uint256,uint64,uint64");

    public static final List<AbiFunction> FUNCTIONS = List.of(REGISTER_CHIP, HEARTBEAT, DEREGISTER_CHIP, GET_CHIP, MINER_STATS);

    /** {@code ChipRegistered(bytes32 indexed chipId, address indexed owner, address payout, string vendor, string model, uint64 rating)}. */
    public static final AbiEvent CHIP_REGISTERED = new AbiEvent("ChipRegistered",
            "bytes32 indexed,address indexed,address,string,string,uint64");
    /** {@code HeartbeatRecorded(bytes32 indexed chipId, uint64 indexed epoch)}. */
    public static final AbiEvent HEARTBEAT_RECORDED = new AbiEvent("HeartbeatRecorded", "bytes32 indexed,uint64 indexed");
    /** {@code ChipDeregistered(bytes32 indexed chipId, address indexed owner)}. */
    public static final AbiEvent CHIP_DEREGISTERED = new AbiEvent("ChipDeregistered", "bytes32 indexed,address indexed");

    public static final List<AbiEvent> EVENTS = List.of(CHIP_REGISTERED, HEARTBEAT_RECORDED, CHIP_DEREGISTERED);

    private PociRegistryAbi() {
    }
}
