package net.utilitynet.devnet.chain;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.state.StateReader;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpItem;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.rlp.RlpType;

/**
 * Builds the checkpoint of block {@code k·E} (design §4.3): the validators, the miner set of epoch {@code k}
 * (miners active during epoch {@code k-1}, read from the state after the block's transactions) and the history
 * root over blocks {@code (k-1)·E … k·E-1}. Also (de)serialises miner sets for {@code unc_getMinerSet}.
 */
public final class CheckpointFactory {
    private final Blockchain chain;
    private final List<byte[]> validators;
    private final MinerSetSource miners;

    public CheckpointFactory(Blockchain chain, List<byte[]> validators, MinerSetSource miners) {
        this.chain = chain;
        this.validators = List.copyOf(validators);
        this.miners = miners;
    }

    /** A checkpoint (no committed seals yet) and the miner set it commits to. */
    public record Built(Checkpoint checkpoint, MinerSet minerSet) {
    }

    /** For block {@code height = k·E ≥ E}, whose transactions are already in {@code state}. */
    public Built build(long height, StateReader state) {
        long e = chain.epochLength();
        long k = height / e;
        MinerSet set = MinerSet.of(miners.activeMiners(state, k - 1));
        byte[] history = HistoryRoot.of(chain.hashes((k - 1) * e, k * e - 1)).root();
        return new Built(new Checkpoint(k, validators, set.root(), set.totalPower(), history, List.of()), set);
    }

    public static String metaKey(long epoch) {
        return "minerset:" + epoch;
    }

    public static byte[] encode(MinerSet set) {
        List<RlpType> entries = new ArrayList<>();
        for (MinerEntry m : set.entries()) {
            entries.add(Rlp.list(Rlp.bytes(m.miner()), Rlp.bytes(m.payout()), Rlp.bytes(m.vrfPubKey()), Rlp.uint(m.power())));
        }
        return Rlp.encode(Rlp.list(entries));
    }

    public static MinerSet decode(byte[] encoded) {
        List<MinerEntry> entries = new ArrayList<>();
        for (RlpItem item : Rlp.decodeList(encoded, "miner set").items()) {
            RlpList f = item.asList("miner entry").expectSize(4, "miner entry");
            entries.add(new MinerEntry(f.get(0).asString("miner").bytes(20, "miner"), f.get(1).asString("payout").bytes(20, "payout"),
                    f.get(2).asString("vrfPubKey").bytes(33, "vrfPubKey"), f.get(3).asString("power").uint64("power")));
        }
        return MinerSet.of(entries);
    }
}
