package net.utilitynet.app.market;

import java.security.SecureRandom;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;

/**
 * The lease market for one account, built the same way for the {@code utilitynet market} commands and the app:
 * verified reads through the light client, transactions signed with the unlocked wallet and sent through the
 * network's outbox.
 */
public record MarketAccess(MarketReader reader, MarketTransactions transactions, WalletStore wallet, Address account) {

    /** Verified market reads (no wallet needed). */
    public static MarketReader reader(LightClient light, ChainParams params) {
        return new MarketReader(new MarketChain(light, params.chainId(), params.epochLength()));
    }

    /** Market access that can sign, for {@code account} of the unlocked {@code wallet}. */
    public static MarketAccess open(MarketReader reader, WalletStore wallet, Outbox outbox, ChainAccess chain, Address account) {
        return new MarketAccess(reader, new MarketTransactions(wallet, outbox, chain, reader.chain()), wallet, account);
    }

    public RenterClient renter() {
        return new RenterClient(reader, transactions, wallet, account, new SecureRandom());
    }

    public LeaseProvider provider() {
        return new LeaseProvider(reader, transactions, wallet, account, new SecureRandom());
    }
}
