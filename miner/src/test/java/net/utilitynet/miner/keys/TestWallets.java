package net.utilitynet.miner.keys;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.store.WalletStore;

/** A real encrypted wallet store with a cheap KDF, for tests. */
public final class TestWallets {
    private TestWallets() {
    }

    public static WalletStore create(Path dir) {
        return WalletStore.create(dir.resolve("wallet.json"), "devnet", "test password 123".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
    }
}
