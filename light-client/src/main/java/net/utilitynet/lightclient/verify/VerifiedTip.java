package net.utilitynet.lightclient.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;

/**
 * The tip of a fully verified POCI chain and what is needed to verify the next headers: the checkpoint that opened
 * the current epoch and the hashes since it (for the next historyRoot). Immutable and pure: {@link #extend}
 * verifies a batch and returns the new tip, or throws for the lowest failing block.
 */
public final class VerifiedTip implements ChainTip {
    private final HeaderVerifier verifier;
    private final BlockHeader head;
    private final Checkpoint epochCheckpoint;
    /** Hashes of heights {@code epochCheckpoint height … head}. */
    private final List<byte[]> hashesSinceCheckpoint;

    private VerifiedTip(HeaderVerifier verifier, BlockHeader head, Checkpoint epochCheckpoint, List<byte[]> hashesSinceCheckpoint) {
        this.verifier = verifier;
        this.head = head;
        this.epochCheckpoint = epochCheckpoint;
        this.hashesSinceCheckpoint = hashesSinceCheckpoint;
    }

    /**
     * A tip from a trusted or verified checkpoint header followed by the verified headers after it in the same epoch
     * (in order; possibly none). Used for the trust anchor and to resume from the store.
     */
    public static VerifiedTip resume(HeaderVerifier verifier, BlockHeader checkpointHeader, List<BlockHeader> sinceCheckpoint) {
        ExtraData extra = verifier.verifyShape(checkpointHeader);
        if (extra.checkpoint() == null) {
            throw new IllegalArgumentException("block " + checkpointHeader.number() + " is not a checkpoint header; a POCI trust "
                    + "anchor must be at a multiple of the epoch length " + verifier.rules().epochLength());
        }
        List<byte[]> hashes = new ArrayList<>();
        hashes.add(checkpointHeader.hash());
        BlockHeader head = checkpointHeader;
        for (BlockHeader h : sinceCheckpoint) {
            HeaderVerifier.verifyLinkage(head, h);
            hashes.add(h.hash());
            head = h;
        }
        if (hashes.size() > verifier.rules().epochLength()) {
            throw new IllegalArgumentException("more headers after checkpoint " + checkpointHeader.number() + " than one epoch");
        }
        return new VerifiedTip(verifier, head, extra.checkpoint(), hashes);
    }

    @Override
    public TrustLevel trust() {
        return TrustLevel.FULL;
    }

    @Override
    public BlockHeader head() {
        return head;
    }

    /** The checkpoint that opened the epoch of the next block. */
    public Checkpoint epochCheckpoint() {
        return epochCheckpoint;
    }

    /**
     * Verifies {@code batch} (consecutive headers following {@link #head()}) under every rule and returns the new
     * tip. Cheap sequential rules run first; seals, claims and committed seals are checked in parallel.
     */
    @Override
    public VerifiedTip extend(List<BlockHeader> batch, long nowSeconds) {
        long epochLength = verifier.rules().epochLength();
        int n = batch.size();
        ExtraData[] extras = new ExtraData[n];
        Checkpoint[] governing = new Checkpoint[n];
        List<byte[]> hashes = new ArrayList<>(hashesSinceCheckpoint);
        Checkpoint current = epochCheckpoint;
        BlockHeader parent = head;
        VerificationException sequentialFailure = null;
        int checked = 0;
        for (; checked < n; checked++) {
            BlockHeader header = batch.get(checked);
            try {
                HeaderVerifier.verifyLinkage(parent, header);
                verifier.verifyExecutionFields(parent, header, nowSeconds);
                extras[checked] = verifier.verifyShape(header);
                if (header.number() % epochLength == 0) {
                    verifier.verifyHistoryRoot(header, extras[checked].checkpoint(), hashes);
                }
            } catch (VerificationException e) {
                sequentialFailure = e;
                break;
            }
            governing[checked] = current;
            if (extras[checked].checkpoint() != null) {
                current = extras[checked].checkpoint(); // believed only if its committed seals verify below
                hashes = new ArrayList<>();
            }
            hashes.add(header.hash());
            parent = header;
        }
        // The lowest failing block is reported, whichever kind of rule it broke.
        VerificationException firstFailure = IntStream.range(0, checked).parallel()
                .mapToObj(i -> verifyExpensive(verifier, i == 0 ? head : batch.get(i - 1), batch.get(i), extras[i], governing[i]))
                .filter(Objects::nonNull)
                .min(Comparator.comparingLong(VerificationException::blockNumber))
                .orElse(sequentialFailure);
        if (firstFailure != null) {
            throw firstFailure;
        }
        return n == 0 ? this : new VerifiedTip(verifier, parent, current, hashes);
    }

    private static VerificationException verifyExpensive(HeaderVerifier verifier, BlockHeader parent, BlockHeader header,
                                                         ExtraData extra, Checkpoint governing) {
        try {
            verifier.verifyConsensus(parent, header, extra, governing);
            if (extra.checkpoint() != null) {
                verifier.verifyCommittedSeals(header, extra, governing);
            }
            return null;
        } catch (VerificationException e) {
            return e;
        }
    }

    /** True when {@code hash} is the hash of the verified head. */
    public boolean headIs(byte[] hash) {
        return Arrays.equals(head.hash(), hash);
    }
}
