package net.utilitynet.protocol.merkle;

import net.utilitynet.protocol.ProtocolException;

/** Bad input to the binary Merkle tree or the miner set: wrong sizes, indexes out of range, duplicates. */
public class MerkleException extends ProtocolException {
    public MerkleException(String message) {
        super(message);
    }
}
