package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class AttestationMessagesTest {
    private static final byte[] CHIP = ForgedNvidiaEvidence.filled(32, 0xC1);
    private static final byte[] SENDER = ForgedNvidiaEvidence.filled(20, 0x5E);
    private static final byte[] VRF = ForgedNvidiaEvidence.filled(33, 0x02);
    private static final byte[] PAYOUT = ForgedNvidiaEvidence.filled(20, 0xBA);
    private static final byte[] CHECKPOINT = ForgedNvidiaEvidence.filled(32, 0xCC);

    @Test
    void register_devnetValues_concatenatesTagChainIdAndFieldsInOrder() {
        byte[] m = AttestationMessages.register(21844, CHIP, SENDER, VRF, PAYOUT, CHECKPOINT);

        byte[] tag = "UNC-POCI-REGISTER".getBytes(StandardCharsets.US_ASCII);
        assertEquals(17 + 8 + 32 + 20 + 33 + 20 + 32, m.length);
        assertArrayEquals(tag, Arrays.copyOf(m, 17));
        assertEquals("0x0000000000005554", Numeric.toHexString(Arrays.copyOfRange(m, 17, 25)));
        assertArrayEquals(CHIP, Arrays.copyOfRange(m, 25, 57));
        assertArrayEquals(SENDER, Arrays.copyOfRange(m, 57, 77));
        assertArrayEquals(VRF, Arrays.copyOfRange(m, 77, 110));
        assertArrayEquals(PAYOUT, Arrays.copyOfRange(m, 110, 130));
        assertArrayEquals(CHECKPOINT, Arrays.copyOfRange(m, 130, 162));
    }

    @Test
    void heartbeat_epochSeven_encodesEpochAsUint64BigEndian() {
        byte[] m = AttestationMessages.heartbeat(21844, CHIP, 7, CHECKPOINT);

        assertEquals(18 + 8 + 32 + 8 + 32, m.length);
        assertEquals("UNC-POCI-HEARTBEAT", new String(m, 0, 18, StandardCharsets.US_ASCII));
        assertEquals("0x0000000000000007", Numeric.toHexString(Arrays.copyOfRange(m, 58, 66)));
        assertArrayEquals(CHECKPOINT, Arrays.copyOfRange(m, 66, 98));
    }

    @Test
    void nvidiaNonce_anyMessage_isKeccak256OfIt() {
        byte[] m = AttestationMessages.heartbeat(1, CHIP, 2, CHECKPOINT);
        assertArrayEquals(Hash.sha3(m), AttestationMessages.nvidiaNonce(m));
        // Known answer: keccak256("") from the Keccak reference.
        assertEquals("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                Numeric.toHexString(AttestationMessages.nvidiaNonce(new byte[0])));
    }

    @Test
    void register_shortChipId_throwsNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttestationMessages.register(1, new byte[31], SENDER, VRF, PAYOUT, CHECKPOINT));
        assertTrue(e.getMessage().startsWith("chipId must be exactly 32 bytes"), e.getMessage());
    }

    @Test
    void register_uncompressedVrfKey_throwsNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttestationMessages.register(1, CHIP, SENDER, new byte[65], PAYOUT, CHECKPOINT));
        assertTrue(e.getMessage().startsWith("vrfPubKey"), e.getMessage());
    }
}
