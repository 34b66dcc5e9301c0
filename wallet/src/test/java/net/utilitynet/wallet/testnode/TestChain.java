package net.utilitynet.wallet.testnode;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.FeeHistory;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.chain.Inclusion;
import net.utilitynet.wallet.chain.InclusionLookup;
import net.utilitynet.wallet.chain.UnverifiedJsonRpc;
import net.utilitynet.wallet.history.HistoryEntry;

/**
 * The wallet's chain with verified reads set by the test (the light client's proofs are tested on real nodes
 * elsewhere): the unverified calls go over real HTTP to a {@link TestNode}. Receipt lookups can be made to answer
 * nothing ({@link #unknownLookups}) or fail ({@link #brokenLookups}) a number of times, as the light client's do
 * while a block is not verified yet or an endpoint is down.
 */
public final class TestChain implements ChainAccess {
    private final UnverifiedJsonRpc rpc;
    public final Map<String, Inclusion> included = new ConcurrentHashMap<>();
    public final Map<Address, BigInteger> nonces = new ConcurrentHashMap<>();
    public final Map<Address, BigInteger> balances = new ConcurrentHashMap<>();
    public volatile long head = 100;
    /** Hash → how many more lookups answer UNKNOWN. */
    public final Map<String, Integer> unknownLookups = new ConcurrentHashMap<>();
    /** Hash → how many more lookups throw a {@link ChainAccessException}. */
    public final Map<String, Integer> brokenLookups = new ConcurrentHashMap<>();

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
    public InclusionLookup inclusion(String txHash) {
        if (takeOne(unknownLookups, txHash)) {
            return InclusionLookup.UNKNOWN;
        }
        if (takeOne(brokenLookups, txHash)) {
            throw new ChainAccessException("the receipt of " + txHash + " could not be verified: endpoint down (test)");
        }
        Inclusion i = included.get(txHash);
        return i == null ? InclusionLookup.NOT_FOUND : InclusionLookup.proven(i);
    }

    private static boolean takeOne(Map<String, Integer> counts, String hash) {
        boolean[] taken = {false};
        counts.computeIfPresent(hash, (h, n) -> {
            taken[0] = true;
            return n <= 1 ? null : n - 1;
        });
        return taken[0];
    }
}
