package net.utilitynet.devnet.modules;

import java.math.BigInteger;
import net.utilitynet.devnet.execution.BlockContext;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.WorldState;

/**
 * One call into a system module.
 *
 * @param readOnly true for eth_call: the module may compute as usual, its writes are discarded afterwards
 */
public record ModuleCall(WorldState state, BlockContext block, Address sender, BigInteger value, byte[] data, boolean readOnly) {
}
