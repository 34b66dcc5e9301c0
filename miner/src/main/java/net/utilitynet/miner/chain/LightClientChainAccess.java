package net.utilitynet.miner.chain;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.FeeHistory;
import net.utilitynet.wallet.chain.Inclusion;
import net.utilitynet.wallet.chain.PooledUnverifiedRpc;
import net.utilitynet.wallet.history.HistoryEntry;
import org.web3j.utils.Numeric;

/**
 * The wallet's {@link ChainAccess} on the light client: balances, nonces and inclusions are proven by the light
 * client; broadcasts and fee quotes go through its endpoint pool unverified ({@link PooledUnverifiedRpc}). The
 * miner uses it for its outbox (nonces, tracking of registration and heartbeat transactions).
 */
public final class LightClientChainAccess implements ChainAccess {
    private final LightClient light;
    private final PooledUnverifiedRpc rpc;

    public LightClientChainAccess(LightClient light) {
        this.light = light;
        this.rpc = new PooledUnverifiedRpc(light.endpointPool());
    }

    @Override
    public BigInteger verifiedBalance(Address address) {
        return unwrap(() -> light.verifiedBalance(address.bytes()).join()).value();
    }

    @Override
    public BigInteger verifiedNonce(Address address) {
        return unwrap(() -> light.verifiedNonce(address.bytes()).join()).value();
    }

    @Override
    public long verifiedHeadNumber() {
        return light.verifiedHead().map(h -> h.number()).orElse(-1L);
    }

    /** The proven receipt's block and status; empty while the transaction is unknown or its block is unverified. */
    @Override
    public Optional<Inclusion> verifiedInclusion(String txHash) {
        try {
            Verified<VerifiedReceipt> r = unwrap(() -> light.verifiedReceipt(Numeric.hexStringToByteArray(txHash)).join());
            return Optional.of(new Inclusion(txHash, r.blockNumber(), Numeric.toHexString(r.blockHash()), r.value().receipt().success()));
        } catch (UnverifiableException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof UnverifiableException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public long chainId() {
        return rpc.chainId();
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        return rpc.feeHistory(blockCount, rewardPercentiles);
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        return rpc.sendRawTransaction(signedTx);
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        return rpc.transactionsByAddress(address, fromBlock, limit);
    }

    private static <T> T unwrap(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
