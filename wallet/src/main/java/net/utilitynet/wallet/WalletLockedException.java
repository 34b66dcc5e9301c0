package net.utilitynet.wallet;

/** A secret was asked for while the wallet store is locked; unlock it with the password first. */
public class WalletLockedException extends WalletException {
    private static final long serialVersionUID = 1L;

    public WalletLockedException() {
        super("the wallet is locked: unlock it with your password first");
    }
}
