package net.utilitynet.lightclient.state;

import net.utilitynet.protocol.receipt.Receipt;

/**
 * A receipt proven by recomputing the block's receiptsRoot from all its receipts, for the transaction whose hash
 * is proven by recomputing the block's transactionsRoot. Its logs come only from this proven receipt; gasUsed is
 * the difference of proven cumulative gas.
 */
public record VerifiedReceipt(byte[] transactionHash, int transactionIndex, long gasUsed, Receipt receipt) {
    public VerifiedReceipt {
        transactionHash = transactionHash.clone();
    }

    @Override
    public byte[] transactionHash() {
        return transactionHash.clone();
    }
}
