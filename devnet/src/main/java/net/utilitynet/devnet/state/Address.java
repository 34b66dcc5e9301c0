package net.utilitynet.devnet.state;

import java.util.Arrays;
import org.web3j.utils.Numeric;

/** A 20-byte account address with value equality, usable as a map key. */
public final class Address implements Comparable<Address> {
    public static final Address ZERO = new Address(new byte[20]);

    private final byte[] bytes;
    private final int hash;

    private Address(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    public static Address of(byte[] bytes) {
        if (bytes.length != 20) {
            throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.length);
        }
        return new Address(bytes.clone());
    }

    public static Address fromHex(String hex) {
        return of(Numeric.hexStringToByteArray(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return Numeric.toHexString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
