package net.utilitynet.lightclient.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import org.web3j.utils.Numeric;

/**
 * Pure check of a {@code unc_getMinerSet(epoch)} answer: the entries must rebuild exactly the minerSetRoot and
 * totalPower of the verified checkpoint of that epoch, so the miner list shown is the one consensus committed to.
 */
public final class MinerSetVerifier {
    private MinerSetVerifier() {
    }

    public static MinerSet verify(JsonNode answer, Checkpoint checkpoint, long checkpointNumber) {
        MinerSet set;
        try {
            JsonNode entries = RpcJson.field(answer, "entries", "miner set");
            List<MinerEntry> parsed = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode e = entries.get(i);
                String where = "miner set entries[" + i + "]";
                parsed.add(new MinerEntry(RpcJson.data(RpcJson.field(e, "miner", where), where + ".miner", 20),
                        RpcJson.data(RpcJson.field(e, "payout", where), where + ".payout", 20),
                        RpcJson.data(RpcJson.field(e, "vrfPubKey", where), where + ".vrfPubKey", 33),
                        RpcJson.quantity64(RpcJson.field(e, "power", where), where + ".power")));
            }
            set = MinerSet.of(parsed);
        } catch (ProtocolException e) {
            throw new VerificationException(checkpointNumber, "miner-set", e.getMessage(), e);
        }
        if (!Arrays.equals(set.root(), checkpoint.minerSetRoot()) || set.totalPower() != checkpoint.totalPower()) {
            throw new VerificationException(checkpointNumber, "miner-set", set.size() + " miners give root "
                    + Numeric.toHexString(set.root()) + " and power " + set.totalPower() + " but the verified checkpoint of epoch "
                    + checkpoint.epoch() + " has " + Numeric.toHexString(checkpoint.minerSetRoot()) + " and " + checkpoint.totalPower());
        }
        return set;
    }
}
