package net.utilitynet.wallet.chain;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.state.UnknownTransactionException;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryEntry;
import org.web3j.utils.Numeric;

/**
 * {@link ChainAccess} on the light client: balances, nonces and inclusions come only from its
 * proof-verified API; the unverified calls go through its endpoint pool ({@link PooledUnverifiedRpc}).
 */
public final class LightClientChainAccess implements ChainAccess {
    private final LightClient client;
    private final UnverifiedRpc unverified;

    public LightClientChainAccess(LightClient client) {
        this.client = client;
        this.unverified = new PooledUnverifiedRpc(client.endpointPool());
    }

    @Override
    public BigInteger verifiedBalance(Address address) {
        return await(client.verifiedBalance(address.bytes()), "the balance of " + address).value();
    }

    @Override
    public BigInteger verifiedNonce(Address address) {
        return await(client.verifiedNonce(address.bytes()), "the nonce of " + address).value();
    }

    @Override
    public long verifiedHeadNumber() {
        return client.verifiedHead().map(StoredHeader::number)
                .orElseThrow(() -> new ChainAccessException("no verified header yet: the light client is still syncing; try again shortly"));
    }

    /** {@link TrustLevel#LINKAGE_ONLY} for every header of a linkage-only client, the anchor included. */
    @Override
    public TrustLevel verifiedHeadTrust() {
        StoredHeader head = client.verifiedHead()
                .orElseThrow(() -> new ChainAccessException("no verified header yet: the light client is still syncing; try again shortly"));
        return client.mode() == SyncMode.LINKAGE_ONLY ? TrustLevel.LINKAGE_ONLY : head.trust();
    }

    /**
     * {@code NOT_FOUND} when the endpoint has no receipt (pending, dropped or never sent); {@code UNKNOWN} when the
     * receipt names a block the light client has not verified yet, or no header can be resolved for it now.
     */
    @Override
    public InclusionLookup inclusion(String txHash) {
        Verified<VerifiedReceipt> r;
        try {
            r = client.verifiedReceipt(Numeric.hexStringToByteArray(txHash)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnknownTransactionException) {
                return InclusionLookup.NOT_FOUND;
            }
            if (e.getCause() instanceof UnverifiableException) {
                return InclusionLookup.UNKNOWN;
            }
            throw failure("the receipt of " + txHash, e);
        }
        return InclusionLookup.proven(new Inclusion(txHash, r.blockNumber(), Numeric.toHexString(r.blockHash()), r.value().receipt().success()));
    }

    @Override
    public long chainId() {
        return unverified.chainId();
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        return unverified.feeHistory(blockCount, rewardPercentiles);
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        return unverified.sendRawTransaction(signedTx);
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        return unverified.transactionsByAddress(address, fromBlock, limit);
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw failure(what, e);
        }
    }

    private static ChainAccessException failure(String what, CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new ChainAccessException(what + " could not be verified: " + cause.getMessage(), cause);
    }
}
