package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import org.junit.jupiter.api.Test;

class CheckpointVerifierTest {
    private final PociFixture f = new PociFixture(4, 4, 3);

    private BlockHeader checkpointHeader(long height, long epoch, int... signerIndexes) {
        Checkpoint cp = new Checkpoint(epoch, f.validators, f.minerSet.root(), f.minerSet.totalPower(), f.bytes(32), List.of());
        BlockHeader unsealed = f.header(height, null, cp, new byte[32]);
        List<byte[]> seals = new ArrayList<>();
        for (int i : signerIndexes) {
            seals.add(Sealer.commitSeal(unsealed, i < 0 ? f.secpKey() : f.validatorKeys.get(i)));
        }
        ExtraData extra = ExtraData.decode(unsealed.extraData());
        BlockHeader withSeals = unsealed.toBuilder().extraData(extra.withCheckpoint(cp.withCommittedSeals(seals)).encode()).build();
        return Sealer.seal(withSeals, f.validatorKeys.get(0));
    }

    private List<byte[]> verify(BlockHeader h) {
        return CheckpointVerifier.verify(h, ExtraData.decode(h.extraData()), f.validators, PociFixture.EPOCH_LENGTH);
    }

    @Test
    void verify_threeOfFourSeals_acceptedReturningSigners() {
        List<byte[]> signers = verify(checkpointHeader(60, 2, 0, 2, 3));
        assertEquals(3, signers.size());
    }

    @Test
    void verify_twoOfThreeIsNotMoreThanTwoThirds_failsQuorum() {
        PociFixture three = new PociFixture(5, 3, 1);
        Checkpoint cp = new Checkpoint(1, three.validators, new byte[32], 0, new byte[32], List.of());
        BlockHeader unsealed = three.header(30, null, cp, new byte[32]);
        List<byte[]> seals = List.of(Sealer.commitSeal(unsealed, three.validatorKeys.get(0)),
                Sealer.commitSeal(unsealed, three.validatorKeys.get(1)));
        BlockHeader h = unsealed.toBuilder().extraData(ExtraData.decode(unsealed.extraData())
                .withCheckpoint(cp.withCommittedSeals(seals)).encode()).build();
        PociRuleException e = assertThrows(PociRuleException.class,
                () -> CheckpointVerifier.verify(h, ExtraData.decode(h.extraData()), three.validators, 30));
        assertEquals(PociRule.CHECKPOINT_QUORUM, e.rule());
    }

    @Test
    void verify_twoOfFourSeals_failsQuorum() {
        assertEquals(PociRule.CHECKPOINT_QUORUM,
                assertThrows(PociRuleException.class, () -> verify(checkpointHeader(60, 2, 1, 3))).rule());
    }

    @Test
    void verify_sameValidatorTwice_failsDuplicateRule() {
        assertEquals(PociRule.CHECKPOINT_DUPLICATE_SIGNER,
                assertThrows(PociRuleException.class, () -> verify(checkpointHeader(60, 2, 0, 1, 1))).rule());
    }

    @Test
    void verify_sealByOutsider_failsSignerRule() {
        assertEquals(PociRule.CHECKPOINT_SEAL_SIGNER,
                assertThrows(PociRuleException.class, () -> verify(checkpointHeader(60, 2, 0, 1, -1))).rule());
    }

    @Test
    void verify_wrongEpochNumber_failsEpochRule() {
        assertEquals(PociRule.CHECKPOINT_EPOCH,
                assertThrows(PociRuleException.class, () -> verify(checkpointHeader(60, 3, 0, 1, 2))).rule());
    }
}
