package net.utilitynet.wallet.keystore;

/**
 * scrypt cost parameters. {@link #STANDARD} is the ethers/MetaMask default (N = 2^17, r = 8, p = 1,
 * 128 MiB, about half a second); tests pass small values so that they stay fast.
 */
public record ScryptCost(int n, int r, int p) {
    public static final ScryptCost STANDARD = new ScryptCost(1 << 17, 8, 1);
    /** geth's {@code --lightkdf} cost (N = 2^12, r = 8, p = 6: 4 MiB) for machines short of memory; weaker. */
    public static final ScryptCost LIGHT = new ScryptCost(1 << 12, 8, 6);

    public ScryptCost {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt n must be a power of two ≥ 2, r and p ≥ 1");
        }
    }
}
