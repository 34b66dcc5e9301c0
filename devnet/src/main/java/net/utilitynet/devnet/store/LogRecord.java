package net.utilitynet.devnet.store;

import java.util.List;

/** One log as indexed for eth_getLogs; {@code logIndex} is its position in the block. */
public record LogRecord(long blockNumber, byte[] blockHash, int logIndex, int txIndex, byte[] txHash, byte[] address,
                        List<byte[]> topics, byte[] data) {
}
