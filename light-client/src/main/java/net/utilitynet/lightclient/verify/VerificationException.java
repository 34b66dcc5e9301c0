package net.utilitynet.lightclient.verify;

/**
 * An answer from an endpoint that fails verification: a header that breaks a consensus rule, a proof that does
 * not reach the verified root, a receipt list whose root differs. The message names the block, the rule and the
 * values; the endpoint pool marks the endpoint that sent it as lying.
 */
public class VerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long blockNumber;
    private final String rule;

    public VerificationException(long blockNumber, String rule, String detail) {
        this(blockNumber, rule, detail, null);
    }

    public VerificationException(long blockNumber, String rule, String detail, Throwable cause) {
        super("block " + blockNumber + ": " + rule + ": " + detail, cause);
        this.blockNumber = blockNumber;
        this.rule = rule;
    }

    /** The block the failing data belongs to (or is pinned to), -1 when none. */
    public long blockNumber() { return blockNumber; }

    /** Short name of the rule that failed, e.g. {@code parent-link}, {@code seal}, {@code account-proof}. */
    public String rule() { return rule; }
}
