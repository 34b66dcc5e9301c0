package net.utilitynet.wallet.chain;

/**
 * How a node answered {@code eth_sendRawTransaction}. {@link Outcome#ALREADY_KNOWN} counts as
 * success: the node already holds exactly these bytes (e.g. we broadcast before a crash).
 */
public record BroadcastResult(Outcome outcome, String message) {
    public enum Outcome {
        ACCEPTED,
        ALREADY_KNOWN,
        /** The nonce was used already: our transaction or a replacement may be mined; let tracking decide. */
        NONCE_USED,
        REJECTED
    }

    public boolean delivered() {
        return outcome == Outcome.ACCEPTED || outcome == Outcome.ALREADY_KNOWN;
    }

    /** Maps a JSON-RPC error message from geth/erigon/besu/our devnet onto an outcome. */
    public static BroadcastResult fromError(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("already known") || m.contains("known transaction") || m.contains("already imported")
                || m.contains("already in pool") || m.contains("alreadyknown")) {
            return new BroadcastResult(Outcome.ALREADY_KNOWN, message);
        }
        if (m.contains("nonce too low") || m.contains("nonce is too low")) {
            return new BroadcastResult(Outcome.NONCE_USED, message);
        }
        return new BroadcastResult(Outcome.REJECTED, message);
    }
}
