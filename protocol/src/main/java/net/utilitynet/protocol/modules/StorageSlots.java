package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Hash;

/**
 * Solidity-compatible storage addressing for the system modules: {@code mapping} values at
 * {@code keccak256(pad32(key) ‖ pad32(slot))}, struct fields at consecutive slots from there, one field per slot
 * (no packing). Values are 32-byte big-endian words, as {@code eth_getStorageAt} and {@code eth_getProof} return them.
 */
public final class StorageSlots {
    public static final int WORD = 32;
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private StorageSlots() {
    }

    /** Slot number {@code n} as a 32-byte key. */
    public static byte[] slot(long n) {
        return word(n);
    }

    /** The slot of {@code mapping[key]} for a mapping declared at {@code slot}; {@code key} is a 32-byte word. */
    public static byte[] mapping(byte[] key, byte[] slot) {
        if (key.length != WORD || slot.length != WORD) {
            throw new IllegalArgumentException("mapping key and slot must be 32-byte words");
        }
        byte[] buf = new byte[2 * WORD];
        System.arraycopy(key, 0, buf, 0, WORD);
        System.arraycopy(slot, 0, buf, WORD, WORD);
        return Hash.sha3(buf);
    }

    public static byte[] mapping(byte[] key, long slot) {
        return mapping(key, slot(slot));
    }

    /** Struct field {@code offset} of a struct stored from {@code base}. */
    public static byte[] field(byte[] base, int offset) {
        return word(new BigInteger(1, base).add(BigInteger.valueOf(offset)).mod(TWO_256));
    }

    /** The slots of all fields of a struct of {@code count} fields stored from {@code base}. */
    public static List<byte[]> fields(byte[] base, int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(field(base, i));
        }
        return out;
    }

    /** An address as a mapping key or value word (left-padded with zeros). */
    public static byte[] addressWord(byte[] address) {
        if (address == null || address.length != 20) {
            throw new IllegalArgumentException("address must be 20 bytes");
        }
        byte[] w = new byte[WORD];
        System.arraycopy(address, 0, w, 12, 20);
        return w;
    }

    /** A non-negative integer as a 32-byte word. */
    public static byte[] word(long value) {
        return word(BigInteger.valueOf(value));
    }

    public static byte[] word(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new IllegalArgumentException("storage words hold uint256 values");
        }
        byte[] raw = value.toByteArray();
        byte[] w = new byte[WORD];
        int n = Math.min(raw.length, WORD);
        System.arraycopy(raw, raw.length - n, w, WORD - n, n);
        return w;
    }

    public static byte[] word(boolean value) {
        return word(value ? 1 : 0);
    }

    /** A 32-byte value (bytes32) used as is. */
    public static byte[] bytes32(byte[] value) {
        if (value == null || value.length != WORD) {
            throw new IllegalArgumentException("bytes32 value must be 32 bytes");
        }
        return value.clone();
    }
}
