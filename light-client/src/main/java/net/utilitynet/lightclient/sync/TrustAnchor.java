package net.utilitynet.lightclient.sync;

import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * The header the user (or the bundled network config) trusts without verification: the genesis hash for the
 * devnet, a {@code NUMBER:HASH} checkpoint for other networks. For POCI networks it must be a checkpoint height.
 */
public record TrustAnchor(long number, byte[] hash) {
    public TrustAnchor {
        if (number < 0) {
            throw new IllegalArgumentException("checkpoint number: must not be negative but is " + number);
        }
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException("checkpoint hash: expected 32 bytes (0x + 64 hex digits)");
        }
        hash = hash.clone();
    }

    /** Parses {@code NUMBER:0xHASH}, e.g. {@code 0:0x1234…}. */
    public static TrustAnchor parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("checkpoint '" + text + "': expected NUMBER:HASH, e.g. 1024:0xabc…");
        }
        long number;
        try {
            number = Long.parseLong(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint '" + text + "': NUMBER must be a decimal block number");
        }
        String hex = text.substring(colon + 1).trim();
        if (!hex.matches("0x[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("checkpoint '" + text + "': HASH must be 0x followed by 64 hex digits");
        }
        return new TrustAnchor(number, Numeric.hexStringToByteArray(hex));
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public boolean matches(byte[] otherHash) {
        return Arrays.equals(hash, otherHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustAnchor a && a.number == number && Arrays.equals(a.hash, hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return number + ":" + Numeric.toHexString(hash);
    }
}
