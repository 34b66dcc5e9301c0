package net.utilitynet.protocol.poci;

import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.crypto.Hash;

/**
 * {@code sealHash} = keccak256 of the header RLP in which extraData's seal and the checkpoint's committed seals
 * are emptied (design §4.2). The proposer's seal and every committed seal sign this hash.
 */
public final class SealHash {
    private SealHash() {
    }

    public static byte[] of(BlockHeader header) {
        return of(header, ExtraData.decode(header.extraData()));
    }

    /** When the caller has already decoded {@code extra} from {@code header}. */
    public static byte[] of(BlockHeader header, ExtraData extra) {
        return Hash.sha3(header.encodedWithExtraData(extra.withoutSeals().encode()));
    }
}
