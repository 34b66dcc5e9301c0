package net.utilitynet.app.wallet;

import java.math.BigInteger;
import java.util.List;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.chain.FeeHistory;
import net.utilitynet.wallet.history.HistoryEntry;

/** The chain before the light client is connected: every call fails with a message saying so (nothing is guessed). */
public final class DisconnectedChain implements ChainAccess {
    private final String network;

    public DisconnectedChain(String networkName) {
        this.network = networkName;
    }

    private ChainAccessException fail() {
        return new ChainAccessException("not connected to " + network + " yet; balances and sending need the light client's verified headers");
    }

    @Override
    public BigInteger verifiedBalance(Address address) {
        throw fail();
    }

    @Override
    public BigInteger verifiedNonce(Address address) {
        throw fail();
    }

    @Override
    public long verifiedHeadNumber() {
        throw fail();
    }

    @Override
    public TrustLevel verifiedHeadTrust() {
        throw fail();
    }

    @Override
    public net.utilitynet.wallet.chain.InclusionLookup inclusion(String txHash) {
        throw fail();
    }

    @Override
    public long chainId() {
        throw fail();
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        throw fail();
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        throw fail();
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        throw fail();
    }
}
