package net.utilitynet.lightclient.verify;

import java.time.Duration;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.poci.ElectionFactor;

/**
 * What the header verifier needs to know about a network: its chain id, epoch length and election factor
 * (from the chain params), and how far in the future a header's timestamp may lie (clock skew tolerance).
 */
public record ChainRules(long chainId, long epochLength, ElectionFactor electionFactor, Duration futureTolerance) {
    /** Ethereum's rule: the gas limit moves by less than parent/1024 per block. */
    public static final long GAS_LIMIT_BOUND_DIVISOR = 1024;
    /** Ethereum's minimum gas limit. */
    public static final long MIN_GAS_LIMIT = 5000;
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofSeconds(15);

    /** The rules of the chain defined by {@code params}, with the default clock-skew tolerance. */
    public static ChainRules of(ChainParams params) {
        return new ChainRules(params.chainId(), params.epochLength(), params.electionFactor(), DEFAULT_FUTURE_TOLERANCE);
    }

    public ChainRules {
        if (epochLength <= 0) {
            throw new IllegalArgumentException("epochLength: must be positive but is " + epochLength);
        }
    }
}
