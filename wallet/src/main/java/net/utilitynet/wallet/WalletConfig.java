package net.utilitynet.wallet;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Per-network settings of a {@link Wallet}.
 *
 * @param network               display name ("devnet")
 * @param chainId               the chain id signatures are bound to (devnet 21844); a node reporting another is refused
 * @param outboxFile            SQLite file of the transaction outbox
 * @param requiredConfirmations confirmations after which a transaction shows as confirmed
 * @param autoLockAfter         idle time after which the wallet store locks itself
 */
public record WalletConfig(String network, long chainId, Path outboxFile, int requiredConfirmations, Duration autoLockAfter) {
    public static final long DEVNET_CHAIN_ID = 21844;
    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(5);

    /** With the default auto-lock of 5 minutes. */
    public WalletConfig(String network, long chainId, Path outboxFile, int requiredConfirmations) {
        this(network, chainId, outboxFile, requiredConfirmations, DEFAULT_AUTO_LOCK);
    }
}
