package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import java.util.function.LongFunction;
import net.utilitynet.devnet.state.Address;

/**
 * What a transaction can see of the block it runs in.
 *
 * @param epoch     the POCI epoch of this block: (number-1) div epochLength
 * @param blockHash hash of an earlier block by number (null when there is none)
 */
public record BlockContext(long chainId, long number, long timestamp, Address coinbase, BigInteger baseFee, long gasLimit,
                           long epoch, long epochLength, LongFunction<byte[]> blockHash) {

    /** Hash of the checkpoint block that opened {@code epoch} (block epoch·E). */
    public byte[] checkpointHash(long epoch) {
        return blockHash.apply(epoch * epochLength);
    }
}
