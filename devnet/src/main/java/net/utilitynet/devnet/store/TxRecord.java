package net.utilitynet.devnet.store;

import java.math.BigInteger;

/**
 * One included transaction as stored: its raw bytes, the consensus receipt encoding, and the facts the RPC
 * answers need without decoding again.
 *
 * @param to       recipient, or null
 * @param receipt  consensus receipt encoding (typed envelope for typed transactions)
 */
public record TxRecord(byte[] hash, int index, int type, byte[] raw, byte[] from, byte[] to, long nonce, BigInteger value,
                       boolean success, long gasUsed, long cumulativeGasUsed, BigInteger effectiveGasPrice, byte[] receipt) {
}
