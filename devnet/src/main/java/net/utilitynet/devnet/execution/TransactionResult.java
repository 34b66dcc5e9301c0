package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import java.util.List;
import net.utilitynet.protocol.receipt.Log;

/** The outcome of one executed transaction within its block. */
public record TransactionResult(Transaction tx, boolean success, long gasUsed, BigInteger effectiveGasPrice, List<Log> logs,
                                String revertReason) {
}
