package net.utilitynet.wallet.chain;

import java.util.List;

import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.RpcClient;
import net.utilitynet.lightclient.rpc.RpcException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryEntry;
import org.web3j.utils.Numeric;

/**
 * {@link UnverifiedRpc} through the light client's {@link EndpointPool}: the same endpoints,
 * health tracking and failover the verified reads use (design: the wallet broadcasts via the
 * light client's pool). A node's error answer to a broadcast is an outcome, not a failover reason.
 */
public final class PooledUnverifiedRpc implements UnverifiedRpc {
    private final EndpointPool pool;

    public PooledUnverifiedRpc(EndpointPool pool) {
        this.pool = pool;
    }

    @Override
    public long chainId() {
        return RpcAnswers.chainId(call("eth_chainId", e -> e.call("eth_chainId")));
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        return RpcAnswers.feeHistory(call("eth_feeHistory",
                e -> e.call("eth_feeHistory", RpcAnswers.hexQuantity(blockCount), "latest", rewardPercentiles)));
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        String raw = Numeric.toHexString(signedTx);
        return call("eth_sendRawTransaction", e -> {
            try {
                return new BroadcastResult(BroadcastResult.Outcome.ACCEPTED, e.call("eth_sendRawTransaction", raw).asText());
            } catch (RpcException ex) {
                if (ex.endpointFault()) {
                    throw ex; // down or malformed: let the pool try the next endpoint
                }
                return BroadcastResult.fromError(ex.getMessage());
            }
        });
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        return RpcAnswers.history(call("unc_getTransactionsByAddress",
                e -> e.call("unc_getTransactionsByAddress", address.lower(), RpcAnswers.hexQuantity(fromBlock), RpcAnswers.hexQuantity(limit))));
    }

    private <T> T call(String method, java.util.function.Function<RpcClient, T> work) {
        try {
            return pool.withFailover(method, work::apply);
        } catch (RpcException e) {
            throw new ChainAccessException(method + " failed: " + e.getMessage() + " — nothing was lost; retry when a node is reachable", e);
        }
    }
}
