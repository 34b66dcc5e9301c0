package net.utilitynet.protocol.trie;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;

/** Account and storage proofs against a state root (the {@code eth_getProof} proofs). */
public final class StateProofs {
    private static final int ADDRESS_LENGTH = 20;
    private static final int SLOT_LENGTH = 32;

    private StateProofs() {
    }

    /**
     * The account at {@code address} proven by {@code accountProof} against {@code stateRoot};
     * {@link AccountState#EMPTY} when the proof shows the account does not exist.
     */
    public static AccountState verifyAccount(byte[] stateRoot, byte[] address, List<byte[]> accountProof) {
        if (address == null || address.length != ADDRESS_LENGTH) {
            throw new ProofException("account address must be 20 bytes but is "
                    + (address == null ? "null" : address.length + " bytes"));
        }
        Optional<byte[]> value = TrieProofVerifier.verifySecure(stateRoot, address, accountProof);
        if (value.isEmpty()) {
            return AccountState.EMPTY;
        }
        try {
            return AccountState.decode(value.get());
        } catch (TrieException e) {
            throw new ProofException("the proven state-trie value is not an account: " + e.getMessage(), e);
        }
    }

    /** The value of storage slot {@code slot32} proven against the account's {@code storageRoot}; zero when absent. */
    public static BigInteger verifyStorage(byte[] storageRoot, byte[] slot32, List<byte[]> storageProof) {
        if (slot32 == null || slot32.length != SLOT_LENGTH) {
            throw new ProofException("storage slot must be 32 bytes (left-padded) but is "
                    + (slot32 == null ? "null" : slot32.length + " bytes"));
        }
        Optional<byte[]> value = TrieProofVerifier.verifySecure(storageRoot, slot32, storageProof);
        if (value.isEmpty()) {
            return BigInteger.ZERO;
        }
        BigInteger word;
        try {
            word = Rlp.decode(value.get()).asString("proven storage value").uint256("proven storage value");
        } catch (RlpException e) {
            throw new ProofException("proven storage value is not an RLP integer: " + e.getMessage(), e);
        }
        if (word.signum() == 0) {
            throw new ProofException("proven storage value is an encoded zero; zero slots are deleted, never stored");
        }
        return word;
    }
}
