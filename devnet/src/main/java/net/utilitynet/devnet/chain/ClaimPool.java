package net.utilitynet.devnet.chain;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.ClaimVerifier;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.trie.TrieRoots;

/**
 * Miner claims received through {@code unc_submitClaim}, verified on arrival with protocol's
 * {@link ClaimVerifier} and kept per height; the block producer takes the best one (smallest beta/power).
 */
public final class ClaimPool {
    private final Blockchain chain;
    private final long chainId;
    private final ElectionFactor factor;
    private final TreeMap<Long, Accepted> best = new TreeMap<>();

    /** A verified claim and its VRF output. */
    public record Accepted(Claim claim, byte[] beta) {
    }

    public ClaimPool(Blockchain chain, long chainId, ElectionFactor factor) {
        this.chain = chain;
        this.chainId = chainId;
        this.factor = factor;
    }

    /** The answer to a submission: the claim's VRF output and whether it is now the best for its height. */
    public record Submitted(byte[] beta, boolean best) {
    }

    /** Verifies a claim for the next block and keeps it if it beats the best one so far. */
    public synchronized Submitted submit(long height, Claim claim) {
        Blockchain.Head head = chain.head();
        long next = head.number() + 1;
        if (height != next) {
            throw new TxRejectedException("claim is for block " + height + " but the next block is " + next
                    + "; claims are accepted for the next block only");
        }
        Checkpoint epochCheckpoint = chain.checkpoint(chain.epochOf(height));
        byte[] beta;
        try {
            beta = ClaimVerifier.verify(chainId, provisionalHeader(height, claim.payout()), claim, epochCheckpoint, factor,
                    head.header().mixHash());
        } catch (ProtocolException e) {
            throw new TxRejectedException("claim rejected: " + e.getMessage());
        }
        Accepted candidate = new Accepted(claim, beta);
        Accepted current = best.get(height);
        if (current == null || Election.BEST_FIRST.compare(candidate(candidate), candidate(current)) < 0) {
            best.put(height, candidate);
            return new Submitted(beta, true);
        }
        return new Submitted(beta, false);
    }

    /** The best claim for {@code height}, or null; forgets claims for this and earlier heights. */
    public synchronized Accepted take(long height) {
        Accepted a = best.get(height);
        Map<Long, Accepted> done = best.headMap(height, true);
        done.clear();
        return a;
    }

    private static Election.Candidate candidate(Accepted a) {
        return new Election.Candidate(a.claim().miner(), a.beta(), a.claim().power());
    }

    /**
     * ClaimVerifier reads only the number and coinbase of the block being built; before the block exists the
     * claim is checked against a header carrying just those.
     */
    private static BlockHeader provisionalHeader(long height, byte[] coinbase) {
        byte[] zero32 = new byte[32];
        return BlockHeader.builder().parentHash(zero32).coinbase(coinbase).stateRoot(zero32)
                .transactionsRoot(TrieRoots.emptyTrieRoot()).receiptsRoot(TrieRoots.emptyTrieRoot())
                .difficulty(BigInteger.ONE).number(height).mixHash(zero32).baseFeePerGas(BigInteger.ZERO).build();
    }
}
