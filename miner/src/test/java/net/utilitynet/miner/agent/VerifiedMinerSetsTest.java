package net.utilitynet.miner.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class VerifiedMinerSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MinerEntry entry(int last, long power) {
        byte[] a = new byte[20];
        a[19] = (byte) last;
        return new MinerEntry(a, a, EcVrfP256.publicKey(Hash.sha3(new byte[] {(byte) last})), power);
    }

    private static ObjectNode answer(List<MinerEntry> entries) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode a = o.putArray("entries");
        for (MinerEntry e : entries) {
            ObjectNode n = a.addObject();
            n.put("miner", Numeric.toHexString(e.miner()));
            n.put("payout", Numeric.toHexString(e.payout()));
            n.put("vrfPubKey", Numeric.toHexString(e.vrfPubKey()));
            n.put("power", Numeric.encodeQuantity(java.math.BigInteger.valueOf(e.power())));
        }
        return o;
    }

    private static Checkpoint checkpoint(MinerSet set) {
        return new Checkpoint(1, List.of(new byte[20]), set.root(), set.totalPower(), new byte[32], List.of());
    }

    @Test
    void check_entriesRebuildTheCheckpointRoot_accepted() {
        List<MinerEntry> entries = List.of(entry(3, 100), entry(1, 989), entry(2, 50));
        MinerSet honest = MinerSet.of(entries);
        assertArrayEquals(honest.root(), VerifiedMinerSets.check(answer(entries), checkpoint(honest), 30).root());
    }

    @Test
    void check_nodeInflatesAPower_rejectedAsLie() {
        MinerSet honest = MinerSet.of(List.of(entry(1, 100), entry(2, 50)));
        VerificationException e = assertThrows(VerificationException.class,
                () -> VerifiedMinerSets.check(answer(List.of(entry(1, 100), entry(2, 5000))), checkpoint(honest), 30));
        assertTrue(e.getMessage().contains("verified checkpoint"), e.getMessage());
    }

    @Test
    void check_nodeDropsAMiner_rejectedAsLie() {
        MinerSet honest = MinerSet.of(List.of(entry(1, 100), entry(2, 100)));
        assertThrows(VerificationException.class, () -> VerifiedMinerSets.check(answer(List.of(entry(1, 200))), checkpoint(honest), 30));
    }

    @Test
    void check_malformedEntry_rejectedAsLie() {
        ObjectNode bad = answer(List.of(entry(1, 100)));
        ((ObjectNode) bad.get("entries").get(0)).put("vrfPubKey", "0x1234");
        assertThrows(VerificationException.class, () -> VerifiedMinerSets.check(bad, checkpoint(MinerSet.of(List.of(entry(1, 100)))), 30));
    }
}
