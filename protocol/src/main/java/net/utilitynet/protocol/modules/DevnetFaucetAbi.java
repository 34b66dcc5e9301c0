package net.utilitynet.protocol.modules;

/** Devnet only: the log the faucet account {@link SystemModules#DEVNET_FAUCET_HEX} emits for each payment. */
public final class DevnetFaucetAbi {
    /** {@code FaucetDrip(address indexed to, uint256 amount)}. */
    public static final AbiEvent FAUCET_DRIP = new AbiEvent("FaucetDrip", "address indexed,uint256");

    private DevnetFaucetAbi() {
    }
}
