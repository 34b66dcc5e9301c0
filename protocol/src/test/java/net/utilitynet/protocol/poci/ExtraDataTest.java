package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.utilitynet.protocol.rlp.Rlp;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class ExtraDataTest {

    static ExtraData randomExtraData(Random rnd) {
        byte[] vanity = bytes(rnd, rnd.nextInt(33));
        Claim claim = null;
        if (rnd.nextBoolean()) {
            List<byte[]> branch = new ArrayList<>();
            for (int i = rnd.nextInt(8); i > 0; i--) {
                branch.add(bytes(rnd, 32));
            }
            byte[] vrfKey = bytes(rnd, 33);
            vrfKey[0] = (byte) (2 + rnd.nextInt(2));
            claim = new Claim(bytes(rnd, 20), bytes(rnd, 20), vrfKey, rnd.nextInt(1 << 20), rnd.nextInt(256), branch,
                    bytes(rnd, 81));
        }
        Checkpoint cp = null;
        if (rnd.nextBoolean()) {
            List<byte[]> validators = new ArrayList<>();
            List<byte[]> seals = new ArrayList<>();
            for (int i = 1 + rnd.nextInt(5); i > 0; i--) {
                validators.add(bytes(rnd, 20));
                seals.add(bytes(rnd, 65));
            }
            cp = new Checkpoint(rnd.nextInt(100_000), validators, bytes(rnd, 32), rnd.nextLong() >>> 1, bytes(rnd, 32), seals);
        }
        return new ExtraData(vanity, claim, cp, rnd.nextBoolean() ? bytes(rnd, 65) : new byte[0]);
    }

    static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    @Test
    void decode_randomExtraData_roundTripsEqual() {
        Random rnd = new Random(99);
        for (int i = 0; i < 1_000; i++) {
            ExtraData e = randomExtraData(rnd);
            byte[] enc = e.encode();
            ExtraData d = ExtraData.decode(enc);
            assertEquals(e, d);
            assertArrayEquals(enc, d.encode());
        }
    }

    @Test
    void decode_emptyParts_giveNullClaimAndCheckpoint() {
        ExtraData d = ExtraData.decode(ExtraData.unsealed(new byte[0], null, null).encode());
        assertNull(d.claim());
        assertNull(d.checkpoint());
        assertFalse(d.isSealed());
        assertEquals("0xc50180c0c080", Numeric.toHexString(d.encode()));
    }

    @Test
    void decode_versionTwo_rejectedNamingVersion() {
        byte[] enc = Rlp.encode(Rlp.list(Rlp.uint(2), Rlp.bytes(new byte[0]), Rlp.emptyList(), Rlp.emptyList(), Rlp.bytes(new byte[0])));
        ExtraDataException e = assertThrows(ExtraDataException.class, () -> ExtraData.decode(enc));
        assertTrue(e.getMessage().startsWith("extraData.version"), e.getMessage());
    }

    @Test
    void decode_vanityOf33Bytes_rejected() {
        byte[] enc = Rlp.encode(Rlp.list(Rlp.uint(1), Rlp.bytes(new byte[33]), Rlp.emptyList(), Rlp.emptyList(), Rlp.bytes(new byte[0])));
        ExtraDataException e = assertThrows(ExtraDataException.class, () -> ExtraData.decode(enc));
        assertTrue(e.getMessage().contains("extraData.vanity"), e.getMessage());
    }

    @Test
    void decode_sealOf64Bytes_rejected() {
        byte[] enc = Rlp.encode(Rlp.list(Rlp.uint(1), Rlp.bytes(new byte[0]), Rlp.emptyList(), Rlp.emptyList(), Rlp.bytes(new byte[64])));
        ExtraDataException e = assertThrows(ExtraDataException.class, () -> ExtraData.decode(enc));
        assertTrue(e.getMessage().contains("extraData.seal"), e.getMessage());
    }

    @Test
    void decode_claimWithSixFields_rejectedNamingClaim() {
        byte[] enc = Rlp.encode(Rlp.list(Rlp.uint(1), Rlp.bytes(new byte[0]),
                Rlp.list(Rlp.bytes(new byte[20]), Rlp.bytes(new byte[20]), Rlp.bytes(new byte[33]), Rlp.uint(1), Rlp.uint(0),
                        Rlp.emptyList()),
                Rlp.emptyList(), Rlp.bytes(new byte[0])));
        ExtraDataException e = assertThrows(ExtraDataException.class, () -> ExtraData.decode(enc));
        assertTrue(e.getMessage().startsWith("claim:"), e.getMessage());
    }

    @Test
    void decode_shortBranchSibling_rejectedNamingIndex() {
        byte[] vrfKey = new byte[33];
        vrfKey[0] = 2;
        byte[] enc = Rlp.encode(Rlp.list(Rlp.uint(1), Rlp.bytes(new byte[0]),
                Rlp.list(Rlp.bytes(new byte[20]), Rlp.bytes(new byte[20]), Rlp.bytes(vrfKey), Rlp.uint(1), Rlp.uint(0),
                        Rlp.list(Rlp.bytes(new byte[32]), Rlp.bytes(new byte[31])), Rlp.bytes(new byte[81])),
                Rlp.emptyList(), Rlp.bytes(new byte[0])));
        ExtraDataException e = assertThrows(ExtraDataException.class, () -> ExtraData.decode(enc));
        assertTrue(e.getMessage().startsWith("claim.branch[1]"), e.getMessage());
    }

    @Test
    void decode_nonRlpBytes_rejectedAsExtraDataException() {
        assertThrows(ExtraDataException.class, () -> ExtraData.decode(Numeric.hexStringToByteArray("0x506172697479")));
        assertThrows(ExtraDataException.class, () -> ExtraData.decode(new byte[0]));
    }

    @Test
    void decode_randomMutations_throwOnlyExtraDataException() {
        Random rnd = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            byte[] enc = randomExtraData(rnd).encode();
            enc[rnd.nextInt(enc.length)] ^= (byte) (1 << rnd.nextInt(8));
            try {
                assertArrayEquals(enc, ExtraData.decode(enc).encode(), "accepted input must be canonical");
            } catch (ExtraDataException expected) {
                // typed rejection
            }
        }
    }

    @Test
    void withoutSeals_clearsSealAndCommittedSealsOnly() {
        Random rnd = new Random(6);
        ExtraData e;
        do {
            e = randomExtraData(rnd);
        } while (e.checkpoint() == null || !e.isSealed());
        ExtraData stripped = e.withoutSeals();
        assertFalse(stripped.isSealed());
        assertTrue(stripped.checkpoint().committedSeals().isEmpty());
        assertEquals(e.checkpoint().withCommittedSeals(List.of()), stripped.checkpoint());
        assertEquals(e.claim(), stripped.claim());
    }
}
