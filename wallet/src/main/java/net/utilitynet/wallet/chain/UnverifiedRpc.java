package net.utilitynet.wallet.chain;

import java.util.List;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryEntry;

/**
 * Node calls whose answers the wallet does not need to trust: a lying node can refuse or delay
 * a broadcast, or quote silly fees (the user sees and confirms them), but cannot steal or fake
 * a balance through these. Implemented over plain JSON-RPC by {@link UnverifiedJsonRpc}.
 * Methods block; call them from a wallet executor, never from the UI thread.
 */
public interface UnverifiedRpc {

    long chainId();

    /** {@code eth_feeHistory(blockCount, "latest", percentiles)}. */
    FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles);

    /** {@code eth_sendRawTransaction}; a transport failure throws {@link ChainAccessException}. */
    BroadcastResult sendRawTransaction(byte[] signedTx);

    /** {@code unc_getTransactionsByAddress}: the node's index, to be verified entry by entry. */
    List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit);
}
