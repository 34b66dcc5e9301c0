package net.utilitynet.wallet.chain;

import net.utilitynet.wallet.WalletException;

/** The node could not be reached or answered with an error; nothing was lost, the action can be retried. */
public class ChainAccessException extends WalletException {
    private static final long serialVersionUID = 1L;

    public ChainAccessException(String message) {
        super(message);
    }

    public ChainAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
