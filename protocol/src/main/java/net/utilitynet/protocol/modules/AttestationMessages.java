package net.utilitynet.protocol.modules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * The messages a chip's attested key signs (design §4.6), built identically by the miner (signer) and the node
 * (verifier). Simulated chips sign the message with ECDSA P-256/SHA-256; NVIDIA GPUs put {@link #nonce} of it in
 * their SPDM attestation report.
 */
public final class AttestationMessages {
    public static final byte[] REGISTER_DOMAIN = "UNC-POCI-REGISTER".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] HEARTBEAT_DOMAIN = "UNC-POCI-HEARTBEAT".getBytes(StandardCharsets.US_ASCII);

    private AttestationMessages() {
    }

    /** {@code "UNC-POCI-REGISTER" ‖ uint64be(chainId) ‖ chipId ‖ sender ‖ vrfPubKey ‖ payout ‖ latestCheckpointHash}. */
    public static byte[] register(long chainId, byte[] chipId, byte[] sender, byte[] vrfPubKey, byte[] payout,
                                  byte[] latestCheckpointHash) {
        require(chipId, 32, "chipId");
        require(sender, 20, "sender");
        require(vrfPubKey, 33, "vrfPubKey");
        require(payout, 20, "payout");
        require(latestCheckpointHash, 32, "latestCheckpointHash");
        return ByteBuffer.allocate(REGISTER_DOMAIN.length + 8 + 32 + 20 + 33 + 20 + 32).put(REGISTER_DOMAIN).putLong(chainId)
                .put(chipId).put(sender).put(vrfPubKey).put(payout).put(latestCheckpointHash).array();
    }

    /** {@code "UNC-POCI-HEARTBEAT" ‖ uint64be(chainId) ‖ chipId ‖ uint64be(epoch) ‖ checkpointHash(epoch)}. */
    public static byte[] heartbeat(long chainId, byte[] chipId, long epoch, byte[] checkpointHash) {
        require(chipId, 32, "chipId");
        require(checkpointHash, 32, "checkpointHash");
        return ByteBuffer.allocate(HEARTBEAT_DOMAIN.length + 8 + 32 + 8 + 32).put(HEARTBEAT_DOMAIN).putLong(chainId)
                .put(chipId).putLong(epoch).put(checkpointHash).array();
    }

    /** The 32-byte nonce a hardware attestation report must carry for {@code message}: keccak256(message). */
    public static byte[] nonce(byte[] message) {
        return Hash.sha3(message);
    }

    /** {@code chipId} = keccak256 of the DER of the chip's stable identity certificate. */
    public static byte[] chipId(byte[] identityCertificateDer) {
        return Hash.sha3(identityCertificateDer);
    }

    private static void require(byte[] v, int size, String field) {
        if (v == null || v.length != size) {
            throw new AbiException(field + ": expected " + size + " bytes but found " + (v == null ? "null" : v.length));
        }
    }
}
