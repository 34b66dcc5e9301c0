package net.utilitynet.miner.store;

/** The miner database could not be read or written; the message names the file or the statement's problem. */
public final class MinerStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MinerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
