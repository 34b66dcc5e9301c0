package net.utilitynet.wallet.chain;

import java.math.BigInteger;
import java.util.Optional;

import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.address.Address;

/**
 * What the wallet needs from the chain. The {@code verified…} methods must return only data proven
 * against verified headers (the light client implements them with {@code eth_getProof} and
 * receipt proofs); the rest is inherited from {@link UnverifiedRpc}. Methods block.
 */
public interface ChainAccess extends UnverifiedRpc {

    BigInteger verifiedBalance(Address address);

    /** The account nonce in the verified latest state: the count of its included transactions. */
    BigInteger verifiedNonce(Address address);

    /** Number of the latest verified header. */
    long verifiedHeadNumber();

    /**
     * How the latest verified header was verified; {@link TrustLevel#LINKAGE_ONLY} (hash links to the checkpoint, seals
     * not checked) is not consensus verification, and whatever is proven against it must be labelled so.
     */
    TrustLevel verifiedHeadTrust();

    /**
     * Looks up {@code txHash}'s receipt: its proven inclusion, {@code NOT_FOUND} when the node has no receipt, or
     * {@code UNKNOWN} when no answer can be had now (e.g. its block is not verified yet). Transport failures throw.
     */
    InclusionLookup inclusion(String txHash);

    /** The proven inclusion of {@code txHash}, or empty when it is not (yet) proven in the verified chain. */
    default Optional<Inclusion> verifiedInclusion(String txHash) {
        return inclusion(txHash).inclusion();
    }
}
