package net.utilitynet.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.market.MarketAccess;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.ChainSetup;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import picocli.CommandLine.Option;

/**
 * Options and plumbing shared by the {@code utilitynet market …} commands: the network's light client (full
 * verification from the network's checkpoint, or the devnet genesis trusted on first use), and — for commands that
 * sign or decrypt — the network's wallet unlocked with a password from a file or standard input (never an argument).
 */
final class MarketCliSupport {
    /** The options every market command takes (a picocli mixin). */
    static final class Options {
        @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
        String network;

        @Option(names = "--rpc", paramLabel = "URL", description = "JSON-RPC endpoint(s) instead of the network's (repeatable).")
        List<URI> rpc = new ArrayList<>();

        @Option(names = "--account", paramLabel = "ADDRESS", description = "Account (default: the wallet's first signing account).")
        String account;

        @Option(names = "--password-file", paramLabel = "FILE|-", description = "Wallet password from FILE or - (standard input).")
        String passwordFile;

        @Option(names = "--wait-seconds", paramLabel = "S", defaultValue = "60",
                description = "After sending, wait up to S seconds for verified inclusion (0: do not wait).")
        long waitSeconds;
    }

    private MarketCliSupport() {
    }

    /** Runs market/wallet library code, turning its typed errors into one user-facing line. */
    static <T> T market(Supplier<T> work) {
        return WalletCliSupport.wallet(work);
    }

    static String unc(java.math.BigInteger wei) {
        return UncAmount.ofWei(wei).toUncString();
    }

    /** An open connection to one network for one command. */
    static final class Session implements AutoCloseable {
        final AppContext context;
        final ChainParams params = ChainParams.devnet();
        final Path folder;
        NetworkSession session;
        final LightClient light;
        final MarketChain chain;
        final MarketReader reader;
        WalletStore wallet;
        Outbox outbox;
        MarketTransactions txs;
        MarketAccess access;
        Address account;
        private final Options o;

        Session(UtilityNetCommand root, Options o, boolean unlock) {
            this.o = o;
            this.context = root.openContext();
            try {
                String id = WalletCliSupport.networkId(context, o.network);
                NetworkDefinition net = context.networks().current().find(id).orElseThrow();
                if (net.chainId() != NetworkDefinition.DEVNET_CHAIN_ID) {
                    throw new UserFacingException("--network: the market needs the chain parameters of network '" + id + "' (chain id "
                            + net.chainId() + "); only the devnet's are bundled with this version");
                }
                folder = context.dataDirectory().data(id);
                if (o.rpc.isEmpty()) {
                    // the network's own endpoints (or the embedded devnet), exactly as the app's runtime opens them
                    try {
                        session = NetworkSession.open(net, folder, DevnetConfig.DEFAULT_BLOCK_TIME_MS);
                    } catch (java.io.IOException e) {
                        throw new UserFacingException("network '" + id + "' did not start: " + e.getMessage(), e);
                    }
                    light = session.lightClient();
                } else {
                    light = LightClient.open(LightClientConfig.of(o.rpc, folder.resolve(MinerCliSupport.HEADERS_DB),
                            ChainSetup.syncConfig(net.chainId(), false, ChainSetup.anchor(net, o.rpc.get(0)))));
                }
                light.sync().join();
                reader = MarketAccess.reader(light, params);
                chain = reader.chain();
                if (unlock) {
                    openWallet();
                } else if (o.account != null) {
                    account = WalletCliSupport.wallet(() -> Address.parse(o.account, "account"));
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        private void openWallet() {
            if (o.passwordFile == null) {
                throw new UserFacingException("--password-file: this command unlocks the wallet; pass --password-file FILE or - for standard input");
            }
            char[] password = WalletCliSupport.secret(o.passwordFile, "--password-file", System.in);
            try {
                wallet = WalletCliSupport.openUnlocked(folder.resolve(WalletCliSupport.WALLET_FILE), password);
            } finally {
                Passwords.wipe(password);
            }
            account = WalletCliSupport.signingAccount(wallet, "--account", o.account);
            outbox = Outbox.open(folder.resolve(MinerCliSupport.OUTBOX_DB), Clock.systemUTC());
            access = MarketAccess.open(reader, wallet, outbox, new LightClientChainAccess(light), account);
            txs = access.transactions();
        }

        Address requireAccount() {
            if (account == null) {
                throw new UserFacingException("--account: name the account (or unlock the wallet with --password-file)");
            }
            return account;
        }

        RenterClient renter() {
            return access.renter();
        }

        LeaseProvider provider() {
            return access.provider();
        }

        /** Waits (on verified heads, no polling sleeps) until the transaction's receipt is proven, or the time is up. */
        Optional<Verified<VerifiedReceipt>> await(OutboxEntry sent) {
            if (o.waitSeconds <= 0) {
                return Optional.empty();
            }
            Optional<Verified<VerifiedReceipt>> outcome = ChainCliSupport.awaitOnVerifiedHeads(light, Duration.ofSeconds(o.waitSeconds),
                    () -> txs.outcome(sent.hash()));
            txs.refresh();
            return outcome;
        }

        /** Prints where a sent transaction stands and returns the exit code (2 when it reverted). */
        int report(java.io.PrintWriter out, String what, OutboxEntry sent) {
            Optional<Verified<VerifiedReceipt>> r = await(sent);
            if (r.isEmpty()) {
                out.println(what + ": sent " + sent.hash() + " (pending; it stays in the outbox and is re-sent at the next start)");
                return 0;
            }
            if (!r.get().value().receipt().success()) {
                throw new UserFacingException(what + ": transaction " + sent.hash() + " failed in block " + r.get().blockNumber()
                        + " (only the fee was spent)");
            }
            out.println(what + ": included in verified block " + r.get().blockNumber() + " (" + sent.hash() + ")");
            return 0;
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            } else if (light != null) {
                light.close();
            }
            if (outbox != null) {
                outbox.close();
            }
            if (wallet != null) {
                wallet.lock();
            }
            context.close();
        }
    }
}
