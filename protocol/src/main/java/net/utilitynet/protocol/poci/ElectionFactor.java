package net.utilitynet.protocol.poci;

/**
 * The election factor {@code n/d} of the eligibility rule {@code beta·totalPower·d < 2^256·power·n}: the expected
 * number of eligible miners per height (devnet default 2/1).
 */
public record ElectionFactor(long numerator, long denominator) {
    public static final ElectionFactor DEVNET_DEFAULT = new ElectionFactor(2, 1);

    public ElectionFactor {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("election factor n/d: both must be positive, got " + numerator + "/" + denominator);
        }
    }
}
