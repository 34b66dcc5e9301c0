package net.utilitynet.devnet.rpc;

/**
 * Which block a state or block query refers to: a tag ({@code latest}, {@code pending}, {@code earliest},
 * {@code safe}, {@code finalized}), a number, or (EIP-1898) a block hash.
 */
public record BlockSelector(String tag, Long number, byte[] hash) {
    public static final BlockSelector LATEST = new BlockSelector("latest", null, null);
    public static final BlockSelector PENDING = new BlockSelector("pending", null, null);

    public static BlockSelector ofNumber(long number) {
        return new BlockSelector(null, number, null);
    }

    public static BlockSelector ofHash(byte[] hash) {
        return new BlockSelector(null, null, hash.clone());
    }

    public boolean isPending() {
        return "pending".equals(tag);
    }

    @Override
    public String toString() {
        return tag != null ? tag : number != null ? "block " + number : "block " + org.web3j.utils.Numeric.toHexString(hash);
    }
}
