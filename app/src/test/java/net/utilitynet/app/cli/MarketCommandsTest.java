package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.market.LeaseProvider;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The market commands through picocli on a real devnet (on-demand blocks, loopback HTTP): a provider home and a
 * renter home, each with its own encrypted wallet; list → credit → rent → a real gateway grant decrypted and used by the
 * CLI; bad input.
 */
class MarketCommandsTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    @TempDir
    Path dir;


    private CliRun run(String home, String... args) {
        return CliRun.inDataDir(dir.resolve(home), args);
    }

    private WalletStore wallet(String home, int devAccount) throws Exception {
        Path file = dir.resolve(home + "/data/devnet/wallet.json");
        Files.createDirectories(file.getParent());
        WalletStore store = WalletStore.create(file, "devnet", "market password".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        store.importPrivateKey(DevnetAccounts.privateKey(devAccount), "account " + devAccount);
        return store;
    }

    @Test
    void market_listRentGrantAndBadInput_throughTheCommandLine() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            String rpc = devnet.rpcUrl().toString();
            Path pw = Files.writeString(dir.resolve("pw.txt"), "market password\n");
            WalletStore providerWallet = wallet("provider", 0);
            WalletStore renterWallet = wallet("renter", 1);
            String renter = renterWallet.accounts().get(0).address().checksummed();
            renterWallet.lock();
            String providerAddress = providerWallet.accounts().get(0).address().checksummed();
            String[] common = {"--rpc", rpc, "--password-file", pw.toString(), "--wait-seconds", "0"};

            // the provider's chip, registered by the real miner on the provider's own light client
            TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(new HttpRpcClient(devnet.rpcUrl())
                    .call("eth_getBlockByNumber", "0x0", false).get("hash").asText()));
            try (LightClient light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("provider-headers.db"),
                    SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS))));
                 Outbox outbox = Outbox.open(dir.resolve("provider-outbox.db"), Clock.systemUTC())) {
                light.sync().join();
                Address provider = providerWallet.accounts().get(0).address();
                Miner miner = Miner.open(new Miner.Setup(dir.resolve("provider-miner.db"), provider, provider, 1, List::of, List.of(),
                        Runnable::run, Clock.systemUTC()), light, PARAMS, providerWallet, outbox);
                SimulatedChip chip = miner.addSimulatedChip().join();
                miner.register(chip.chip()).join();
                devnet.mineBlock();
                String chipId = Numeric.toHexString(chip.chipId().orElseThrow());

                CliRun bad = run("provider", concat(new String[] {"market", "list", chipId, "--price", "1", "--min-hours", "3", "--max-hours", "2"}, common));
                assertEquals(2, bad.exit(), bad.out());
                assertTrue(bad.err().contains("need 1 <= min hours <= max hours"), bad.err());
                CliRun notMine = run("renter", concat(new String[] {"market", "list", chipId, "--price", "1", "--min-hours", "1", "--max-hours", "2"}, common));
                assertEquals(2, notMine.exit());
                assertTrue(notMine.err().contains("not by this account"), notMine.err());
                CliRun listed = run("provider", concat(new String[] {"market", "list", chipId, "--price", "1.5", "--min-hours", "1", "--max-hours", "2"}, common));
                assertEquals(0, listed.exit(), listed.err());
                assertTrue(listed.out().contains("pending"), listed.out());
                devnet.mineBlock();

                JsonNode offers = new ObjectMapper().readTree(run("renter", "market", "offers", "--json", "--rpc", rpc).out());
                assertEquals(1, offers.size());
                assertEquals("Simulated chip", offers.get(0).get("model").asText());
                assertEquals("1500000000000000000", offers.get(0).get("pricePerHourWei").asText());
                CliRun table = run("renter", "market", "offers", "--rpc", rpc);
                assertTrue(table.out().contains("Simulated chip (sim)") && table.out().contains("available"), table.out());

                CliRun poor = run("renter", concat(new String[] {"market", "rent", "1", "--hours", "2"}, common));
                assertEquals(2, poor.exit());
                assertTrue(poor.err().contains("deposit at least 3 UNC more"), poor.err());
                CliRun range = run("renter", concat(new String[] {"market", "rent", "1", "--hours", "9"}, common));
                assertTrue(range.err().contains("rents 1 to 2 hours, not 9"), range.err());
                CliRun noPassword = run("renter", "market", "rent", "1", "--hours", "1", "--rpc", rpc);
                assertTrue(noPassword.err().contains("--password-file"), noPassword.err());

                assertEquals(0, run("renter", concat(new String[] {"market", "credit", "deposit", "4"}, common)).exit());
                devnet.mineBlock();
                CliRun rent = run("renter", concat(new String[] {"market", "rent", "1", "--hours", "2"}, common));
                assertEquals(0, rent.exit(), rent.err());
                assertTrue(rent.out().contains("escrow 3 UNC of your 4 UNC credit"), rent.out());
                devnet.mineBlock();
                CliRun noGrant = run("renter", concat(new String[] {"market", "grant", "1"}, common));
                assertTrue(noGrant.err().contains("has not delivered the access grant yet"), noGrant.err());

                // the provider's agent side delivers a real grant: the access gateway on loopback and its token
                light.sync().join();
                MarketChain chain = new MarketChain(light, PARAMS.chainId(), PARAMS.epochLength());
                LeaseProvider lp = new LeaseProvider(new MarketReader(chain),
                        new MarketTransactions(providerWallet, outbox, new LightClientChainAccess(light), chain), providerWallet, provider,
                        new SecureRandom());
                try (LeaseAccess access = miner.startLeaseAccess(new AccessConfig("127.0.0.1", 0, Optional.empty(), Optional.empty()), lp,
                        Runnable::run)) {
                    access.deliverNow();
                    assertEquals(1, access.status().delivered().size(), access.status().toString());
                    devnet.mineBlock();
                    String gateway = access.status().endpoint().orElseThrow().toString();
                    CliRun grant = run("renter", concat(new String[] {"market", "grant", "1"}, common));
                    assertEquals(0, grant.exit(), grant.err());
                    assertTrue(grant.out().contains("endpoint:    " + gateway), grant.out());
                    assertTrue(grant.out().matches("(?s).*credentials: [A-Za-z0-9_-]{43}\\R.*"), grant.out());
                    // the renter uses it: the gateway answers with the lease and the (simulated) chip
                    light.sync().join();
                    CliRun used = run("renter", concat(new String[] {"market", "access", "1"}, common));
                    assertEquals(0, used.exit(), used.out() + used.err());
                    assertTrue(used.out().contains("GET /v1/lease -> 200") && used.out().contains("GET /v1/chip -> 200"), used.out());
                    assertTrue(used.out().contains("\"renter\" : \"" + renter + "\"") && used.out().contains("\"simulated\" : true"), used.out());
                } finally {
                    miner.close();
                }
            }
            CliRun gone = run("renter", concat(new String[] {"market", "access", "1"}, common));
            assertEquals(2, gone.exit(), "the provider's gateway is closed");
            assertTrue(gone.err().contains("could not reach the provider's gateway"), gone.err());
            CliRun foreign = run("provider", concat(new String[] {"market", "grant", "1"}, common));
            assertTrue(foreign.err().contains("not by this account"), foreign.err());

            JsonNode leases = new ObjectMapper().readTree(run("renter", "market", "leases", "--json", "--rpc", rpc, "--account", renter).out());
            assertEquals("ACTIVE", leases.get(0).get("state").asText());
            assertEquals("renter", leases.get(0).get("role").asText());
            CliRun credit = run("renter", concat(new String[] {"market", "credit", "withdraw", "2"}, common));
            assertEquals(2, credit.exit());
            assertTrue(credit.err().contains("at most your verified credit of 1 UNC"), credit.err());
            CliRun income = run("provider", "market", "income", "--rpc", rpc, "--account", providerAddress);
            assertTrue(income.out().contains("settled income") && income.out().contains(": 0 UNC"), income.out());
            CliRun claim = run("provider", concat(new String[] {"market", "income", "--claim"}, common));
            assertEquals(2, claim.exit());
            assertTrue(claim.err().contains("no settled income"), claim.err());
        }
    }

    @Test
    void offers_onTheEmbeddedDevnet_verifiedEmptyList() {
        CliRun r = run("embedded", "market", "offers");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("no offers listed (verified at block "), r.out());
        CliRun json = run("embedded", "market", "offers", "--json");
        assertEquals("[ ]", json.out().trim());
        CliRun sort = run("embedded", "market", "offers", "--sort", "cheapest");
        assertEquals(2, sort.exit());
        assertTrue(sort.err().contains("--sort: use price"), sort.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
