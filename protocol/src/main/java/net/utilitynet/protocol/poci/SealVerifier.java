package net.utilitynet.protocol.poci;

import java.util.List;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.crypto.SignatureException;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/** Rule: the header is sealed by a validator of its epoch's validator set. */
public final class SealVerifier {
    private SealVerifier() {
    }

    /**
     * Checks the seal of {@code header} (with {@code extra} decoded from it) against {@code validators} and
     * returns the signer's address.
     */
    public static byte[] verify(BlockHeader header, ExtraData extra, List<byte[]> validators) {
        byte[] signer = recoverSigner(header, extra);
        if (!Bytes.contains(validators, signer)) {
            throw new PociRuleException(PociRule.SEAL_SIGNER_NOT_VALIDATOR, "block " + header.number() + " is sealed by "
                    + Numeric.toHexString(signer) + ", which is not one of the " + validators.size() + " validators of its epoch");
        }
        return signer;
    }

    static byte[] recoverSigner(BlockHeader header, ExtraData extra) {
        if (!extra.isSealed()) {
            throw new PociRuleException(PociRule.SEAL_MISSING, "block " + header.number() + " has no 65-byte seal in extraData");
        }
        try {
            return Secp256k1.recoverAddress(SealHash.of(header, extra), extra.sealView());
        } catch (SignatureException e) {
            throw new PociRuleException(PociRule.SEAL_INVALID, "block " + header.number() + ": " + e.getMessage());
        }
    }
}
