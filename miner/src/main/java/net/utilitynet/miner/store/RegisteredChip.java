package net.utilitynet.miner.store;

import net.utilitynet.wallet.address.Address;

/**
 * A chip this miner sent {@code registerChip} for: its on-chain id, the detected chip's local id (UUID or the
 * simulated chip's id), vendor and model, the registering account (the miner), the payout address and the
 * registration transaction. Whether it is registered is read from verified registry storage, never from here.
 */
public record RegisteredChip(String chipId, String localId, String vendor, String model, Address owner, Address payout,
                             String registerTx) {
}
