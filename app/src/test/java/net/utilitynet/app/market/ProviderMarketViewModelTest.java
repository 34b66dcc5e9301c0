package net.utilitynet.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The provider card's view model on a real devnet with the provider's grant hook (a shell script): a failing hook shows
 * as the lease's problem and is retried on the next verified head; once it works, the grant is delivered and the
 * renter decrypts the hook's endpoint and credentials; when the lease ends, the hook is asked to revoke.
 */
class ProviderMarketViewModelTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    @TempDir
    Path dir;

    private WalletStore wallet(String name, int devAccount) {
        WalletStore s = WalletStore.create(dir.resolve(name + ".json"), "devnet", "vm test password".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        s.importPrivateKey(DevnetAccounts.privateKey(devAccount), name);
        return s;
    }

    private Path hook(String body) throws Exception {
        Path script = dir.resolve("grant-hook.sh");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void grantHook_failureShownPerLease_retriedOnTheNextHead_thenDeliveredAndRevoked() throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path hook = hook("echo \"$1 $2\" >> " + calls + "\necho 'container pool is full' >&2\nexit 3\n");
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(new HttpRpcClient(devnet.rpcUrl())
                    .call("eth_getBlockByNumber", "0x0", false).get("hash").asText()));
            try (LightClient light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                    SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS))));
                 Outbox pOut = Outbox.open(dir.resolve("p-outbox.db"), Clock.systemUTC());
                 Outbox rOut = Outbox.open(dir.resolve("r-outbox.db"), Clock.systemUTC())) {
                light.sync().join();
                MarketChain chain = new MarketChain(light, PARAMS.chainId(), PARAMS.epochLength());
                MarketReader reader = new MarketReader(chain);
                WalletStore pw = wallet("provider", 0);
                WalletStore rw = wallet("renter", 1);
                Address p = pw.accounts().get(0).address();
                Miner miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), p, p, 1, List::of, List.of(), Runnable::run,
                        Clock.systemUTC()), light, PARAMS, pw, pOut);
                try {
                    SimulatedChip chip = miner.addSimulatedChip().join();
                    miner.register(chip.chip()).join();
                    mine(devnet, light);
                    LeaseProvider provider = new LeaseProvider(reader, new MarketTransactions(pw, pOut, new LightClientChainAccess(light), chain),
                            pw, p, new SecureRandom());
                    provider.list(chip.chipId().orElseThrow(), BigInteger.TEN.pow(18), 1, 3);
                    mine(devnet, light);
                    RenterClient renter = new RenterClient(reader, new MarketTransactions(rw, rOut, new LightClientChainAccess(light), chain), rw,
                            rw.accounts().get(0).address(), new SecureRandom());
                    renter.deposit(BigInteger.TEN.pow(18).multiply(BigInteger.TWO));
                    mine(devnet, light);

                    miner.setAccessConfig(AccessConfig.parse("127.0.0.1", 0, "", ""));
                    try (ProviderAccess access = ProviderAccess.start(miner, provider, Runnable::run)) {
                        ProviderMarketViewModel vm = new ProviderMarketViewModel(provider, access, new I18n(Language.ENGLISH), Runnable::run,
                                Runnable::run);
                        vm.refresh().join();
                        assertTrue(vm.gateway().get().startsWith("Access gateway: http://127.0.0.1:"), vm.gateway().get());
                        assertEquals(List.of("127.0.0.1", "0", "", ""), List.of(vm.accessHost().get(), vm.accessPort().get(), vm.accessUrl().get(),
                                vm.accessHook().get()), "the settings form shows the saved settings");

                        // the provider switches to its own grant hook in the card's settings; a bad port is named first
                        vm.accessPort().set("80a");
                        vm.accessHook().set(hook.toString());
                        vm.saveAccess().join();
                        assertTrue(vm.error().get().startsWith("gateway port: \u201c80a\u201d is not a port"), vm.error().get());
                        vm.accessPort().set("0");
                        vm.saveAccess().join();
                        assertEquals("", vm.error().get());
                        assertEquals("Access settings saved; the gateway restarted with them.", vm.status().get());
                        assertEquals(hook, miner.accessConfig().hook().orElseThrow(), "saved in miner.db");
                        renter.rent(BigInteger.ONE, 1);
                        mine(devnet, light);
                        vm.refresh().join();
                        assertEquals("Access grants come from your grant hook " + hook + ".", vm.gateway().get());
                        BigInteger lease = vm.incoming().get(0).leaseId();
                        assertEquals("problem: grant hook " + hook + " issue for lease " + lease + " exited with status 3: container pool is full;"
                                + " it is run again on the next block", vm.grantState(vm.incoming().get(0)));
                        assertEquals("Lease " + lease + ": grant hook " + hook + " issue for lease " + lease + " exited with status 3: container pool"
                                + " is full; it is run again on the next block", vm.grantProblems().get());

                        // the provider fixes the hook; the next verified head runs it again and the grant goes out
                        hook("echo \"$1 $2\" >> " + calls + "\n"
                                + "if [ \"$1\" = issue ]; then echo '{\"endpoint\":\"ssh://lease'$2'@gpu.example.org\",\"credentials\":\"pw-'$2'\"}'; fi\n");
                        mine(devnet, light); // the card refreshes itself when the round sends the grant
                        assertTrue(vm.grantState(vm.incoming().get(0)).startsWith("delivered (tx 0x"), vm.grantState(vm.incoming().get(0)));
                        assertEquals("", vm.grantProblems().get());
                        mine(devnet, light);
                        AccessGrant grant = renter.grant(lease);
                        assertEquals("ssh://lease" + lease + "@gpu.example.org", grant.endpoint());
                        assertEquals("pw-" + lease, grant.credentials());

                        renter.endLease(lease);
                        mine(devnet, light);
                        assertEquals(List.of("issue " + lease, "issue " + lease, "revoke " + lease), Files.readAllLines(calls),
                                "failed once, issued, revoked once the lease ended");
                        mine(devnet, light);
                        assertEquals(3, Files.readAllLines(calls).size(), "revoked once");
                    }
                } finally {
                    miner.close();
                }
            }
        }
    }

    private static void mine(Devnet devnet, LightClient light) {
        devnet.mineBlock();
        light.sync().join();
    }
}
