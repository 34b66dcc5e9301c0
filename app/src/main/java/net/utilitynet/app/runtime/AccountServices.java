package net.utilitynet.app.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.utilitynet.app.market.MarketAccess;
import net.utilitynet.app.market.ProviderAccess;
import net.utilitynet.app.miner.MinerFactory;
import net.utilitynet.app.miner.MinerMiningState;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;

/**
 * What the app runs for one unlocked account on one running network: the {@link Miner} (as the shell's
 * {@link MinerMiningState}), the lease market (renter and provider side) and the provider's access gateway with
 * automatic grant delivery ({@link ProviderAccess}). Opened by {@link AccountRuntime} on its own thread; closing stops
 * the access gateway, the miner, then its thread, then the outbox.
 */
public final class AccountServices implements AutoCloseable {
    /** {@code data/<network>/outbox.db}, shared with the wallet and {@code utilitynet mine|market}. */
    public static final String OUTBOX_FILE = "outbox.db";

    private final NetworkSession session;
    private final WalletStore wallet;
    private final Address account;
    private final Outbox outbox;
    private final ExecutorService minerThread;
    private final MinerMiningState mining;
    private final MarketAccess market;
    private final ProviderAccess access;
    private volatile boolean open = true;

    private AccountServices(NetworkSession session, WalletStore wallet, Address account, Outbox outbox, ExecutorService minerThread,
            MinerMiningState mining, MarketAccess market, ProviderAccess access) {
        this.session = session;
        this.wallet = wallet;
        this.account = account;
        this.outbox = outbox;
        this.minerThread = minerThread;
        this.mining = mining;
        this.market = market;
        this.access = access;
    }

    /** Blocking (SQLite opens): call off the FX thread. {@code params} are the network's chain parameters. */
    static AccountServices open(NetworkSession session, Path folder, ChainParams params, WalletStore wallet, Address account) {
        Outbox outbox = Outbox.open(folder.resolve(OUTBOX_FILE), Clock.systemUTC());
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "utilitynet-miner");
            t.setDaemon(true);
            return t;
        });
        try {
            Miner miner = MinerFactory.open(folder, account, account, session.lightClient(), params, wallet, outbox, thread);
            MarketAccess market = MarketAccess.open(MarketAccess.reader(session.lightClient(), params), wallet, outbox,
                    session.chainAccess(), account);
            return new AccountServices(session, wallet, account, outbox, thread, new MinerMiningState(miner), market,
                    ProviderAccess.start(miner, market.provider()));
        } catch (RuntimeException e) {
            thread.shutdownNow();
            outbox.close();
            throw e;
        }
    }

    public NetworkSession session() {
        return session;
    }

    WalletStore wallet() {
        return wallet;
    }

    public Address account() {
        return account;
    }

    public MinerMiningState mining() {
        return mining;
    }

    public MarketAccess market() {
        return market;
    }

    /** The provider side's access gateway and automatic grants (or why they are not running). */
    public ProviderAccess access() {
        return access;
    }

    /** False once closed (listeners registered on the light client for this account drop themselves). */
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        try {
            access.close();
            mining.miner().close();
        } finally {
            minerThread.shutdownNow();
            outbox.close();
        }
    }
}
