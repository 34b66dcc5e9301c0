package net.utilitynet.wallet.market;

import java.security.SecureRandom;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.store.WalletStore;

/**
 * The P-256 encryption keys of the market, generated here and kept in the wallet's encrypted store (miner keys
 * {@code market/renter/<address>} and {@code market/provider/<address>}); only public keys go on chain.
 */
public final class MarketKeys {
    private MarketKeys() {
    }

    /** The renter key of {@code account}, created on first use. The caller wipes the returned scalar. */
    public static byte[] renterKey(WalletStore store, Address account, SecureRandom random) {
        return key(store, "market/renter/" + account.lower(), random);
    }

    /** The provider key of {@code account}, created on first use. The caller wipes the returned scalar. */
    public static byte[] providerKey(WalletStore store, Address account, SecureRandom random) {
        return key(store, "market/provider/" + account.lower(), random);
    }

    private static synchronized byte[] key(WalletStore store, String name, SecureRandom random) {
        return store.minerKey(name).orElseGet(() -> {
            byte[] k = GrantCipher.newPrivateKey(random);
            store.putMinerKey(name, k);
            return k;
        });
    }
}
