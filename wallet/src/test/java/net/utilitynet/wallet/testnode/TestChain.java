package net.utilitynet.wallet.testnode;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.FeeHistory;
import net.utilitynet.wallet.chain.Inclusion;
import net.utilitynet.wallet.chain.UnverifiedJsonRpc;
import net.utilitynet.wallet.history.HistoryEntry;

/**
 * Stand-in for the light client's verified reads (which do not exist yet): the unverified calls go
 * over real HTTP to a {@link TestNode}; the "verified" state is set by the test.
 */
public final class TestChain implements ChainAccess {
    private final UnverifiedJsonRpc rpc;
    public final Map<String, Inclusion> included = new ConcurrentHashMap<>();
    public final Map<Address, BigInteger> nonces = new ConcurrentHashMap<>();
    public final Map<Address, BigInteger> balances = new ConcurrentHashMap<>();
    public volatile long head = 100;

    public TestChain(TestNode node) {
        this.rpc = UnverifiedJsonRpc.to(node.uri());
    }

    public void include(String hash, long block, boolean succeeded) {
        included.put(hash, new Inclusion(hash, block, "0x" + String.format("%064x", block), succeeded));
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

    @Override
    public BigInteger verifiedBalance(Address address) {
        return balances.getOrDefault(address, BigInteger.ZERO);
    }

    @Override
    public BigInteger verifiedNonce(Address address) {
        return nonces.getOrDefault(address, BigInteger.ZERO);
    }

    @Override
    public long verifiedHeadNumber() {
        return head;
    }

    @Override
    public TrustLevel verifiedHeadTrust() {
        return TrustLevel.FULL;
    }

    @Override
    public Optional<Inclusion> verifiedInclusion(String txHash) {
        return Optional.ofNullable(included.get(txHash));
    }
}
