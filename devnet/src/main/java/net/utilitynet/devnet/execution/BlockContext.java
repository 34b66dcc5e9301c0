package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import net.utilitynet.devnet.state.Address;

/**
 * What a transaction can see of the block it runs in.
 *
 * @param epoch the POCI epoch of this block: (number-1) div epochLength
 */
public record BlockContext(long chainId, long number, long timestamp, Address coinbase, BigInteger baseFee, long gasLimit,
                           long epoch) {
}
