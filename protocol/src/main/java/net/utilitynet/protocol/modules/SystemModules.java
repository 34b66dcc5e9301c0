package net.utilitynet.protocol.modules;

import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * Fixed addresses of the system modules (design §4.6). Nodes implement them natively; their state lives in the
 * module account's storage (layout in docs/protocol.md), so {@code eth_getProof} proves it.
 */
public final class SystemModules {
    public static final String POCI_REGISTRY_HEX = "0x0000000000000000000000000000000000000a01";
    public static final String LEASE_MARKET_HEX = "0x0000000000000000000000000000000000000a02";
    /** Devnet only: the account the faucet pays from; never present on other networks. */
    public static final String DEVNET_FAUCET_HEX = "0x0000000000000000000000000000000000000a03";

    private static final byte[] POCI_REGISTRY = Numeric.hexStringToByteArray(POCI_REGISTRY_HEX);
    private static final byte[] LEASE_MARKET = Numeric.hexStringToByteArray(LEASE_MARKET_HEX);
    private static final byte[] DEVNET_FAUCET = Numeric.hexStringToByteArray(DEVNET_FAUCET_HEX);

    private SystemModules() {
    }

    public static byte[] pociRegistry() {
        return POCI_REGISTRY.clone();
    }

    public static byte[] leaseMarket() {
        return LEASE_MARKET.clone();
    }

    public static byte[] devnetFaucet() {
        return DEVNET_FAUCET.clone();
    }

    /** Whether {@code address} is one of the module addresses (including the devnet faucet). */
    public static boolean isSystemModule(byte[] address) {
        return Arrays.equals(address, POCI_REGISTRY) || Arrays.equals(address, LEASE_MARKET) || Arrays.equals(address, DEVNET_FAUCET);
    }
}
