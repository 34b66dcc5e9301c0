package net.utilitynet.protocol.poci;

import java.nio.ByteBuffer;
import java.util.Arrays;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The chain's randomness {@code R(h)}, carried in mixHash (design §4.2): {@code keccak256(R(h-1) ‖ beta)} when
 * block h carries a claim, else {@code keccak256(R(h-1) ‖ uint64be(h))}; {@code R(0)} is the genesis mixHash.
 */
public final class Randomness {
    private Randomness() {
    }

    /** {@code R(h)} from {@code R(h-1)}; {@code beta} is the claim's VRF output, or null without a claim. */
    public static byte[] next(byte[] previous, long height, byte[] beta) {
        if (previous == null || previous.length != 32) {
            throw new IllegalArgumentException("R(h-1) must be 32 bytes");
        }
        if (beta != null && beta.length != 32) {
            throw new IllegalArgumentException("beta must be 32 bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate(beta == null ? 40 : 64).put(previous);
        if (beta == null) {
            buf.putLong(height);
        } else {
            buf.put(beta);
        }
        return Hash.sha3(buf.array());
    }

    /** Checks the header's mixHash and returns it as {@code R(h)}. */
    public static byte[] verify(BlockHeader header, byte[] previous, byte[] beta) {
        byte[] expected = next(previous, header.number(), beta);
        byte[] actual = header.mixHash();
        if (!Arrays.equals(expected, actual)) {
            throw new PociRuleException(PociRule.RANDOMNESS, "block " + header.number() + ": mixHash " + Numeric.toHexString(actual)
                    + " is not R(h) = " + Numeric.toHexString(expected) + (beta == null ? " (no claim)" : " (with claim)"));
        }
        return actual;
    }
}
