package net.utilitynet.protocol.rlp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A decoded RLP byte string. It views the decoder's input (no copy until asked) and offers typed,
 * strict readers: integers must be minimal (no leading zero bytes), fixed-size fields must match.
 */
public final class RlpString implements RlpItem {
    private final byte[] source;
    private final int headerOffset;
    private final int offset;
    private final int length;

    RlpString(byte[] source, int headerOffset, int offset, int length) {
        this.source = source;
        this.headerOffset = headerOffset;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public RlpString asString(String field) {
        return this;
    }

    @Override
    public RlpList asList(String field) {
        throw new RlpException(field + ": expected an RLP list but found a byte string of " + length + " bytes");
    }

    @Override
    public byte[] encoded() {
        return Arrays.copyOfRange(source, headerOffset, offset + length);
    }

    /** Number of payload bytes. */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** A copy of the payload bytes. */
    public byte[] bytes() {
        return Arrays.copyOfRange(source, offset, offset + length);
    }

    /** The payload, which must be exactly {@code size} bytes long. */
    public byte[] bytes(int size, String field) {
        if (length != size) {
            throw new RlpException(field + ": expected " + size + " bytes but found " + length);
        }
        return bytes();
    }

    /** The payload, which must be at most {@code maxSize} bytes long. */
    public byte[] bytesAtMost(int maxSize, String field) {
        if (length > maxSize) {
            throw new RlpException(field + ": at most " + maxSize + " bytes allowed but found " + length);
        }
        return bytes();
    }

    /** The payload as an unsigned integer that fits in a signed long (at most 2^63-1). */
    public long uint64(String field) {
        checkMinimal(field);
        if (length > 8 || (length == 8 && (source[offset] & 0x80) != 0)) {
            throw new RlpException(field + ": integer does not fit in 63 bits (" + length + " bytes)");
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (source[offset + i] & 0xff);
        }
        return value;
    }

    /** The payload as an unsigned integer of at most {@code maxBits} bits (256 for EVM words). */
    public BigInteger uint(int maxBits, String field) {
        checkMinimal(field);
        if (length * 8L > ((maxBits + 7) / 8) * 8L) {
            throw new RlpException(field + ": integer longer than " + maxBits + " bits (" + length + " bytes)");
        }
        BigInteger value = length == 0 ? BigInteger.ZERO : new BigInteger(1, source, offset, length);
        if (value.bitLength() > maxBits) {
            throw new RlpException(field + ": integer longer than " + maxBits + " bits");
        }
        return value;
    }

    /** A uint256 (the default for EVM quantities). */
    public BigInteger uint256(String field) {
        return uint(256, field);
    }

    private void checkMinimal(String field) {
        if (length > 0 && source[offset] == 0) {
            throw new RlpException(field + ": integer has a leading zero byte; integers must be minimal (0 is the empty string)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RlpString other
                && Arrays.equals(source, offset, offset + length, other.source, other.offset, other.offset + other.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + source[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "RlpString[" + length + " bytes]";
    }
}
