package net.utilitynet.protocol.trie;

/** A Merkle-Patricia proof that proves nothing: missing, extra or malformed nodes, or hashes that do not link. */
public class ProofException extends TrieException {
    public ProofException(String message) {
        super(message);
    }

    public ProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
