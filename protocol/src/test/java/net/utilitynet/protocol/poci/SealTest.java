package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class SealTest {
    private final PociFixture f = new PociFixture(1, 3, 0);

    @Test
    void seal_byValidator_verifierReturnsSigner() {
        BlockHeader sealed = Sealer.seal(f.header(5, null, null, new byte[32]), f.validatorKeys.get(1));
        ExtraData extra = ExtraData.decode(sealed.extraData());
        assertTrue(extra.isSealed());
        assertArrayEquals(f.validators.get(1), SealVerifier.verify(sealed, extra, f.validators));
        assertArrayEquals(f.validators.get(1), Sealer.signer(sealed));
    }

    @Test
    void sealHash_isKeccakOfHeaderWithEmptiedSeal() {
        BlockHeader unsealed = f.header(5, null, null, new byte[32]);
        BlockHeader sealed = Sealer.seal(unsealed, f.validatorKeys.get(0));
        assertArrayEquals(Hash.sha3(unsealed.encoded()), SealHash.of(sealed));
        assertFalse(Arrays.equals(unsealed.hash(), sealed.hash()));
    }

    @Test
    void sealHash_ignoresCommittedSeals() {
        BlockHeader cpHeader = f.header(30, null, f.checkpoint.withCommittedSeals(List.of()), new byte[32]);
        byte[] before = SealHash.of(cpHeader);
        ExtraData extra = ExtraData.decode(cpHeader.extraData());
        BlockHeader withSeals = cpHeader.toBuilder().extraData(extra.withCheckpoint(
                extra.checkpoint().withCommittedSeals(List.of(Sealer.commitSeal(cpHeader, f.validatorKeys.get(0))))).encode()).build();
        assertArrayEquals(before, SealHash.of(withSeals));
    }

    @Test
    void verify_sealByOutsider_failsWithSignerRule() {
        BlockHeader sealed = Sealer.seal(f.header(5, null, null, new byte[32]), f.secpKey());
        PociRuleException e = assertThrows(PociRuleException.class,
                () -> SealVerifier.verify(sealed, ExtraData.decode(sealed.extraData()), f.validators));
        assertEquals(PociRule.SEAL_SIGNER_NOT_VALIDATOR, e.rule());
    }

    @Test
    void verify_fieldChangedAfterSealing_failsWithSignerRule() {
        BlockHeader sealed = Sealer.seal(f.header(5, null, null, new byte[32]), f.validatorKeys.get(0));
        BlockHeader forged = sealed.toBuilder().gasUsed(21_000).build();
        PociRuleException e = assertThrows(PociRuleException.class,
                () -> SealVerifier.verify(forged, ExtraData.decode(forged.extraData()), f.validators));
        assertEquals(PociRule.SEAL_SIGNER_NOT_VALIDATOR, e.rule());
    }

    @Test
    void verify_unsealed_failsWithMissingRule() {
        BlockHeader unsealed = f.header(5, null, null, new byte[32]);
        PociRuleException e = assertThrows(PociRuleException.class,
                () -> SealVerifier.verify(unsealed, ExtraData.decode(unsealed.extraData()), f.validators));
        assertEquals(PociRule.SEAL_MISSING, e.rule());
    }

    @Test
    void verify_sealWithVOf27_failsWithInvalidRule() {
        BlockHeader sealed = Sealer.seal(f.header(5, null, null, new byte[32]), f.validatorKeys.get(0));
        ExtraData extra = ExtraData.decode(sealed.extraData());
        byte[] seal = extra.seal();
        seal[64] = 27;
        BlockHeader bad = sealed.toBuilder().extraData(extra.withSeal(seal).encode()).build();
        PociRuleException e = assertThrows(PociRuleException.class,
                () -> SealVerifier.verify(bad, ExtraData.decode(bad.extraData()), f.validators));
        assertEquals(PociRule.SEAL_INVALID, e.rule());
    }
}
