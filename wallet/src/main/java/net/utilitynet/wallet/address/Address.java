package net.utilitynet.wallet.address;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import net.utilitynet.wallet.InvalidInputException;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A 20-byte account address. Parsing follows EIP-55: all-lowercase and all-uppercase hex are
 * accepted as unchecksummed; mixed case must match the checksum, since a mis-cased character
 * is the typical sign of a typo.
 */
public final class Address implements Comparable<Address> {
    private static final Pattern HEX40 = Pattern.compile("[0-9a-fA-F]{40}");
    private final String lowerHex; // 40 lowercase hex chars, no prefix

    private Address(String lowerHex) {
        this.lowerHex = lowerHex;
    }

    /** Parses user input; {@code field} names the input in the error message. */
    public static Address parse(String input, String field) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException(field, "enter an address (0x followed by 40 hex characters)");
        }
        String s = input.strip();
        if (!s.startsWith("0x") && !s.startsWith("0X")) {
            throw new InvalidInputException(field, "an address starts with 0x; add the 0x prefix");
        }
        String hex = s.substring(2);
        if (!HEX40.matcher(hex).matches()) {
            throw new InvalidInputException(field, "an address is 0x followed by exactly 40 hex characters (0-9, a-f); got "
                    + hex.length() + " characters" + (hex.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? "" : " with non-hex characters"));
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        boolean mixed = !hex.equals(lower) && !hex.equals(hex.toUpperCase(Locale.ROOT));
        if (mixed) {
            String expected = Keys.toChecksumAddress(lower);
            if (!expected.substring(2).equals(hex)) {
                throw new InvalidInputException(field, "the EIP-55 checksum (upper/lower case) does not match, so the address "
                        + "may contain a typo; copy it again from the recipient, or enter it all in lower case to skip the check");
            }
        }
        return new Address(lower);
    }

    /** Parses a trusted, machine-written address (any case accepted, checksum not enforced). */
    public static Address ofTrusted(String hex) {
        String h = Numeric.cleanHexPrefix(hex).toLowerCase(Locale.ROOT);
        if (!HEX40.matcher(h).matches()) {
            throw new InvalidInputException("address", "expected 0x followed by 40 hex characters");
        }
        return new Address(h);
    }

    public static Address ofBytes(byte[] twentyBytes) {
        if (twentyBytes.length != 20) {
            throw new IllegalArgumentException("an address is 20 bytes, got " + twentyBytes.length);
        }
        return new Address(Numeric.toHexStringNoPrefix(twentyBytes));
    }

    /** EIP-55 checksummed form, e.g. 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266. */
    public String checksummed() {
        return Keys.toChecksumAddress(lowerHex);
    }

    /** 0x-prefixed lowercase form, used as a stable key in stores. */
    public String lower() {
        return "0x" + lowerHex;
    }

    public byte[] bytes() {
        return Numeric.hexStringToByteArray(lowerHex);
    }

    /** True when both share the first and last 4 hex characters: what a poisoning attack forges. */
    public boolean looksLike(Address other) {
        return !equals(other)
                && lowerHex.regionMatches(0, other.lowerHex, 0, 4)
                && lowerHex.regionMatches(36, other.lowerHex, 36, 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.lowerHex.equals(lowerHex);
    }

    @Override
    public int hashCode() {
        return lowerHex.hashCode();
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes(), o.bytes());
    }

    @Override
    public String toString() {
        return checksummed();
    }
}
