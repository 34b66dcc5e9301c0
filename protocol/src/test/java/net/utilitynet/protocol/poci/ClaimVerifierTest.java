package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimVerifierTest {
    private static final PociFixture F = new PociFixture(2, 1, 6);
    private static final byte[] R_PREV = F.bytes(32);
    private static long height;
    private static int winner;

    @BeforeAll
    static void findElectedMiner() {
        for (height = 1; (winner = F.eligibleMiner(height, R_PREV)) < 0; height++) {
            assertTrue(height < 50, "with factor 2 some miner is eligible within a few heights");
        }
    }

    private static byte[] verify(BlockHeader header, Claim claim) {
        return ClaimVerifier.verify(PociFixture.CHAIN_ID, header, claim, F.checkpoint, PociFixture.FACTOR, R_PREV);
    }

    @Test
    void verify_electedMiner_returnsBetaOfProof() {
        Claim claim = F.claim(winner, height, R_PREV);
        byte[] beta = verify(F.header(height, claim, null, new byte[32]), claim);
        assertArrayEquals(EcVrfP256.proofToHash(claim.vrfProof()), beta);
    }

    @Test
    void verify_coinbaseNotPayout_failsCoinbaseRule() {
        Claim claim = F.claim(winner, height, R_PREV);
        BlockHeader header = F.header(height, claim, null, new byte[32]).toBuilder().coinbase(new byte[20]).build();
        assertEquals(PociRule.CLAIM_COINBASE, assertThrows(PociRuleException.class, () -> verify(header, claim)).rule());
    }

    @Test
    void verify_inflatedPower_failsBranchRule() {
        Claim c = F.claim(winner, height, R_PREV);
        Claim inflated = new Claim(c.miner(), c.payout(), c.vrfPubKey(), c.power() * 10, c.leafIndex(), c.branch(), c.vrfProof());
        BlockHeader header = F.header(height, inflated, null, new byte[32]);
        assertEquals(PociRule.CLAIM_BRANCH, assertThrows(PociRuleException.class, () -> verify(header, inflated)).rule());
    }

    @Test
    void verify_wrongLeafIndex_failsBranchRule() {
        Claim c = F.claim(winner, height, R_PREV);
        Claim moved = new Claim(c.miner(), c.payout(), c.vrfPubKey(), c.power(), c.leafIndex() ^ 1, c.branch(), c.vrfProof());
        BlockHeader header = F.header(height, moved, null, new byte[32]);
        assertEquals(PociRule.CLAIM_BRANCH, assertThrows(PociRuleException.class, () -> verify(header, moved)).rule());
    }

    @Test
    void verify_proofForAnotherHeight_failsVrfRule() {
        Claim stale = F.claim(winner, height + 1, R_PREV);
        BlockHeader header = F.header(height, stale, null, new byte[32]);
        assertEquals(PociRule.CLAIM_VRF, assertThrows(PociRuleException.class, () -> verify(header, stale)).rule());
    }

    @Test
    void verify_ineligibleMiner_failsEligibilityRule() {
        long h = 1;
        int loser = -1;
        for (; loser < 0; h++) {
            for (int i = 0; i < F.entries.size(); i++) {
                byte[] beta = EcVrfP256.proofToHash(F.claim(i, h, R_PREV).vrfProof());
                if (!Election.isEligible(beta, F.entries.get(i).power(), F.minerSet.totalPower(), PociFixture.FACTOR)) {
                    loser = i;
                    break;
                }
            }
        }
        long lossHeight = h - 1;
        Claim claim = F.claim(loser, lossHeight, R_PREV);
        BlockHeader header = F.header(lossHeight, claim, null, new byte[32]);
        assertEquals(PociRule.CLAIM_NOT_ELIGIBLE, assertThrows(PociRuleException.class, () -> verify(header, claim)).rule());
    }

    @Test
    void fullHeader_sealClaimRandomness_verifyTogether() {
        Claim claim = F.claim(winner, height, R_PREV);
        byte[] beta = EcVrfP256.proofToHash(claim.vrfProof());
        BlockHeader sealed = Sealer.seal(F.header(height, claim, null, Randomness.next(R_PREV, height, beta)), F.validatorKeys.get(0));
        ExtraData extra = HeaderShape.verify(sealed, PociFixture.EPOCH_LENGTH);
        SealVerifier.verify(sealed, extra, List.of(F.validators.get(0)));
        byte[] verifiedBeta = verify(sealed, extra.claim());
        byte[] r = Randomness.verify(sealed, R_PREV, verifiedBeta);
        assertNotEquals(0, r.length);
        assertFalse(java.util.Arrays.equals(R_PREV, r));
    }
}
