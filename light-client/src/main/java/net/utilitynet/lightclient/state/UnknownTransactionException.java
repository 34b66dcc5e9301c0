package net.utilitynet.lightclient.state;

import net.utilitynet.lightclient.verify.UnverifiableException;

/**
 * The endpoint answered that it has no receipt for a transaction (pending, dropped or never sent): an answer, unlike
 * the other {@link UnverifiableException}s, which say that no answer could be verified yet.
 */
public final class UnknownTransactionException extends UnverifiableException {
    private static final long serialVersionUID = 1L;

    public UnknownTransactionException(String message) {
        super(message);
    }
}
