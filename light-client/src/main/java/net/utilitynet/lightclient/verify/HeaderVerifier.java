package net.utilitynet.lightclient.verify;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.CheckpointVerifier;
import net.utilitynet.protocol.poci.ClaimVerifier;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.HeaderShape;
import net.utilitynet.protocol.poci.PociRuleException;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.SealVerifier;
import org.web3j.utils.Numeric;

/**
 * Pure header rules (no I/O, no clock): each method checks one header against its already verified parent and
 * the epoch parameters, and throws {@link VerificationException} naming the block, the rule and the values.
 * The recomputed hash is checked where the header is parsed ({@code HeaderJson.fromRpc}).
 */
public final class HeaderVerifier {
    private final ChainRules rules;

    public HeaderVerifier(ChainRules rules) {
        this.rules = rules;
    }

    public ChainRules rules() {
        return rules;
    }

    /** Number and parent link: all that linkage-only mode checks (besides the hash). */
    public static void verifyLinkage(BlockHeader parent, BlockHeader header) {
        long h = header.number();
        if (h != parent.number() + 1) {
            throw new VerificationException(h, "number", "expected " + (parent.number() + 1) + " after parent " + parent.number());
        }
        if (!Arrays.equals(header.parentHash(), parent.hash())) {
            throw new VerificationException(h, "parent-link", "parentHash " + hex(header.parentHash())
                    + " is not the hash of verified block " + parent.number() + " " + hex(parent.hash()));
        }
    }

    /** Timestamp, gas-limit bounds, gas used and the EIP-1559 base fee. {@code nowSeconds}: the local clock. */
    public void verifyExecutionFields(BlockHeader parent, BlockHeader header, long nowSeconds) {
        long h = header.number();
        if (header.timestamp() <= parent.timestamp()) {
            throw new VerificationException(h, "timestamp", header.timestamp() + " is not after the parent's " + parent.timestamp());
        }
        long latest = nowSeconds + rules.futureTolerance().toSeconds();
        if (header.timestamp() > latest) {
            throw new VerificationException(h, "timestamp", header.timestamp() + " is more than "
                    + rules.futureTolerance().toSeconds() + " s ahead of the local clock " + nowSeconds);
        }
        long limit = header.gasLimit();
        long bound = parent.gasLimit() / ChainRules.GAS_LIMIT_BOUND_DIVISOR;
        if (Math.abs(limit - parent.gasLimit()) >= bound || limit < ChainRules.MIN_GAS_LIMIT) {
            throw new VerificationException(h, "gas-limit", limit + " is outside parent " + parent.gasLimit() + " ± " + bound
                    + " (or below " + ChainRules.MIN_GAS_LIMIT + ")");
        }
        if (header.gasUsed() > limit) {
            throw new VerificationException(h, "gas-used", header.gasUsed() + " exceeds the gas limit " + limit);
        }
        BigInteger expected = BaseFee.next(parent);
        if (!expected.equals(header.baseFeePerGas())) {
            throw new VerificationException(h, "base-fee", "baseFeePerGas " + header.baseFeePerGas() + " but EIP-1559 gives "
                    + expected + " from the parent");
        }
    }

    /** Decodes extraData and checks the fixed header shape (difficulty, nonce, ommers, checkpoint placement). */
    public ExtraData verifyShape(BlockHeader header) {
        try {
            return HeaderShape.verify(header, rules.epochLength());
        } catch (PociRuleException e) {
            throw consensus(header.number(), e);
        }
    }

    /**
     * POCI rules of one header whose shape was checked: the seal by a validator of {@code epochCheckpoint}, the
     * claim (branch, VRF, eligibility) and the randomness chain R(h) in mixHash.
     *
     * @param epochCheckpoint the verified checkpoint that opened the epoch of {@code header}
     */
    public void verifyConsensus(BlockHeader parent, BlockHeader header, ExtraData extra, Checkpoint epochCheckpoint) {
        long h = header.number();
        long epoch = (h - 1) / rules.epochLength();
        if (epochCheckpoint.epoch() != epoch) {
            throw new VerificationException(h, "checkpoint-epoch", "block is in epoch " + epoch
                    + " but the checkpoint before it names epoch " + epochCheckpoint.epoch());
        }
        try {
            SealVerifier.verify(header, extra, epochCheckpoint.validators());
            byte[] beta = extra.claim() == null ? null
                    : ClaimVerifier.verify(rules.chainId(), header, extra.claim(), epochCheckpoint, rules.electionFactor(),
                            parent.mixHash());
            Randomness.verify(header, parent.mixHash(), beta);
        } catch (PociRuleException e) {
            throw consensus(h, e);
        }
    }

    /** Checkpoint at {@code h % E == 0}: epoch number and committed seals by more than 2/3 of the ending epoch's validators. */
    public void verifyCommittedSeals(BlockHeader header, ExtraData extra, Checkpoint endingEpoch) {
        try {
            CheckpointVerifier.verify(header, extra, endingEpoch.validators(), rules.epochLength());
        } catch (PociRuleException e) {
            throw consensus(header.number(), e);
        }
    }

    /** Checkpoint at {@code h % E == 0}: historyRoot over the verified hashes of heights {@code h-E … h-1}. */
    public void verifyHistoryRoot(BlockHeader header, Checkpoint checkpoint, List<byte[]> endingEpochHashes) {
        long h = header.number();
        if (endingEpochHashes.size() != rules.epochLength()) {
            throw new IllegalArgumentException("historyRoot of block " + h + " needs the " + rules.epochLength()
                    + " hashes before it but " + endingEpochHashes.size() + " were given");
        }
        byte[] expected = HistoryRoot.of(endingEpochHashes).root();
        if (!Arrays.equals(expected, checkpoint.historyRoot())) {
            throw new VerificationException(h, "history-root", "checkpoint says " + hex(checkpoint.historyRoot())
                    + " but the verified hashes of blocks " + (h - rules.epochLength()) + "…" + (h - 1) + " give " + hex(expected));
        }
    }

    /**
     * Skip sync: a checkpoint header far ahead of the verified chain, believed on its committed seals (more than
     * two thirds of the validators of the previous checkpoint) and its proposer seal.
     */
    public Checkpoint verifySkippedCheckpoint(BlockHeader header, Checkpoint previous) {
        long h = header.number();
        if (h != (previous.epoch() + 1) * rules.epochLength()) {
            throw new VerificationException(h, "checkpoint-height", "expected the checkpoint of epoch " + (previous.epoch() + 1)
                    + " at height " + (previous.epoch() + 1) * rules.epochLength());
        }
        ExtraData extra = verifyShape(header);
        try {
            SealVerifier.verify(header, extra, previous.validators());
        } catch (PociRuleException e) {
            throw consensus(h, e);
        }
        verifyCommittedSeals(header, extra, previous);
        return extra.checkpoint();
    }

    private static VerificationException consensus(long h, PociRuleException e) {
        return new VerificationException(h, e.rule().name().toLowerCase().replace('_', '-'), e.getMessage(), e);
    }

    static String hex(byte[] b) {
        return Numeric.toHexString(b);
    }
}
