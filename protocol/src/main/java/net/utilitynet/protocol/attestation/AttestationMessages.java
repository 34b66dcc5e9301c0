package net.utilitynet.protocol.attestation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.web3j.crypto.Hash;

/**
 * The byte strings a chip signs for the POCI registry (design.md §4.6). Every field has a fixed
 * length, so the concatenation is unambiguous; lengths are checked and a wrong one names the field.
 */
public final class AttestationMessages {
    public static final String REGISTER_TAG = "UNC-POCI-REGISTER";
    public static final String HEARTBEAT_TAG = "UNC-POCI-HEARTBEAT";
    /** Compressed P-256 VRF public key (design.md §4.2). */
    public static final int VRF_PUBLIC_KEY_LENGTH = 33;

    private AttestationMessages() {
    }

    /**
     * "UNC-POCI-REGISTER" ‖ uint64be(chainId) ‖ chipId(32) ‖ sender(20) ‖ vrfPubKey(33) ‖ payout(20)
     * ‖ latestCheckpointHash(32).
     */
    public static byte[] register(long chainId, byte[] chipId, byte[] sender, byte[] vrfPubKey,
                                  byte[] payout, byte[] latestCheckpointHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        out.writeBytes(REGISTER_TAG.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(uint64(chainId));
        out.writeBytes(requireLength("chipId", chipId, 32));
        out.writeBytes(requireLength("sender", sender, 20));
        out.writeBytes(requireLength("vrfPubKey", vrfPubKey, VRF_PUBLIC_KEY_LENGTH));
        out.writeBytes(requireLength("payout", payout, 20));
        out.writeBytes(requireLength("latestCheckpointHash", latestCheckpointHash, 32));
        return out.toByteArray();
    }

    /** "UNC-POCI-HEARTBEAT" ‖ uint64be(chainId) ‖ chipId(32) ‖ uint64be(epoch) ‖ checkpointHash(32). */
    public static byte[] heartbeat(long chainId, byte[] chipId, long epoch, byte[] checkpointHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(HEARTBEAT_TAG.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(uint64(chainId));
        out.writeBytes(requireLength("chipId", chipId, 32));
        out.writeBytes(uint64(epoch));
        out.writeBytes(requireLength("checkpointHash", checkpointHash, 32));
        return out.toByteArray();
    }

    /** The 32-byte SPDM nonce an NVIDIA GPU must sign for {@code message}: keccak256(message). */
    public static byte[] nvidiaNonce(byte[] message) {
        if (message == null) {
            throw new IllegalArgumentException("message is missing: pass the register or heartbeat message");
        }
        return Hash.sha3(message);
    }

    private static byte[] uint64(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] requireLength(String field, byte[] value, int length) {
        if (value == null || value.length != length) {
            throw new IllegalArgumentException(field + " must be exactly " + length + " bytes, got "
                    + (value == null ? "none" : value.length + " bytes"));
        }
        return value;
    }
}
