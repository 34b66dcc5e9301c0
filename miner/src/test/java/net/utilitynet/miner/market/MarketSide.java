package net.utilitynet.miner.market;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.utils.Numeric;

/** One party of the market with its own data directory: light client (full verification), encrypted wallet, outbox. */
final class MarketSide implements AutoCloseable {
    static final ChainParams PARAMS = ChainParams.devnet();
    final Path dir;
    final LightClient light;
    final WalletStore wallet;
    final Outbox outbox;
    final Address account;
    final MarketChain chain;
    final MarketReader reader;
    final MarketTransactions txs;

    MarketSide(Path dir, ChildDevnet devnet, int devAccount) throws Exception {
        this.dir = Files.createDirectories(dir);
        TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(devnet.rpc.call("eth_getBlockByNumber", "0x0", false)
                .get("hash").asText()));
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        light = LightClient.open(new LightClientConfig(List.of(devnet.url), dir.resolve("headers.db"),
                SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS)), HttpRpcClient.DEFAULT_TIMEOUT,
                HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, ahead));
        wallet = WalletStore.create(dir.resolve("wallet.json"), "devnet", "market test password".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        account = wallet.importPrivateKey(DevnetAccounts.privateKey(devAccount), "account " + devAccount).address();
        outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
        chain = new MarketChain(light, PARAMS.chainId(), PARAMS.epochLength());
        reader = new MarketReader(chain);
        txs = new MarketTransactions(wallet, outbox, new LightClientChainAccess(light), chain);
        light.sync().join();
    }

    long sync() {
        long head = light.sync().join().number();
        txs.refresh();
        return head;
    }

    @Override
    public void close() {
        light.close();
        outbox.close();
    }
}
