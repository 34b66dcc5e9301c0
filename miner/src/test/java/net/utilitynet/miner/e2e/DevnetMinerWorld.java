package net.utilitynet.miner.e2e;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.utils.Numeric;

/**
 * Real parts for end-to-end tests: an in-process devnet in on-demand block mode over loopback HTTP, a light client
 * that fully verifies it, an encrypted wallet store holding dev account 0 (the miner), the wallet's SQLite outbox
 * and a miner whose agent runs on the caller's thread (so a block mined and synced has been handled on return).
 */
final class DevnetMinerWorld implements AutoCloseable {
    static final ChainParams PARAMS = ChainParams.devnet();
    static final long E = PARAMS.epochLength();
    static final Address PAYOUT = Address.ofTrusted("0x00000000000000000000000000000000000000f0");
    private static final char[] PASSWORD = "miner test password".toCharArray();

    final Path dir;
    final Devnet devnet;
    final LightClient light;
    final WalletStore wallet;
    final Outbox outbox;
    final Address account;
    Miner miner;

    DevnetMinerWorld(Path dir) throws Exception {
        this.dir = dir;
        this.devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0));
        HttpRpcClient rpc = new HttpRpcClient(devnet.rpcUrl());
        TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(rpc.call("eth_getBlockByNumber", "0x0", false)
                .get("hash").asText()));
        // on-demand blocks are at least 1 s apart, so devnet time runs ahead of the wall clock
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        this.light = LightClient.open(new LightClientConfig(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS)), HttpRpcClient.DEFAULT_TIMEOUT,
                HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, ahead));
        this.wallet = WalletStore.create(dir.resolve("wallet.json"), "devnet", PASSWORD.clone(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        this.account = wallet.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address();
        this.outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
        light.sync().join();
        this.miner = openMiner();
    }

    Miner openMiner() {
        return Miner.open(new Miner.Setup(dir.resolve("miner.db"), account, PAYOUT, 1, List::of, List.of(), Runnable::run,
                Clock.systemUTC()), light, PARAMS, wallet, outbox);
    }

    /** Another miner on the same devnet and light client: its own wallet (dev account {@code devAccount}), outbox and ledger. */
    Rig rig(int devAccount, Address payout) {
        Path home = dir.resolve("rig-" + devAccount);
        WalletStore store = WalletStore.create(home.resolve("wallet.json"), "devnet", PASSWORD.clone(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        Address a = store.importPrivateKey(DevnetAccounts.privateKey(devAccount), "miner " + devAccount).address();
        Outbox o = Outbox.open(home.resolve("outbox.db"), Clock.systemUTC());
        Miner m = Miner.open(new Miner.Setup(home.resolve("miner.db"), a, payout, 1, List::of, List.of(), Runnable::run,
                Clock.systemUTC()), light, PARAMS, store, o);
        Rig rig = new Rig(a, payout, m, o);
        rigs.add(rig);
        return rig;
    }

    record Rig(Address account, Address payout, Miner miner, Outbox outbox) {
    }

    private final List<Rig> rigs = new java.util.ArrayList<>();

    /** Closes the miner and opens it again on the same files, as after an application restart. */
    Miner restartMiner() {
        miner.close();
        miner = openMiner();
        return miner;
    }

    /** Mines one block and lets the light client verify it (the agent handles the new head before this returns). */
    long mineAndSync() {
        devnet.mineBlock();
        return light.sync().join().number();
    }

    void mineAndSyncTo(long head) {
        while (light.verifiedHead().orElseThrow().number() < head) {
            mineAndSync();
        }
    }

    @Override
    public void close() {
        if (miner != null) {
            miner.close();
        }
        for (Rig r : rigs) {
            r.miner().close();
            r.outbox().close();
        }
        light.close();
        outbox.close();
        devnet.close();
    }
}
