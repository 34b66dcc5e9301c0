package net.utilitynet.protocol.poci;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The pre-burst block election (design §4.4), in exact integer arithmetic: the VRF input {@code alpha}, the
 * eligibility test and the order of competing claims (smallest {@code beta/power} first).
 */
public final class Election {
    public static final String DOMAIN_TAG = "UNC-POCI-ELECTION";
    private static final byte[] DOMAIN = DOMAIN_TAG.getBytes(StandardCharsets.US_ASCII);

    private Election() {
    }

    /** {@code alpha = "UNC-POCI-ELECTION" ‖ uint64be(chainId) ‖ uint64be(h) ‖ R(h-1)}. */
    public static byte[] alpha(long chainId, long height, byte[] previousRandomness) {
        if (previousRandomness == null || previousRandomness.length != 32) {
            throw new IllegalArgumentException("R(h-1) must be 32 bytes");
        }
        return ByteBuffer.allocate(DOMAIN.length + 16 + 32).put(DOMAIN).putLong(chainId).putLong(height)
                .put(previousRandomness).array();
    }

    /** Eligible iff {@code beta · totalPower · d < 2^256 · power · n}, beta read as an unsigned 256-bit integer. */
    public static boolean isEligible(byte[] beta, long power, long totalPower, ElectionFactor factor) {
        if (power <= 0 || totalPower <= 0) {
            return false;
        }
        BigInteger left = new BigInteger(1, beta).multiply(BigInteger.valueOf(totalPower))
                .multiply(BigInteger.valueOf(factor.denominator()));
        BigInteger right = BigInteger.valueOf(power).multiply(BigInteger.valueOf(factor.numerator())).shiftLeft(256);
        return left.compareTo(right) < 0;
    }

    /** One eligible claim competing for a height. */
    public record Candidate(byte[] miner, byte[] beta, long power) {
        public Candidate {
            miner = miner.clone();
            beta = beta.clone();
            if (power <= 0) {
                throw new IllegalArgumentException("candidate power must be positive, got " + power);
            }
        }
    }

    /**
     * Best first: smaller {@code beta/power} wins, compared exactly as {@code betaA·powerB < betaB·powerA}; an
     * exact tie (practically impossible) goes to the lower miner address so that every node picks the same winner.
     */
    public static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int c = new BigInteger(1, a.beta).multiply(BigInteger.valueOf(b.power))
                .compareTo(new BigInteger(1, b.beta).multiply(BigInteger.valueOf(a.power)));
        return c != 0 ? c : Arrays.compareUnsigned(a.miner, b.miner);
    };
}
