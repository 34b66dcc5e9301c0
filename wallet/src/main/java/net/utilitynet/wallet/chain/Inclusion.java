package net.utilitynet.wallet.chain;

/**
 * A transaction's place in the chain as proven by the light client: the receipt was checked
 * against the receipts root of a verified header.
 *
 * @param succeeded the receipt status (false: the transaction reverted; its fee was still paid)
 */
public record Inclusion(String txHash, long blockNumber, String blockHash, boolean succeeded) {
}
