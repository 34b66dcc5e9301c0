package net.utilitynet.miner.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import org.web3j.utils.Numeric;

/**
 * An epoch's miner set, believed only when its entries rebuild the {@code minerSetRoot} and {@code totalPower} of
 * the verified checkpoint: the node's {@code unc_getMinerSet} answer is a candidate, and an endpoint whose set does
 * not match is marked lying (the pool asks the next one). Branches are recomputed locally, never taken from the
 * node. The last few epochs are cached.
 */
public final class VerifiedMinerSets {
    private static final int CACHED_EPOCHS = 8;

    private final MinerChain chain;
    private final Map<Long, MinerSet> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MinerSet> eldest) {
            return size() > CACHED_EPOCHS;
        }
    };

    public VerifiedMinerSets(MinerChain chain) {
        this.chain = chain;
    }

    /** The verified miner set of {@code epoch}. */
    public synchronized MinerSet of(long epoch) {
        MinerSet cached = cache.get(epoch);
        if (cached != null) {
            return cached;
        }
        Checkpoint cp = chain.verifiedCheckpoint(epoch);
        MinerSet set;
        if (cp.totalPower() == 0 && Arrays.equals(cp.minerSetRoot(), new byte[32])) {
            set = MinerSet.of(List.of());
        } else {
            long block = epoch * chain.epochLength();
            set = chain.lightClient().endpointPool().withFailover("unc_getMinerSet " + epoch,
                    endpoint -> check(endpoint.call("unc_getMinerSet", Numeric.encodeQuantity(java.math.BigInteger.valueOf(epoch))), cp, block));
        }
        cache.put(epoch, set);
        return set;
    }

    static MinerSet check(JsonNode answer, Checkpoint cp, long block) {
        MinerSet set;
        try {
            if (answer == null || !answer.has("entries")) {
                throw new VerificationException(block, "miner-set", "unc_getMinerSet gave no entries for epoch " + cp.epoch());
            }
            List<MinerEntry> entries = new ArrayList<>();
            for (JsonNode e : answer.get("entries")) {
                entries.add(new MinerEntry(RpcJson.data(e.get("miner"), "miner", 20), RpcJson.data(e.get("payout"), "payout", 20),
                        RpcJson.data(e.get("vrfPubKey"), "vrfPubKey", 33), RpcJson.quantity64(e.get("power"), "power")));
            }
            set = MinerSet.of(entries);
        } catch (ProtocolException | NullPointerException e) {
            throw new VerificationException(block, "miner-set", "unreadable miner set: " + e.getMessage(), e);
        }
        if (!Arrays.equals(set.root(), cp.minerSetRoot()) || set.totalPower() != cp.totalPower()) {
            throw new VerificationException(block, "miner-set", "the miner set of epoch " + cp.epoch() + " gives root "
                    + Numeric.toHexString(set.root()) + " and total power " + set.totalPower() + " but the verified checkpoint has "
                    + Numeric.toHexString(cp.minerSetRoot()) + " and " + cp.totalPower());
        }
        return set;
    }
}
