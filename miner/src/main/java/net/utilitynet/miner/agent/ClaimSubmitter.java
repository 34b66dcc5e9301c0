package net.utilitynet.miner.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.protocol.poci.Claim;
import org.web3j.utils.Numeric;

/** Sends a claim to the node with {@code unc_submitClaim}; the answer says whether it is the best claim so far. */
public final class ClaimSubmitter {
    private final MinerChain chain;

    public ClaimSubmitter(MinerChain chain) {
        this.chain = chain;
    }

    /** Returns whether the node holds this claim as the best for {@code height} (untrusted: the block decides). */
    public boolean submit(long height, Claim claim) {
        JsonNode answer = chain.untrustedCall("unc_submitClaim", toJson(height, claim));
        return answer != null && answer.path("best").asBoolean(false);
    }

    static Map<String, Object> toJson(long height, Claim claim) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("blockNumber", quantity(height));
        o.put("miner", Numeric.toHexString(claim.miner()));
        o.put("payout", Numeric.toHexString(claim.payout()));
        o.put("vrfPubKey", Numeric.toHexString(claim.vrfPubKey()));
        o.put("power", quantity(claim.power()));
        o.put("leafIndex", quantity(claim.leafIndex()));
        List<String> branch = claim.branch().stream().map(Numeric::toHexString).toList();
        o.put("branch", branch);
        o.put("vrfProof", Numeric.toHexString(claim.vrfProof()));
        return o;
    }

    private static String quantity(long v) {
        return Numeric.encodeQuantity(BigInteger.valueOf(v));
    }
}
