package net.utilitynet.protocol.poci;

import java.util.Arrays;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.BinaryMerkleTree;
import net.utilitynet.protocol.vrf.EcVrfP256;
import net.utilitynet.protocol.vrf.VrfException;
import org.web3j.utils.Numeric;

/**
 * Rule: a block's claim is valid (design §4.4): coinbase = payout, the branch proves the miner entry against
 * the epoch's minerSetRoot, the ECVRF proof verifies for the election alpha, and the miner is eligible.
 * Cheap checks run first so a bad claim costs no elliptic-curve work.
 */
public final class ClaimVerifier {
    private ClaimVerifier() {
    }

    /**
     * Verifies {@code claim} of {@code header} against the checkpoint that opened its epoch and returns the VRF
     * output {@code beta} (the input of {@link Randomness}).
     */
    public static byte[] verify(long chainId, BlockHeader header, Claim claim, Checkpoint epochCheckpoint,
                                ElectionFactor factor, byte[] previousRandomness) {
        long h = header.number();
        if (!Arrays.equals(header.coinbase(), claim.payout())) {
            throw new PociRuleException(PociRule.CLAIM_COINBASE, "block " + h + ": coinbase " + Numeric.toHexString(header.coinbase())
                    + " is not the claim's payout address " + Numeric.toHexString(claim.payout()));
        }
        if (!BinaryMerkleTree.verify(claim.entry().leaf(), claim.leafIndex(), claim.branch(), epochCheckpoint.minerSetRoot())) {
            throw new PociRuleException(PociRule.CLAIM_BRANCH, "block " + h + ": the branch does not prove miner "
                    + Numeric.toHexString(claim.miner()) + " at leaf " + claim.leafIndex() + " of the miner set of epoch "
                    + epochCheckpoint.epoch());
        }
        byte[] beta;
        try {
            beta = EcVrfP256.verify(claim.vrfPubKey(), claim.vrfProof(), Election.alpha(chainId, h, previousRandomness));
        } catch (VrfException e) {
            throw new PociRuleException(PociRule.CLAIM_VRF, "block " + h + ": VRF proof of miner "
                    + Numeric.toHexString(claim.miner()) + " does not verify: " + e.getMessage());
        }
        if (!Election.isEligible(beta, claim.power(), epochCheckpoint.totalPower(), factor)) {
            throw new PociRuleException(PociRule.CLAIM_NOT_ELIGIBLE, "block " + h + ": miner " + Numeric.toHexString(claim.miner())
                    + " with power " + claim.power() + " of " + epochCheckpoint.totalPower() + " was not elected at this height");
        }
        return beta;
    }
}
