package net.utilitynet.wallet.market;

import net.utilitynet.wallet.WalletException;

/** A market operation that was refused before anything was signed, or whose transaction failed; {@link #reason()} says which. */
public final class MarketException extends WalletException {
    /** Why: each has its own message for the user. */
    public enum Reason {
        INSUFFICIENT_CREDIT, CHIP_ALREADY_LEASED, OFFER_NOT_LISTED, HOURS_OUT_OF_RANGE, GRANT_UNDECRYPTABLE, NO_GRANT_YET,
        PROVIDER_OFFLINE, NOT_FOUND, NOT_YOURS, BAD_AMOUNT, LEASE_NOT_ACTIVE, TRANSACTION_FAILED, ACCESS_UNREACHABLE
    }

    private final Reason reason;

    public MarketException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MarketException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
