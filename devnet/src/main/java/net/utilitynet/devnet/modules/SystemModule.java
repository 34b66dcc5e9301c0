package net.utilitynet.devnet.modules;

import net.utilitynet.devnet.state.Address;

/** A system module: native code at a fixed address, called with the Ethereum ABI (design §4.6). */
public interface SystemModule {
    Address address();

    /**
     * Runs one call. State changes go to {@code call.state()}, which the caller drops when the result is a
     * revert; the value has already been moved to this module's balance.
     */
    ModuleResult call(ModuleCall call);
}
