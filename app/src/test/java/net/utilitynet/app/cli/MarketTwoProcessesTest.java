package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.utilitynet.app.Main;
import net.utilitynet.app.market.MarketAccess;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferQuery;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The lease market end to end with two processes on one standalone devnet (on-demand blocks mined by this test, loopback
 * HTTP): the provider is the real {@code utilitynet mine} in a child JVM (its own data directory, dev account 0, one
 * simulated chip); the renter is this process (its own data directory, dev account 1: light client, encrypted wallet,
 * outbox; {@code market access} through the CLI). list → rent → the grant delivered by the mine process, decrypted and
 * used (200 from its gateway) → mine stopped for the whole of epoch 1 → back in epoch 2, winning blocks in epoch 3 → the
 * renter ends early and is refunded the unused hour and the offline epoch → the provider claims its income through the
 * CLI; balances reconcile to the wei. Provider-side CLI steps run while {@code mine} is stopped (it holds the data
 * directory's lock).
 */
class MarketTwoProcessesTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    private static final long E = PARAMS.epochLength();
    private static final BigInteger UNC = BigInteger.TEN.pow(18);
    private static final String ZERO = "0x0000000000000000000000000000000000000000";
    private static final String PASSWORD = "market password";
    private static final Pattern REGISTERED = Pattern.compile("registration of .* sent: chip (0x[0-9a-f]{64}), transaction (0x[0-9a-f]{64})");

    @TempDir
    Path dir;

    @Test
    void minerProcessAndRenter_listRentGrantOfflineRefundClaim_reconcileToTheWei() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            HttpRpcClient rpc = new HttpRpcClient(devnet.rpcUrl());
            Path providerHome = dir.resolve("provider");
            Path renterHome = dir.resolve("renter");
            String provider = wallet(providerHome, 0).accounts().get(0).address().lower();
            WalletStore renterWallet = wallet(renterHome, 1);
            Address renterAccount = renterWallet.accounts().get(0).address();
            Path pw = Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\n");
            String[] common = {"--rpc", devnet.rpcUrl().toString(), "--password-file", pw.toString(), "--wait-seconds", "0"};
            int gatewayPort;
            try (ServerSocket free = new ServerSocket(0)) {
                gatewayPort = free.getLocalPort(); // fixed across restarts: delivered grants keep their URL
            }
            List<String> watched = List.of(provider, renterAccount.lower(), ZERO, SystemModules.LEASE_MARKET_HEX);
            assertEquals(0, devnet.headNumber(), "a fresh devnet");
            BigInteger supplyBefore = sum(rpc, watched, 0);
            BigInteger renterBefore = balance(rpc, renterAccount.lower(), 0);

            TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(rpc.call("eth_getBlockByNumber", "0x0", false)
                    .get("hash").asText()));
            try (LightClient light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("renter-headers.db"),
                    SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS))));
                 Outbox outbox = Outbox.open(dir.resolve("renter-outbox.db"), Clock.systemUTC())) {
                light.sync().join();
                MarketAccess market = MarketAccess.open(MarketAccess.reader(light, PARAMS), renterWallet, outbox,
                        new LightClientChainAccess(light), renterAccount);
                RenterClient renter = market.renter();
                MinerChain chain = new MinerChain(light, PARAMS);
                Runnable mine = () -> {
                    devnet.mineBlock();
                    light.sync().join();
                    market.transactions().refresh();
                };

                // 1. the mine process registers a simulated chip (and remembers the gateway port), then exits
                MineProcess first = MineProcess.start(providerHome, provider, pw, devnet, "--simulated-chips", "1", "--auto-start",
                        "--gateway-port", Integer.toString(gatewayPort), "--exit-after-blocks", "1");
                Matcher registered = first.await(REGISTERED);
                do {
                    mine.run(); // the registration is in the devnet's pool; it exits after its first verified head
                } while (!first.process.waitFor(1, TimeUnit.SECONDS) && devnet.headNumber() < 10);
                assertEquals(0, first.stop(), first.log());
                byte[] chipId = Numeric.hexStringToByteArray(registered.group(1));
                assertTrue(receiptOk(rpc, registered.group(2)), "the registration is in a block");
                assertTrue(chain.verifiedHeartbeat(chipId, 0), "the registration counts for epoch 0");

                // 2. the provider lists its chip through the CLI while mine is stopped: 1 UNC per hour, 1..4 hours
                CliRun listed = CliRun.inDataDir(providerHome, concat(new String[] {"market", "list", registered.group(1), "--price", "1",
                        "--min-hours", "1", "--max-hours", "4"}, common));
                assertEquals(0, listed.exit(), listed.err());
                mine.run();
                List<OfferView> offers = renter.offers(OfferQuery.ALL);
                assertEquals(1, offers.size());
                OfferView offer = offers.get(0);
                assertTrue(offer.rentable() && offer.simulated(), offer.toString());

                // 3. the renter buys 5 UNC of credit and rents 2 hours
                renter.deposit(UNC.multiply(BigInteger.valueOf(5)));
                mine.run();
                OutboxEntry rent = renter.rent(offer.offerId(), 2);
                mine.run();
                BigInteger leaseId = renter.rentOutcome(rent.hash(), offer.offerId(), 2).orElseThrow();
                assertEquals(UNC.multiply(BigInteger.valueOf(3)), renter.credit().value(), "escrow left the credit");

                // 4. mine runs again: it delivers the grant; the renter decrypts it and its gateway (in the child) serves it
                MineProcess second = MineProcess.start(providerHome, provider, pw, devnet);
                second.await(Pattern.compile("lease access gateway at http://127\\.0\\.0\\.1:" + gatewayPort));
                Matcher grantSent = second.await(Pattern.compile("access grant sent in transaction (0x[0-9a-f]{64})"));
                mine.run();
                assertTrue(receiptOk(rpc, grantSent.group(1)), "the grant is in a block");
                CliRun grant = CliRun.inDataDir(renterHome, concat(new String[] {"market", "grant", leaseId.toString()}, common));
                assertEquals(0, grant.exit(), grant.err());
                assertTrue(grant.out().contains("endpoint:    http://127.0.0.1:" + gatewayPort), grant.out());
                CliRun used = CliRun.inDataDir(renterHome, concat(new String[] {"market", "access", leaseId.toString()}, common));
                assertEquals(0, used.exit(), used.out() + used.err() + second.log());
                assertTrue(used.out().contains("GET /v1/lease -> 200") && used.out().contains("GET /v1/chip -> 200"), used.out());
                assertTrue(used.out().contains("\"renter\" : \"" + renterAccount.checksummed() + "\""), used.out());
                assertTrue(devnet.headNumber() < E, "still in epoch 0: no heartbeat for epoch 1 was due yet");

                // 5. mine stops for the whole of epoch 1 (its heartbeat for epoch 1 would be sent at head E)
                second.stop();
                while (devnet.headNumber() < 2 * E) {
                    mine.run();
                }

                // 6. mine comes back at head 2E: heartbeat of epoch 2; at head 3E the one of epoch 3; then wins blocks
                MineProcess third = MineProcess.start(providerHome, provider, pw, devnet);
                try {
                    awaitTransactionFrom(rpc, provider, third);
                    mine.run();
                    assertTrue(chain.verifiedHeartbeat(chipId, 2), "the heartbeat of epoch 2 is in");
                    while (devnet.headNumber() < 3 * E) {
                        mine.run();
                    }
                    awaitTransactionFrom(rpc, provider, third);
                    mine.run();
                    assertTrue(chain.verifiedHeartbeat(chipId, 3), "the heartbeat of epoch 3 is in");
                    // the child follows the chain by polling (every 2 s): give it time to claim each height before its block
                    for (int i = 0; i < 10 && !wonBy(rpc, devnet.headNumber(), provider) && !third.process().waitFor(3, TimeUnit.SECONDS); i++) {
                        mine.run();
                    }
                    assertTrue(wonBy(rpc, devnet.headNumber(), provider), "the mine process won a block in epoch 3: " + third.log());
                } finally {
                    third.stop();
                }
                assertFalse(chain.verifiedHeartbeat(chipId, 1), "epoch 1 was missed");
                assertTrue(renter.offers(OfferQuery.ALL).get(0).uptime() < 1.0, "the missed epoch shows in the proven uptime");
                assertTrue(devnet.headNumber() < 4 * E, "still in epoch 3");

                // 7. the renter ends early: 1 of 2 hours used, 3 of 4 epochs proven
                renter.endLease(leaseId);
                mine.run();
                LeaseView ended = renter.leases().get(0);
                assertEquals(LeaseRecord.State.ENDED, ended.state());
                assertEquals(LeaseRecord.EndReason.RENTER_ENDED, ended.endReason());
                assertTrue(ended.startTime() + 3600 > timestamp(rpc, ended.provenAtBlock()), "still in the first hour");
                BigInteger escrow = UNC.multiply(BigInteger.TWO);
                BigInteger providerAmount = escrow.multiply(BigInteger.ONE).multiply(BigInteger.valueOf(3))
                        .divide(BigInteger.TWO.multiply(BigInteger.valueOf(4)));
                BigInteger refund = escrow.subtract(providerAmount);
                assertEquals(providerAmount, ended.settlement().orElseThrow().providerAmountWei());
                assertEquals(refund, ended.settlement().orElseThrow().refundWei());
                assertTrue(refund.compareTo(UNC) > 0, "the refund covers the unused hour and the offline epoch");
                assertEquals(UNC.multiply(BigInteger.valueOf(3)).add(refund), renter.credit().value());

                // 8. the provider claims through the CLI (mine stopped): its balance grows by exactly its share less the fee
                CliRun income = CliRun.inDataDir(providerHome, "market", "income", "--rpc", devnet.rpcUrl().toString(), "--account", provider);
                assertEquals(0, income.exit(), income.err());
                assertTrue(income.out().contains(": 0.75 UNC"), income.out());
                long beforeClaim = devnet.headNumber();
                CliRun claim = CliRun.inDataDir(providerHome, concat(new String[] {"market", "income", "--claim"}, common));
                assertEquals(0, claim.exit(), claim.err());
                Matcher claimTx = Pattern.compile("claim income: sent (0x[0-9a-f]{64})").matcher(claim.out());
                assertTrue(claimTx.find(), claim.out());
                mine.run();
                JsonNode claimReceipt = rpc.call("eth_getTransactionReceipt", claimTx.group(1));
                assertTrue(receiptOk(rpc, claimTx.group(1)));
                assertEquals(balance(rpc, provider, beforeClaim).add(providerAmount)
                                .subtract(q(claimReceipt, "gasUsed").multiply(q(claimReceipt, "effectiveGasPrice"))),
                        balance(rpc, provider, devnet.headNumber()), "claimed income = escrow - refund, to the wei");
                CliRun none = CliRun.inDataDir(providerHome, "market", "income", "--rpc", devnet.rpcUrl().toString(), "--account", provider);
                assertTrue(none.out().contains(": 0 UNC"), none.out());

                // 9. the renter withdraws everything; reconciliation to the wei
                renter.withdraw(renter.credit().value());
                mine.run();
                assertEquals(BigInteger.ZERO, renter.credit().value());
                long end = devnet.headNumber();
                assertEquals(BigInteger.ZERO, balance(rpc, SystemModules.LEASE_MARKET_HEX, end), "the market holds nothing any more");
                BigInteger renterFees = BigInteger.ZERO;
                for (OutboxEntry e : outbox.forSender(renterAccount)) {
                    JsonNode receipt = rpc.call("eth_getTransactionReceipt", e.hash());
                    assertTrue(receiptOk(rpc, e.hash()), e.toString());
                    renterFees = renterFees.add(q(receipt, "gasUsed").multiply(q(receipt, "effectiveGasPrice")));
                }
                assertEquals(renterBefore.subtract(renterFees).subtract(providerAmount), balance(rpc, renterAccount.lower(), end),
                        "the renter paid exactly the provider's share plus its fees");
                BigInteger minted = BigInteger.ZERO;
                BigInteger burned = BigInteger.ZERO;
                for (long n = 1; n <= end; n++) {
                    JsonNode b = rpc.call("eth_getBlockByNumber", Numeric.toHexStringWithPrefix(BigInteger.valueOf(n)), false);
                    burned = burned.add(q(b, "gasUsed").multiply(q(b, "baseFeePerGas")));
                    if (!b.get("miner").asText().equals(ZERO)) {
                        minted = minted.add(PARAMS.rewardSchedule().rewardAt(n));
                    }
                }
                assertTrue(burned.signum() > 0 && minted.signum() > 0);
                assertEquals(minted.subtract(burned), sum(rpc, watched, end).subtract(supplyBefore),
                        "total supply change = minted rewards - burned fees");
            }
        }
    }

    /** {@code utilitynet mine} in a child JVM on this test's class path, its output collected line by line. */
    private record MineProcess(Process process, List<String> lines, Thread reader) {
        static MineProcess start(Path home, String account, Path passwordFile, Devnet devnet, String... extra) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                    "--data-dir", home.toString(), "mine", "--account", account, "--password-file", passwordFile.toString(),
                    "--rpc", devnet.rpcUrl().toString()));
            cmd.addAll(List.of(extra));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (java.io.IOException closed) {
                    // the process is gone
                }
            }, "mine-child-output");
            reader.setDaemon(true);
            reader.start();
            return new MineProcess(p, lines, reader);
        }

        /** Waits (up to 60 s) for a line of its output matching {@code pattern}. */
        Matcher await(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            synchronized (lines) {
                for (int seen = 0; ; ) {
                    for (; seen < lines.size(); seen++) {
                        Matcher m = pattern.matcher(lines.get(seen));
                        if (m.find()) {
                            return m;
                        }
                    }
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || (!reader.isAlive() && seen == lines.size())) { // output read to its end
                        throw new AssertionError("mine never printed /" + pattern + "/:\n" + log());
                    }
                    lines.wait(Math.min(left, 200));
                }
            }
        }

        /**
         * Stops it as a service manager would (SIGTERM: mine stops mining and closes its stores; the data directory's lock
         * goes with the process) and returns its exit code: 0 when it had already exited by itself, else 143 (SIGTERM).
         */
        int stop() throws InterruptedException {
            boolean running = process.isAlive();
            process.toHandle().destroy(); // SIGTERM; unlike Process.destroy() this leaves its output to be read to the end
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mine did not stop on SIGTERM:\n" + log());
            }
            if (running) {
                assertEquals(143, process.exitValue(), log());
                await(Pattern.compile("mining stopped; head \\d+")); // it stopped mining and closed its stores on the signal
            }
            return process.exitValue();
        }

        String log() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    /** Waits (up to 60 s) until the mine process has a transaction in the devnet's pool (a heartbeat, here). */
    private static void awaitTransactionFrom(HttpRpcClient rpc, String account, MineProcess mine) throws InterruptedException {
        awaitCondition(() -> Numeric.toBigInt(rpc.call("eth_getTransactionCount", account, "pending").asText())
                .compareTo(Numeric.toBigInt(rpc.call("eth_getTransactionCount", account, "latest").asText())) > 0, mine, "a transaction");
    }

    private static void awaitCondition(BooleanSupplier done, MineProcess mine, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline || !mine.process().isAlive()) {
                throw new AssertionError("mine never produced " + what + ":\n" + mine.log());
            }
            Thread.sleep(50);
        }
    }

    private static WalletStore wallet(Path home, int devAccount) throws Exception {
        Path file = home.resolve("data/devnet/wallet.json");
        Files.createDirectories(file.getParent());
        WalletStore store = WalletStore.create(file, "devnet", PASSWORD.toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        store.importPrivateKey(DevnetAccounts.privateKey(devAccount), "account " + devAccount);
        return store;
    }

    private static boolean wonBy(HttpRpcClient rpc, long block, String account) {
        return rpc.call("eth_getBlockByNumber", Numeric.toHexStringWithPrefix(BigInteger.valueOf(block)), false).get("miner").asText()
                .equalsIgnoreCase(account);
    }

    private static boolean receiptOk(HttpRpcClient rpc, String tx) {
        JsonNode r = rpc.call("eth_getTransactionReceipt", tx);
        return r != null && !r.isNull() && "0x1".equals(r.get("status").asText());
    }

    private static long timestamp(HttpRpcClient rpc, long block) {
        return q(rpc.call("eth_getBlockByNumber", Numeric.toHexStringWithPrefix(BigInteger.valueOf(block)), false), "timestamp").longValueExact();
    }

    private static BigInteger balance(HttpRpcClient rpc, String address, long block) {
        return Numeric.toBigInt(rpc.call("eth_getBalance", address, Numeric.toHexStringWithPrefix(BigInteger.valueOf(block))).asText());
    }

    private static BigInteger sum(HttpRpcClient rpc, List<String> addresses, long block) {
        BigInteger s = BigInteger.ZERO;
        for (String a : addresses) {
            s = s.add(balance(rpc, a, block));
        }
        return s;
    }

    private static BigInteger q(JsonNode n, String field) {
        return Numeric.toBigInt(n.get(field).asText());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
