package net.utilitynet.miner.agent;

import java.util.Arrays;
import java.util.Optional;
import net.utilitynet.miner.keys.VrfKeyStore;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.web3j.utils.Numeric;

/**
 * The election at one height (design §4.4): evaluates the miner's VRF over
 * {@code alpha = "UNC-POCI-ELECTION" ‖ chainId ‖ h ‖ R(h-1)} and, when {@code beta·totalPower·d < 2^256·power·n},
 * builds the claim with the miner-set branch computed from the verified set. Pure apart from the VRF key.
 */
public final class ClaimMaker {
    /** The outcome at one height: a claim to send, or why there is none. */
    public record Decision(long height, Optional<Claim> claim, String reason) {
    }

    private final long chainId;
    private final ElectionFactor factor;
    private final VrfKeyStore vrf;

    public ClaimMaker(long chainId, ElectionFactor factor, VrfKeyStore vrf) {
        this.chainId = chainId;
        this.factor = factor;
        this.vrf = vrf;
    }

    /**
     * @param height             the block to claim (verified head + 1)
     * @param previousRandomness {@code R(height-1)}: the mixHash of the verified head
     * @param set                the verified miner set of the height's epoch
     * @param miner              this miner's address
     */
    public Decision decide(long height, byte[] previousRandomness, MinerSet set, byte[] miner) {
        int index = set.indexOf(miner);
        if (index < 0) {
            return new Decision(height, Optional.empty(), "not in this epoch's miner set (chips join the set of the epoch after"
                    + " their registration or heartbeat)");
        }
        MinerEntry entry = set.entry(index);
        byte[] ourKey = vrf.publicKey();
        if (!Arrays.equals(entry.vrfPubKey(), ourKey)) {
            return new Decision(height, Optional.empty(), "the miner set names VRF key " + Numeric.toHexString(entry.vrfPubKey())
                    + " for this miner, not this wallet's key " + Numeric.toHexString(ourKey) + "; mine from the wallet that registered the chips");
        }
        byte[] proof = vrf.prove(Election.alpha(chainId, height, previousRandomness));
        byte[] beta = EcVrfP256.proofToHash(proof);
        if (!Election.isEligible(beta, entry.power(), set.totalPower(), factor)) {
            return new Decision(height, Optional.empty(), "not elected at block " + height);
        }
        Claim claim = new Claim(entry.miner(), entry.payout(), entry.vrfPubKey(), entry.power(), index, set.branch(index), proof);
        return new Decision(height, Optional.of(claim), "elected at block " + height);
    }
}
