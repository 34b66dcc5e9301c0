package net.utilitynet.devnet.state;

import java.math.BigInteger;
import java.util.List;

/** eth_getProof's answer: the account, its proof against the state root, and storage proofs against its storage root. */
public record AccountProof(Address address, long nonce, BigInteger balance, byte[] storageRoot, byte[] codeHash,
                           List<byte[]> accountProof, List<StorageProof> storageProofs) {

    public record StorageProof(byte[] key, BigInteger value, List<byte[]> proof) {
    }
}
