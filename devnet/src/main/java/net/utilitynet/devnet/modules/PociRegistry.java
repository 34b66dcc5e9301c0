package net.utilitynet.devnet.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.devnet.chain.MinerSetSource;
import net.utilitynet.devnet.execution.BlockContext;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.StateReader;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.modules.AbiEvent;
import net.utilitynet.protocol.modules.AbiException;
import net.utilitynet.protocol.modules.AbiFunction;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.MinerStats;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.modules.PociRegistryLayout;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.receipt.Log;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * The POCI registry (design §4.6) at {@link SystemModules#POCI_REGISTRY_HEX}, natively: chip registration with
 * certificate-chain and evidence checks, one heartbeat per chip per epoch, deregistration, views, and the miner
 * set of each epoch. State follows protocol's {@link PociRegistryLayout}; every change emits its event.
 */
public final class PociRegistry implements SystemModule, MinerSetSource {
    public static final Address ADDRESS = Address.of(SystemModules.pociRegistry());
    static final long REGISTER_GAS = 200_000;
    static final long HEARTBEAT_GAS = 60_000;
    static final long DEREGISTER_GAS = 30_000;
    static final long VIEW_GAS = 5_000;

    private final ChainParams params;
    private final ChipAttestation attestation;
    private final ChipIndex index = new ChipIndex();
    private final ModuleStorage storage = new ModuleStorage(ADDRESS);

    public PociRegistry(ChainParams params) {
        this.params = params;
        this.attestation = new ChipAttestation(params);
    }

    @Override
    public Address address() {
        return ADDRESS;
    }

    @Override
    public ModuleResult call(ModuleCall call) {
        AbiFunction f;
        List<Type> args;
        try {
            f = AbiFunction.dispatch(PociRegistryAbi.FUNCTIONS, call.data());
            args = f.decodeInputs(call.data());
        } catch (AbiException e) {
            return ModuleResult.revert("POCI registry: " + e.getMessage(), VIEW_GAS);
        }
        if (call.value().signum() != 0 && f != PociRegistryAbi.GET_CHIP && f != PociRegistryAbi.MINER_STATS) {
            return ModuleResult.revert("POCI registry: " + f.name() + " is not payable; send value 0", VIEW_GAS);
        }
        if (f == PociRegistryAbi.REGISTER_CHIP) {
            return register(call, args);
        } else if (f == PociRegistryAbi.HEARTBEAT) {
            return heartbeat(call, args);
        } else if (f == PociRegistryAbi.DEREGISTER_CHIP) {
            return deregister(call, bytes32(args.get(0)));
        } else if (f == PociRegistryAbi.GET_CHIP) {
            return getChip(call.state(), bytes32(args.get(0)));
        }
        MinerStats s = minerStats(call.state(), ((org.web3j.abi.datatypes.Address) args.get(0)).getValue());
        return ModuleResult.ok(encode(new Uint256(s.rewardsCredited()), new Uint64(s.blocksWon()), new Uint64(s.activeChips())),
                List.of(), VIEW_GAS);
    }

    @SuppressWarnings("unchecked")
    private ModuleResult register(ModuleCall call, List<Type> a) {
        byte[] chipId = bytes32(a.get(0));
        String vendor = (String) a.get(1).getValue();
        String model = (String) a.get(2).getValue();
        List<byte[]> certChain = new ArrayList<>();
        for (DynamicBytes b : ((DynamicArray<DynamicBytes>) a.get(3)).getValue()) {
            certChain.add(b.getValue());
        }
        byte[] evidence = ((DynamicBytes) a.get(4)).getValue();
        byte[] vrfPubKey = ((DynamicBytes) a.get(5)).getValue();
        byte[] payout = Numeric.hexStringToByteArray(((org.web3j.abi.datatypes.Address) a.get(6)).getValue());
        BlockContext block = call.block();
        if (vrfPubKey.length != 33 || (vrfPubKey[0] != 2 && vrfPubKey[0] != 3)) {
            return revert("registerChip: vrfPubKey must be a 33-byte compressed P-256 key (0x02/0x03 prefix)", REGISTER_GAS);
        }
        Optional<Long> rating = params.ratingOf(model);
        if (rating.isEmpty()) {
            return revert("registerChip: model \"" + model + "\" is not in the chain's rating table", REGISTER_GAS);
        }
        Optional<ChipRecord> existing = chip(call.state(), chipId);
        if (existing.isPresent() && existing.get().active()) {
            return revert("registerChip: chip " + Numeric.toHexString(chipId) + " is already registered", REGISTER_GAS);
        }
        ChipAttestation.Outcome outcome = null;
        for (long epoch : new long[] {block.epoch(), block.epoch() - 1}) {
            byte[] cpHash = epoch < 0 ? null : block.checkpointHash(epoch);
            if (cpHash == null) {
                continue;
            }
            byte[] message = AttestationMessages.register(block.chainId(), chipId, call.sender().bytes(), vrfPubKey, payout, cpHash);
            outcome = attestation.check(vendor, certChain, message, evidence, chipId, block.timestamp());
            if (outcome.failure() == null) {
                break;
            }
        }
        if (outcome == null || outcome.failure() != null) {
            return revert("registerChip: " + (outcome == null ? "no checkpoint to sign" : outcome.failure())
                    + " (the message must name the latest checkpoint, block " + block.epoch() * block.epochLength() + ")", REGISTER_GAS);
        }
        // A simulated chip's model is fixed by its certificate, so its rating cannot be chosen freely.
        String certified = SimulatedChipVerifier.VENDOR.equals(vendor) ? ChipAttestation.simulatedModel(certChain, outcome.chip()) : model;
        if (!model.equals(certified)) {
            return revert("registerChip: model \"" + model + "\" differs from the model in the simulated chip's certificate (\""
                    + certified + "\")", REGISTER_GAS);
        }
        WorldState s = call.state();
        ChipRecord record = new ChipRecord(call.sender().bytes(), payout, vrfPubKey, rating.get(), block.epoch(), block.epoch(), 1, true);
        storage.write(s, PociRegistryLayout.chipSlots(chipId), record.toWords());
        storage.write(s, PociRegistryLayout.heartbeatSlot(chipId, block.epoch()), 1);
        byte[] countSlot = PociRegistryLayout.chipCountSlot();
        storage.write(s, countSlot, storage.readLong(s, countSlot) + 1);
        MinerStats stats = minerStats(s, call.sender().hex());
        writeStats(s, call.sender().bytes(), new MinerStats(stats.rewardsCredited(), stats.blocksWon(), stats.activeChips() + 1));
        if (!call.readOnly()) {
            index.put(Numeric.toHexString(chipId), vendor, certChain);
        }
        return ModuleResult.ok(new byte[0], List.of(log(PociRegistryAbi.CHIP_REGISTERED.encode(new Bytes32(chipId),
                new org.web3j.abi.datatypes.Address(call.sender().hex()), new org.web3j.abi.datatypes.Address(Numeric.toHexString(payout)),
                new org.web3j.abi.datatypes.Utf8String(vendor), new org.web3j.abi.datatypes.Utf8String(model),
                new Uint64(rating.get())))), REGISTER_GAS);
    }

    private ModuleResult heartbeat(ModuleCall call, List<Type> a) {
        byte[] chipId = bytes32(a.get(0));
        long epoch = ((Uint64) a.get(1)).getValue().longValueExact();
        byte[] evidence = ((DynamicBytes) a.get(2)).getValue();
        BlockContext block = call.block();
        WorldState s = call.state();
        Optional<ChipRecord> chip = chip(s, chipId);
        ChipIndex.Entry entry = index.get(Numeric.toHexString(chipId));
        if (chip.isEmpty() || !chip.get().active() || entry == null) {
            return revert("heartbeat: chip " + Numeric.toHexString(chipId) + " is not registered", HEARTBEAT_GAS);
        }
        if (epoch != block.epoch()) {
            return revert("heartbeat: epoch " + epoch + " is not the current epoch " + block.epoch(), HEARTBEAT_GAS);
        }
        if (storage.readLong(s, PociRegistryLayout.heartbeatSlot(chipId, epoch)) != 0) {
            return revert("heartbeat: chip " + Numeric.toHexString(chipId) + " already proved epoch " + epoch, HEARTBEAT_GAS);
        }
        byte[] message = AttestationMessages.heartbeat(block.chainId(), chipId, epoch, block.checkpointHash(epoch));
        String failure = attestation.check(entry.vendor(), entry.certChain(), message, evidence, chipId, block.timestamp()).failure();
        if (failure != null) {
            return revert("heartbeat: " + failure, HEARTBEAT_GAS);
        }
        ChipRecord c = chip.get();
        ChipRecord updated = new ChipRecord(c.owner(), c.payout(), c.vrfPubKey(), c.rating(), c.registeredEpoch(), epoch,
                c.heartbeatCount() + 1, true);
        storage.write(s, PociRegistryLayout.chipSlots(chipId), updated.toWords());
        storage.write(s, PociRegistryLayout.heartbeatSlot(chipId, epoch), 1);
        return ModuleResult.ok(new byte[0], List.of(log(PociRegistryAbi.HEARTBEAT_RECORDED.encode(new Bytes32(chipId), new Uint64(epoch)))),
                HEARTBEAT_GAS);
    }

    private ModuleResult deregister(ModuleCall call, byte[] chipId) {
        WorldState s = call.state();
        Optional<ChipRecord> chip = chip(s, chipId);
        if (chip.isEmpty() || !chip.get().active()) {
            return revert("deregisterChip: chip " + Numeric.toHexString(chipId) + " is not registered", DEREGISTER_GAS);
        }
        ChipRecord c = chip.get();
        if (!Address.of(c.owner()).equals(call.sender())) {
            return revert("deregisterChip: only the chip's owner " + Numeric.toHexString(c.owner()) + " may deregister it", DEREGISTER_GAS);
        }
        storage.write(s, PociRegistryLayout.chipSlots(chipId), new ChipRecord(c.owner(), c.payout(), c.vrfPubKey(), c.rating(),
                c.registeredEpoch(), c.lastHeartbeatEpoch(), c.heartbeatCount(), false).toWords());
        MinerStats stats = minerStats(s, call.sender().hex());
        writeStats(s, c.owner(), new MinerStats(stats.rewardsCredited(), stats.blocksWon(), Math.max(0, stats.activeChips() - 1)));
        return ModuleResult.ok(new byte[0], List.of(log(PociRegistryAbi.CHIP_DEREGISTERED.encode(new Bytes32(chipId),
                new org.web3j.abi.datatypes.Address(call.sender().hex())))), DEREGISTER_GAS);
    }

    private ModuleResult getChip(StateReader s, byte[] chipId) {
        Optional<ChipRecord> chip = chip(s, chipId);
        if (chip.isEmpty()) {
            return revert("getChip: no chip " + Numeric.toHexString(chipId), VIEW_GAS);
        }
        ChipRecord c = chip.get();
        return ModuleResult.ok(encode(new org.web3j.abi.datatypes.Address(Numeric.toHexString(c.owner())),
                new org.web3j.abi.datatypes.Address(Numeric.toHexString(c.payout())), new DynamicBytes(c.vrfPubKey()),
                new Uint64(c.rating()), new Uint64(c.registeredEpoch()), new Uint64(c.lastHeartbeatEpoch()),
                new Uint64(c.heartbeatCount()), new Bool(c.active())), List.of(), VIEW_GAS);
    }

    /** Credits a block reward to the winning miner's statistics (called by the block producer). */
    public void creditReward(WorldState state, byte[] miner, BigInteger reward) {
        MinerStats s = minerStats(state, Numeric.toHexString(miner));
        writeStats(state, miner, new MinerStats(s.rewardsCredited().add(reward), s.blocksWon() + 1, s.activeChips()));
    }

    /** Miners whose active chips proved {@code epoch}; a miner's payout and VRF key are those of its first chip by id. */
    @Override
    public List<MinerEntry> activeMiners(StateReader state, long epoch) {
        Map<Address, MinerEntry> miners = new LinkedHashMap<>();
        for (String id : index.ids()) {
            byte[] chipId = Numeric.hexStringToByteArray(id);
            Optional<ChipRecord> chip = chip(state, chipId);
            if (chip.isEmpty() || !chip.get().active() || storage.readLong(state, PociRegistryLayout.heartbeatSlot(chipId, epoch)) == 0) {
                continue;
            }
            ChipRecord c = chip.get();
            miners.merge(Address.of(c.owner()), new MinerEntry(c.owner(), c.payout(), c.vrfPubKey(), c.rating()),
                    (old, add) -> new MinerEntry(old.miner(), old.payout(), old.vrfPubKey(), old.power() + add.power()));
        }
        return new ArrayList<>(miners.values());
    }

    /** Re-learns a chip from its stored registration (at start, for heartbeat checks and miner sets). */
    @SuppressWarnings("unchecked")
    public void learn(byte[] registrationCalldata) {
        List<Type> a = PociRegistryAbi.REGISTER_CHIP.decodeInputs(registrationCalldata);
        List<byte[]> chain = new ArrayList<>();
        for (DynamicBytes b : ((DynamicArray<DynamicBytes>) a.get(3)).getValue()) {
            chain.add(b.getValue());
        }
        index.put(Numeric.toHexString(bytes32(a.get(0))), (String) a.get(1).getValue(), chain);
    }

    /** Whether chip {@code chipId} proved epoch {@code epoch} (heartbeat or registration). */
    public boolean provedEpoch(StateReader s, byte[] chipId, long epoch) {
        return storage.readLong(s, PociRegistryLayout.heartbeatSlot(chipId, epoch)) != 0;
    }

    /** The chip's record, if it was ever registered. */
    public Optional<ChipRecord> chip(StateReader s, byte[] chipId) {
        return ChipRecord.fromWords(storage.read(s, PociRegistryLayout.chipSlots(chipId)));
    }

    private MinerStats minerStats(StateReader s, String minerHex) {
        return MinerStats.fromWords(storage.read(s, PociRegistryLayout.minerSlots(Numeric.hexStringToByteArray(minerHex))));
    }

    private void writeStats(WorldState s, byte[] miner, MinerStats stats) {
        storage.write(s, PociRegistryLayout.minerSlots(miner), stats.toWords());
    }

    private static byte[] bytes32(Type<?> t) {
        return ((Bytes32) t).getValue();
    }

    private static Log log(AbiEvent.Log l) {
        return new Log(ADDRESS.bytes(), l.topics(), l.data());
    }

    private static ModuleResult revert(String reason, long gas) {
        return ModuleResult.revert(reason, gas);
    }

    private static byte[] encode(Type<?>... values) {
        return Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(List.of(values)));
    }
}
