package net.utilitynet.wallet;

import java.nio.file.Path;

/**
 * Per-network settings of a {@link Wallet}.
 *
 * @param network               display name ("devnet")
 * @param chainId               the chain id signatures are bound to (devnet 21844); a node reporting another is refused
 * @param outboxFile            SQLite file of the transaction outbox
 * @param requiredConfirmations confirmations after which a transaction shows as confirmed
 */
public record WalletConfig(String network, long chainId, Path outboxFile, int requiredConfirmations) {
    public static final long DEVNET_CHAIN_ID = 21844;
}
