package net.utilitynet.wallet;

/** Base of every error the wallet library reports; messages never carry secrets. */
public class WalletException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WalletException(String message) {
        super(message);
    }

    public WalletException(String message, Throwable cause) {
        super(message, cause);
    }
}
