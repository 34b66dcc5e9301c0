package net.utilitynet.wallet.anvil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.WalletConfig;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.tx.TxPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * End to end on real parts: the wallet signs, Anvil (an independent node) accepts and mines the
 * transaction, and the light client proves balance, nonce and inclusion. Skipped only when the
 * anvil binary is missing (light-client's scripts/install-anvil.sh installs it).
 */
class WalletOnAnvilTest {
    static final Address ME = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    static final Address BOB = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path dir;

    @Test
    void send_signedByWallet_minedByAnvilAndConfirmedByLightClientProofs() throws Exception {
        Optional<Path> binary = Anvil.binary();
        assumeTrue(binary.isPresent(), "anvil not installed; run scripts/install-anvil.sh");
        try (Anvil anvil = Anvil.start(binary.get(), WalletConfig.DEVNET_CHAIN_ID)) {
            HttpRpcClient node = new HttpRpcClient(anvil.uri);
            node.call("anvil_mine", "0x1"); // Anvil's genesis header carries the empty state root, so prove from block 1
            JsonNode genesis = node.call("eth_getBlockByNumber", "0x0", false);
            TrustAnchor anchor = new TrustAnchor(0, Numeric.hexStringToByteArray(genesis.get("hash").asText()));
            try (LightClient lc = LightClient.open(LightClientConfig.of(List.of(anvil.uri), dir.resolve("headers.db"),
                    SyncConfig.of(SyncMode.LINKAGE_ONLY, anchor, null)))) {
                lc.sync().join();
                WalletStore store = WalletStore.create(dir.resolve("devnet.wallet"), "devnet", PASSWORD.clone(),
                        Optional.of(Mnemonic.parse("test test test test test test test test test test test junk")), "", 60,
                        new ScryptCost(1 << 10, 8, 1), new SecureRandom());
                LightClientChainAccess chain = new LightClientChainAccess(lc);
                try (Wallet w = Wallet.open(new WalletConfig("devnet", WalletConfig.DEVNET_CHAIN_ID, dir.resolve("outbox.db"), 1), store, chain)) {
                    assertEquals(UncAmount.ofUnc(10_000), w.verifiedBalance(ME).get());
                    BigInteger bobBefore = chain.verifiedBalance(BOB);

                    TxPreview p = w.prepareTransfer(ME, BOB.checksummed(), "1.25", w.feePresets().get().normal()).get();
                    assertEquals(BigInteger.ZERO, p.nonce());
                    OutboxEntry sent = w.confirmAndSend(p, PASSWORD.clone()).get();
                    assertEquals(OutboxState.PENDING, sent.state());

                    lc.sync().join(); // Anvil auto-mines: the block with our transaction is now verified
                    List<OutboxEntry> after = w.refreshOutbox().get();
                    OutboxEntry done = after.stream().filter(e -> e.hash().equals(sent.hash())).findFirst().orElseThrow();
                    assertEquals(OutboxState.CONFIRMED, done.state());
                    assertEquals(2, done.blockNumber());
                    assertEquals(BigInteger.ONE, chain.verifiedNonce(ME));
                    assertEquals(bobBefore.add(UncAmount.parsePositive("1.25", "a").wei()), chain.verifiedBalance(BOB));
                    assertTrue(chain.verifiedInclusion("0x" + "00".repeat(32)).isEmpty());

                    TxPreview second = w.prepareTransfer(ME, BOB.checksummed(), "1", w.feePresets().get().fast()).get();
                    assertEquals(BigInteger.ONE, second.nonce());
                }
            }
        }
    }
}
