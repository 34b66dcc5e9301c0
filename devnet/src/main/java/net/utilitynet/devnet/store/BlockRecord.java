package net.utilitynet.devnet.store;

import java.util.List;

/** A block as stored: its header encoding, transactions with receipts, and logs. */
public record BlockRecord(long number, byte[] hash, byte[] header, List<TxRecord> txs, List<LogRecord> logs) {
}
