package net.utilitynet.protocol.poci;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.crypto.SignatureException;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/**
 * Rule: a checkpoint at height {@code k·E} names epoch {@code k} and carries committed seals over its sealHash
 * from more than two thirds of the previous epoch's validators, each from a distinct validator (design §4.3).
 */
public final class CheckpointVerifier {
    private CheckpointVerifier() {
    }

    /**
     * Verifies the checkpoint in {@code extra} (decoded from {@code header}) and returns the distinct signers.
     *
     * @param previousValidators the validator set of the epoch that ends at this header
     */
    public static List<byte[]> verify(BlockHeader header, ExtraData extra, List<byte[]> previousValidators, long epochLength) {
        Checkpoint cp = extra.checkpoint();
        long h = header.number();
        if (cp == null || h % epochLength != 0) {
            throw new PociRuleException(PociRule.HEADER_SHAPE, "block " + h + " is not a checkpoint for epoch length " + epochLength);
        }
        if (cp.epoch() != h / epochLength) {
            throw new PociRuleException(PociRule.CHECKPOINT_EPOCH, "block " + h + ": checkpoint names epoch " + cp.epoch()
                    + " but height " + h + " opens epoch " + h / epochLength);
        }
        if (previousValidators.isEmpty()) {
            throw new IllegalArgumentException("previous validator set is empty; the genesis checkpoint is trusted, not verified");
        }
        byte[] sealHash = SealHash.of(header, extra);
        List<byte[]> seals = cp.committedSealsView();
        List<byte[]> signers = new ArrayList<>(seals.size());
        for (int i = 0; i < seals.size(); i++) {
            byte[] signer;
            try {
                signer = Secp256k1.recoverAddress(sealHash, seals.get(i));
            } catch (SignatureException e) {
                throw new PociRuleException(PociRule.CHECKPOINT_SEAL_SIGNER, "block " + h + ": committed seal " + i + ": " + e.getMessage());
            }
            if (!Bytes.contains(previousValidators, signer)) {
                throw new PociRuleException(PociRule.CHECKPOINT_SEAL_SIGNER, "block " + h + ": committed seal " + i + " is by "
                        + Numeric.toHexString(signer) + ", not a validator of the previous epoch");
            }
            if (Bytes.contains(signers, signer)) {
                throw new PociRuleException(PociRule.CHECKPOINT_DUPLICATE_SIGNER, "block " + h + ": validator "
                        + Numeric.toHexString(signer) + " committed more than one seal");
            }
            signers.add(signer);
        }
        if (3L * signers.size() <= 2L * previousValidators.size()) {
            throw new PociRuleException(PociRule.CHECKPOINT_QUORUM, "block " + h + ": " + signers.size() + " committed seals from "
                    + previousValidators.size() + " validators; more than two thirds (" + (2 * previousValidators.size() / 3 + 1)
                    + ") are required");
        }
        return signers;
    }
}
