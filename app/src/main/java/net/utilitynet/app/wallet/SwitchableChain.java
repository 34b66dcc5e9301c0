package net.utilitynet.app.wallet;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.BroadcastResult;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.FeeHistory;
import net.utilitynet.wallet.chain.InclusionLookup;
import net.utilitynet.wallet.history.HistoryEntry;

/**
 * The wallet's chain for the lifetime of the page: the network runtime's light client once it is connected,
 * {@link DisconnectedChain} before (and after a disconnect). Every call goes to the current one.
 */
final class SwitchableChain implements ChainAccess {
    private volatile ChainAccess current;

    SwitchableChain(ChainAccess initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    void use(ChainAccess next) {
        current = Objects.requireNonNull(next, "next");
    }

    @Override
    public BigInteger verifiedBalance(Address address) {
        return current.verifiedBalance(address);
    }

    @Override
    public BigInteger verifiedNonce(Address address) {
        return current.verifiedNonce(address);
    }

    @Override
    public long verifiedHeadNumber() {
        return current.verifiedHeadNumber();
    }

    @Override
    public TrustLevel verifiedHeadTrust() {
        return current.verifiedHeadTrust();
    }

    @Override
    public InclusionLookup inclusion(String txHash) {
        return current.inclusion(txHash);
    }

    @Override
    public long chainId() {
        return current.chainId();
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        return current.feeHistory(blockCount, rewardPercentiles);
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        return current.sendRawTransaction(signedTx);
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        return current.transactionsByAddress(address, fromBlock, limit);
    }
}
