package net.utilitynet.lightclient.verify;

import static net.utilitynet.lightclient.testing.PociTestChain.withExtra;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.function.UnaryOperator;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.Sealer;
import org.junit.jupiter.api.Test;

/** Every header rule, each broken on its own in a chain that is otherwise valid and correctly sealed. */
class VerifiedTipTest {
    private static final HeaderVerifier VERIFIER = new HeaderVerifier(PociTestChain.RULES);
    private static final long NOW = PociTestChain.GENESIS_TIME + 10_000;

    private static VerifiedTip fromGenesis(PociTestChain chain) {
        return VerifiedTip.resume(VERIFIER, chain.genesis(), List.of());
    }

    /** Grows a valid chain to {@code validBlocks}, appends one altered block, and returns the failure. */
    private static VerificationException rejectAfter(int validBlocks, UnaryOperator<BlockHeader> beforeSeal,
                                                     UnaryOperator<BlockHeader> afterSeal) {
        PociTestChain chain = new PociTestChain().grow(validBlocks);
        chain.append(beforeSeal, afterSeal);
        List<BlockHeader> batch = chain.range(1, validBlocks + 2);
        return assertThrows(VerificationException.class, () -> fromGenesis(chain).extend(batch, NOW));
    }

    private static VerificationException rejectAlteredBeforeSeal(int validBlocks, UnaryOperator<BlockHeader> change) {
        return rejectAfter(validBlocks, change, UnaryOperator.identity());
    }

    @Test
    void extend_validChainAcrossTwoCheckpoints_headAndCheckpointAdvance() {
        PociTestChain chain = new PociTestChain().grow(20);
        VerifiedTip tip = fromGenesis(chain).extend(chain.range(1, 11), NOW).extend(chain.range(11, 21), NOW);
        assertEquals(20, tip.head().number());
        assertTrue(tip.headIs(chain.headers.get(20).hash()));
        assertEquals(2, tip.epochCheckpoint().epoch());
        assertTrue(chain.headers.stream().anyMatch(h -> ExtraData.decode(h.extraData()).claim() != null),
                "the test chain exercises claims");
    }

    @Test
    void resume_midEpochFromStoredHeaders_verifiesTheNextCheckpoint() {
        PociTestChain chain = new PociTestChain().grow(20);
        VerifiedTip tip = VerifiedTip.resume(VERIFIER, chain.headers.get(8), chain.range(9, 13));
        assertEquals(20, tip.extend(chain.range(13, 21), NOW).head().number());
    }

    @Test
    void extend_wrongParentHash_rejectedAsParentLink() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().parentHash(new byte[32]).build());
        assertEquals("parent-link", e.rule());
        assertEquals(4, e.blockNumber());
    }

    @Test
    void extend_skippedNumber_rejectedAsNumber() {
        assertEquals("number", rejectAlteredBeforeSeal(3, h -> h.toBuilder().number(5).build()).rule());
    }

    @Test
    void extend_timestampNotAfterParent_rejected() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().timestamp(h.timestamp() - 2).build());
        assertEquals("timestamp", e.rule());
    }

    @Test
    void extend_timestampTooFarInFuture_rejected() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().timestamp(NOW + 16).build());
        assertEquals("timestamp", e.rule());
        assertTrue(e.getMessage().contains("ahead of the local clock"), e.getMessage());
    }

    @Test
    void extend_gasLimitJumpsBeyondParentOver1024_rejected() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().gasLimit(h.gasLimit() + h.gasLimit() / 1024).build());
        assertEquals("gas-limit", e.rule());
    }

    @Test
    void extend_gasLimitWithinBound_accepted() {
        PociTestChain chain = new PociTestChain().grow(2);
        chain.appendAltered(h -> h.toBuilder().gasLimit(h.gasLimit() + h.gasLimit() / 1024 - 1).build());
        assertEquals(3, fromGenesis(chain).extend(chain.range(1, 4), NOW).head().number());
    }

    @Test
    void extend_wrongBaseFee_rejected() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().baseFeePerGas(h.baseFeePerGas().add(BigInteger.ONE)).build());
        assertEquals("base-fee", e.rule());
    }

    @Test
    void extend_sealedByNonValidator_rejectedAsSeal() {
        VerificationException e = rejectAfter(3, UnaryOperator.identity(),
                h -> Sealer.seal(h, PociTestChain.key32("not a validator")));
        assertEquals("seal-signer-not-validator", e.rule());
    }

    @Test
    void extend_fieldChangedAfterSealing_rejectedAsSeal() {
        VerificationException e = rejectAfter(3, UnaryOperator.identity(),
                h -> h.toBuilder().stateRoot(new byte[32]).build());
        assertTrue(e.rule().startsWith("seal"), e.rule());
    }

    @Test
    void extend_wrongMixHash_rejectedAsRandomness() {
        VerificationException e = rejectAlteredBeforeSeal(3, h -> h.toBuilder().mixHash(new byte[32]).build());
        assertEquals("randomness", e.rule());
    }

    @Test
    void extend_claimByIneligibleMiner_rejected() {
        PociTestChain chain = new PociTestChain().grow(3);
        BlockHeader parent = chain.headers.get(3);
        int ineligible = -1;
        for (int i = 0; i < chain.minerSet.size() && ineligible < 0; i++) {
            var c = chain.claim(i, 4, parent.mixHash());
            byte[] beta = net.utilitynet.protocol.vrf.EcVrfP256.proofToHash(c.vrfProof());
            if (!net.utilitynet.protocol.poci.Election.isEligible(beta, c.power(), chain.minerSet.totalPower(),
                    PociTestChain.RULES.electionFactor())) {
                ineligible = i;
            }
        }
        assertTrue(ineligible >= 0, "some miner is not elected at height 4");
        var claim = chain.claim(ineligible, 4, parent.mixHash());
        byte[] beta = net.utilitynet.protocol.vrf.EcVrfP256.proofToHash(claim.vrfProof());
        chain.appendAltered(h -> withExtra(h.toBuilder().coinbase(claim.payout())
                .mixHash(net.utilitynet.protocol.poci.Randomness.next(parent.mixHash(), 4, beta)).build(),
                x -> new ExtraData(x.vanity(), claim, x.checkpoint(), x.seal())));
        VerificationException e = assertThrows(VerificationException.class,
                () -> fromGenesis(chain).extend(chain.range(1, 5), NOW));
        assertEquals("claim-not-eligible", e.rule());
    }

    @Test
    void extend_claimWithWrongPower_rejectedAsBranch() {
        PociTestChain chain = new PociTestChain();
        // find a height whose block carries a claim, then inflate the claimed power
        int h = 1;
        while (chain.eligibleClaim(h, chain.headers.get(h - 1).mixHash()) == null) {
            chain.grow(1);
            h++;
        }
        chain.appendAltered(hdr -> withExtra(hdr, x -> new ExtraData(x.vanity(),
                new net.utilitynet.protocol.poci.Claim(x.claim().miner(), x.claim().payout(), x.claim().vrfPubKey(),
                        x.claim().power() * 10, x.claim().leafIndex(), x.claim().branch(), x.claim().vrfProof()),
                x.checkpoint(), x.seal())));
        final int last = h;
        VerificationException e = assertThrows(VerificationException.class,
                () -> fromGenesis(chain).extend(chain.range(1, last + 1), NOW));
        assertEquals("claim-branch", e.rule());
        assertEquals(last, e.blockNumber());
    }

    @Test
    void extend_checkpointWithTwoOfThreeCommittedSeals_rejectedAsQuorum() {
        VerificationException e = rejectAfter(7, UnaryOperator.identity(), h -> withExtra(h, x -> x.withCheckpoint(
                x.checkpoint().withCommittedSeals(x.checkpoint().committedSeals().subList(0, 2)))));
        assertEquals("checkpoint-quorum", e.rule());
        assertEquals(8, e.blockNumber());
    }

    @Test
    void extend_checkpointWithWrongHistoryRoot_rejected() {
        VerificationException e = rejectAlteredBeforeSeal(7, h -> withExtra(h, x -> {
            Checkpoint c = x.checkpoint();
            return x.withCheckpoint(new Checkpoint(c.epoch(), c.validators(), c.minerSetRoot(), c.totalPower(),
                    new byte[32], List.of()));
        }));
        assertEquals("history-root", e.rule());
    }

    @Test
    void extend_throughCheckpoint_tipTakesTheNewCheckpoint() {
        PociTestChain chain = new PociTestChain().grow(8);
        VerifiedTip tip = fromGenesis(chain).extend(chain.range(1, 9), NOW);
        assertArrayEquals(chain.validators.get(0), tip.epochCheckpoint().validators().get(0));
        assertEquals(1, tip.epochCheckpoint().epoch());
    }

    @Test
    void extend_failuresAtTwoHeights_reportsTheLowest() {
        PociTestChain chain = new PociTestChain().grow(2);
        chain.append(UnaryOperator.identity(), h -> Sealer.seal(h, PociTestChain.key32("intruder"))); // block 3: bad seal
        chain.grow(2);
        chain.appendAltered(h -> h.toBuilder().baseFeePerGas(BigInteger.TEN).build()); // block 6: bad base fee
        VerificationException e = assertThrows(VerificationException.class,
                () -> fromGenesis(chain).extend(chain.range(1, 7), NOW));
        assertEquals(3, e.blockNumber());
    }
}
