package net.utilitynet.wallet.store;

/** Where an account's key comes from. */
public enum AccountKind {
    /** Derived from the wallet's mnemonic at {@code m/44'/coin'/0'/0/i}. */
    HD,
    /** A raw private key or keystore imported into the wallet. */
    IMPORTED,
    /** An address without a key: balances and history only, cannot sign. */
    WATCH_ONLY
}
