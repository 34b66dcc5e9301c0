package net.utilitynet.protocol.trie;

import net.utilitynet.protocol.ProtocolException;

/** A trie that cannot be read: a node missing from the store, or a stored node that is malformed. */
public class TrieException extends ProtocolException {
    public TrieException(String message) {
        super(message);
    }

    public TrieException(String message, Throwable cause) {
        super(message, cause);
    }
}
