package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.miner.rewards.LedgerBlock;
import net.utilitynet.miner.rewards.RewardsLedger;
import net.utilitynet.miner.store.MinerDatabase;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chips, attest, rewards and mine commands through picocli, on real files and (for mine) a real devnet. */
class MinerCommandsTest {
    private static final BigInteger UNC = BigInteger.TEN.pow(18);
    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.inDataDir(dir.resolve("home"), args);
    }

    /** A sysfs tree with one H100 SXM5 on the PCI bus and no NVIDIA driver. */
    private Path fakeSysfs() throws Exception {
        Path dev = dir.resolve("sysroot/sys/bus/pci/devices/0000:3b:00.0");
        Files.createDirectories(dev);
        Files.writeString(dev.resolve("vendor"), "0x10de\n");
        Files.writeString(dev.resolve("device"), "0x2330\n");
        Files.writeString(dev.resolve("class"), "0x030200\n");
        Files.writeString(dev.resolve("subsystem_device"), "0x16c1\n");
        return dir.resolve("sysroot");
    }

    @Test
    void chips_fakeSysfsWithH100_listsModelRatingAndWhyItCannotAttest() throws Exception {
        CliRun r = run("chips", "--sysfs-root", fakeSysfs().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1. H100 SXM5 (0000:3b:00.0)"), r.out());
        assertTrue(r.out().contains("attestation: not available"), r.out());
    }

    @Test
    void chipsJson_fakeSysfsWithH100_machineReadable() throws Exception {
        CliRun r = run("chips", "--json", "--sysfs-root", fakeSysfs().toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode chip = new ObjectMapper().readTree(r.out()).get("chips").get(0);
        assertEquals("H100 SXM5", chip.get("model").asText());
        assertEquals("0000:3b:00.0", chip.get("pciAddress").asText());
        assertEquals(false, chip.get("attestable").asBoolean());
        assertTrue(chip.get("attestationReason").asText().length() > 20);
    }

    @Test
    void attest_chipWithoutAttestationPath_exit2WithReason() throws Exception {
        CliRun r = run("attest", "1", "--sysfs-root", fakeSysfs().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: chip 1 (H100 SXM5 (0000:3b:00.0)) cannot be attested: "), r.err());
    }

    @Test
    void attest_unknownChipNumber_exit2NamingTheArgument() throws Exception {
        CliRun r = run("attest", "7", "--sysfs-root", fakeSysfs().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("CHIP: there is no chip 7; 'utilitynet chips' lists 1 chip"), r.err());
    }

    @Test
    void rewards_noLedgerYet_exit2SayingHowToStart() {
        CliRun r = run("rewards");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("utilitynet mine --account"), r.err());
    }

    @Test
    void rewards_ledgerWithWonBlocks_totalsAndCsv() throws Exception {
        Path db = dir.resolve("home/data/devnet/miner.db");
        long t = Instant.parse("2026-11-23T10:00:00Z").getEpochSecond();
        try (MinerDatabase m = MinerDatabase.open(db)) {
            new RewardsLedger(m).record(List.of(
                    new LedgerBlock(31, "0x1f", t, 1, true, true, UNC.multiply(BigInteger.valueOf(100)), BigInteger.ZERO, UNC.multiply(BigInteger.valueOf(50))),
                    new LedgerBlock(32, "0x20", t + 2, 1, true, false, BigInteger.ZERO, BigInteger.ZERO, UNC.multiply(BigInteger.valueOf(50)))));
        }
        Path csv = dir.resolve("rewards.csv");
        CliRun r = run("rewards", "--csv", csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("with a claim 2, won 1"), r.out());
        assertTrue(r.out().contains("Block rewards 100 UNC, priority fees 0 UNC; expected from the power share 100 UNC"), r.out());
        assertTrue(r.out().contains("2026-11-23  won    1  reward 100 UNC"), r.out());
        assertEquals(2, Files.readAllLines(csv).size());
        JsonNode json = new ObjectMapper().readTree(run("rewards", "--json").out());
        assertEquals("100", json.get("rewardUnc").asText());
        assertEquals("2026-11-23", json.get("weekly").get(0).get("start").asText());
    }

    @Test
    void mine_simulatedChipOnDevnet_registersAndMinesUntilAsked() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            Path wallet = dir.resolve("home/data/devnet/wallet.json");
            Files.createDirectories(wallet.getParent());
            WalletStore store = WalletStore.create(wallet, "devnet", "mining password".toCharArray(), Optional.empty(), "", 60,
                    new ScryptCost(1 << 10, 8, 1), new SecureRandom());
            String account = store.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address().checksummed();
            store.lock();
            Path passwordFile = Files.writeString(dir.resolve("pw.txt"), "mining password\n");
            CompletableFuture<CliRun> mining = CompletableFuture.supplyAsync(() -> run("mine", "--account", account,
                    "--password-file", passwordFile.toString(), "--rpc", devnet.rpcUrl().toString(), "--simulated-chips", "1",
                    "--auto-start", "--gateway-port", "0", "--gateway-url", "https://gpu.example.org:8646", "--exit-after-blocks", "3"));
            CliRun r = null;
            while (r == null) {
                devnet.mineBlock();
                try {
                    r = mining.get(1, TimeUnit.SECONDS); // waits on the command; a block per second keeps heads coming
                } catch (TimeoutException stillMining) {
                    // mine another block
                }
            }
            assertEquals(0, r.exit(), r.err() + r.out());
            assertTrue(r.out().contains("simulated chip simulated-"), r.out());
            assertTrue(r.out().contains("registration of Simulated"), r.out());
            assertTrue(r.out().contains("mining stopped"), r.out());
            assertTrue(r.out().contains("lease access gateway at https://gpu.example.org:8646"), "the public URL goes into grants: " + r.out());
            CliRun badUrl = run("mine", "--account", account, "--password-file", passwordFile.toString(), "--rpc", devnet.rpcUrl().toString(),
                    "--gateway-url", "gpu.example.org", "--exit-after-blocks", "1");
            assertEquals(2, badUrl.exit());
            assertTrue(badUrl.err().contains("gateway public URL: 'gpu.example.org' is not an http(s) URL"), badUrl.err());
            assertTrue(Files.exists(dir.resolve("home/data/devnet/miner.db")));
            CliRun rewards = run("rewards", "--json");
            assertEquals(0, rewards.exit(), rewards.err());
            assertTrue(new ObjectMapper().readTree(rewards.out()).get("blocksScanned").asLong() >= 1, rewards.out());
        }
    }
}
