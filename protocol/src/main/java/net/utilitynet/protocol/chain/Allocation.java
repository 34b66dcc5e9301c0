package net.utilitynet.protocol.chain;

import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/** A genesis balance: {@code balanceWei} credited to {@code address}. */
public record Allocation(byte[] address, BigInteger balanceWei) {

    public Allocation {
        if (address == null || address.length != 20) {
            throw new ChainParamsException("allocation address: expected 20 bytes");
        }
        address = address.clone();
        if (balanceWei == null || balanceWei.signum() < 0 || balanceWei.bitLength() > 256) {
            throw new ChainParamsException("allocation balance of " + Numeric.toHexString(address) + ": must be a uint256 in wei");
        }
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation a && Arrays.equals(address, a.address) && balanceWei.equals(a.balanceWei);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address) * 31 + balanceWei.hashCode();
    }

    @Override
    public String toString() {
        return "Allocation[" + Numeric.toHexString(address) + "=" + balanceWei + " wei]";
    }
}
