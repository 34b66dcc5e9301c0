package net.utilitynet.protocol.bloom;

import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.ProtocolException;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The 2048-bit logs bloom of receipts and headers (Yellow Paper §4.3.1, M3:2048): each log address and
 * topic sets three bits taken from the first six bytes of its keccak-256 hash. Immutable: every
 * {@code add} returns a new bloom.
 */
public final class LogsBloom {
    public static final int BYTES = 256;
    private static final LogsBloom EMPTY = new LogsBloom(new byte[BYTES]);

    private final byte[] bits;

    private LogsBloom(byte[] bits) {
        this.bits = bits;
    }

    public static LogsBloom empty() {
        return EMPTY;
    }

    /** A bloom from its 256-byte form (a header's or receipt's {@code logsBloom}). */
    public static LogsBloom fromBytes(byte[] bloom) {
        if (bloom == null || bloom.length != BYTES) {
            throw new ProtocolException("logs bloom must be " + BYTES + " bytes but is "
                    + (bloom == null ? "null" : bloom.length + " bytes"));
        }
        return new LogsBloom(bloom.clone());
    }

    /** The bloom of one log: its address and each topic. */
    public static LogsBloom ofLog(byte[] address, List<byte[]> topics) {
        LogsBloom bloom = EMPTY.addAddress(address);
        for (byte[] topic : topics) {
            bloom = bloom.addTopic(topic);
        }
        return bloom;
    }

    public LogsBloom addAddress(byte[] address) {
        return add(checkLength(address, 20, "log address"));
    }

    public LogsBloom addTopic(byte[] topic) {
        return add(checkLength(topic, 32, "log topic"));
    }

    /** The union of two blooms (a block's bloom is the union of its receipts' blooms). */
    public LogsBloom or(LogsBloom other) {
        byte[] out = bits.clone();
        for (int i = 0; i < BYTES; i++) {
            out[i] |= other.bits[i];
        }
        return new LogsBloom(out);
    }

    /** Whether the address may be in the bloom: false is certain, true may be a false positive. */
    public boolean mayContainAddress(byte[] address) {
        return contains(checkLength(address, 20, "log address"));
    }

    /** Whether the topic may be in the bloom: false is certain, true may be a false positive. */
    public boolean mayContainTopic(byte[] topic) {
        return contains(checkLength(topic, 32, "log topic"));
    }

    /** Whether every bit set in {@code other} is set here. */
    public boolean containsAll(LogsBloom other) {
        for (int i = 0; i < BYTES; i++) {
            if ((bits[i] & other.bits[i]) != other.bits[i]) {
                return false;
            }
        }
        return true;
    }

    public byte[] toBytes() {
        return bits.clone();
    }

    private LogsBloom add(byte[] value) {
        byte[] out = bits.clone();
        byte[] hash = Hash.sha3(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((hash[i] & 0xff) << 8 | (hash[i + 1] & 0xff)) & 2047;
            out[BYTES - 1 - bit / 8] |= (byte) (1 << (bit % 8));
        }
        return new LogsBloom(out);
    }

    private boolean contains(byte[] value) {
        return containsAll(EMPTY.add(value));
    }

    private static byte[] checkLength(byte[] value, int length, String what) {
        if (value == null || value.length != length) {
            throw new ProtocolException(what + " must be " + length + " bytes but is "
                    + (value == null ? "null" : value.length + " bytes"));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogsBloom other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "LogsBloom[" + Numeric.toHexString(bits) + "]";
    }
}
