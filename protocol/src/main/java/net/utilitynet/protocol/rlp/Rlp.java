package net.utilitynet.protocol.rlp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpType;

/**
 * Strict RLP decoding (every item must be in its one canonical form) plus thin encoding helpers over
 * Web3j's {@link RlpEncoder}. Web3j's own decoder is lenient and must never see untrusted bytes.
 *
 * <p>Lengths are checked against the remaining input before anything is allocated, so a hostile length
 * prefix costs nothing; nesting deeper than {@link #MAX_DEPTH} is refused instead of overflowing the stack.
 */
public final class Rlp {
    /** Deepest list nesting accepted; protocol structures nest at most a handful of levels. */
    public static final int MAX_DEPTH = 64;

    private Rlp() {
    }

    /** Decodes exactly one item spanning all of {@code input}. */
    public static RlpItem decode(byte[] input) {
        if (input == null || input.length == 0) {
            throw new RlpException("RLP input is empty; expected one encoded item");
        }
        Decoder d = new Decoder(input);
        RlpItem item = d.item(0, input.length, 0);
        if (d.pos != input.length) {
            throw new RlpException("RLP has " + (input.length - d.pos) + " trailing bytes after the first item at offset " + d.pos);
        }
        return item;
    }

    /** Decodes one item that must be a list. */
    public static RlpList decodeList(byte[] input, String field) {
        return decode(input).asList(field);
    }

    private static final class Decoder {
        final byte[] in;
        int pos;

        Decoder(byte[] in) {
            this.in = in;
        }

        RlpItem item(int start, int limit, int depth) {
            pos = start;
            int prefix = in[pos] & 0xff;
            if (prefix < 0x80) {
                pos++;
                return new RlpString(in, start, start, 1);
            }
            if (prefix <= 0xbf) {
                int len = prefix <= 0xb7 ? prefix - 0x80 : longLength(prefix - 0xb7, start, limit, "string");
                int dataStart = pos + (prefix <= 0xb7 ? 1 : 1 + prefix - 0xb7);
                checkFits(start, dataStart, len, limit, "string");
                if (len == 1 && (in[dataStart] & 0xff) < 0x80) {
                    throw new RlpException("non-canonical RLP at offset " + start
                            + ": single byte 0x" + Integer.toHexString(in[dataStart] & 0xff) + " below 0x80 must be encoded as itself");
                }
                pos = dataStart + len;
                return new RlpString(in, start, dataStart, len);
            }
            if (depth >= MAX_DEPTH) {
                throw new RlpException("RLP lists nested deeper than " + MAX_DEPTH + " levels at offset " + start);
            }
            int len = prefix <= 0xf7 ? prefix - 0xc0 : longLength(prefix - 0xf7, start, limit, "list");
            int dataStart = pos + (prefix <= 0xf7 ? 1 : 1 + prefix - 0xf7);
            checkFits(start, dataStart, len, limit, "list");
            int end = dataStart + len;
            List<RlpItem> items = new ArrayList<>();
            int p = dataStart;
            while (p < end) {
                items.add(item(p, end, depth + 1));
                p = pos;
            }
            pos = end;
            return new RlpList(in, start, end, items);
        }

        /** Reads a big-endian length of {@code lenOfLen} bytes following the prefix at {@code start}. */
        private int longLength(int lenOfLen, int start, int limit, String kind) {
            if (start + 1 + lenOfLen > limit) {
                throw new RlpException("RLP " + kind + " at offset " + start + ": length field of " + lenOfLen
                        + " bytes runs past the end of the input");
            }
            if (in[start + 1] == 0) {
                throw new RlpException("non-canonical RLP " + kind + " at offset " + start + ": length has a leading zero byte");
            }
            long len = 0;
            for (int i = 0; i < lenOfLen; i++) {
                len = (len << 8) | (in[start + 1 + i] & 0xff);
                if (len > limit) {
                    throw new RlpException("RLP " + kind + " at offset " + start + ": declared length is larger than the "
                            + (limit - start) + " bytes of input left");
                }
            }
            if (len < 56) {
                throw new RlpException("non-canonical RLP " + kind + " at offset " + start + ": length " + len
                        + " below 56 must use the short form");
            }
            return (int) len;
        }

        private static void checkFits(int start, int dataStart, int len, int limit, String kind) {
            if ((long) dataStart + len > limit) {
                throw new RlpException("RLP " + kind + " at offset " + start + ": declared length " + len
                        + " is larger than the " + Math.max(0, limit - dataStart) + " bytes of input left");
            }
        }
    }

    // ---- encoding helpers (Web3j types) ----

    public static byte[] encode(RlpType item) {
        return RlpEncoder.encode(item);
    }

    public static org.web3j.rlp.RlpString bytes(byte[] value) {
        return org.web3j.rlp.RlpString.create(value);
    }

    /** A non-negative integer in its minimal big-endian form (0 is the empty string). */
    public static org.web3j.rlp.RlpString uint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("RLP integers are unsigned; got " + value);
        }
        return org.web3j.rlp.RlpString.create(value);
    }

    public static org.web3j.rlp.RlpString uint(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("RLP integers are unsigned; got " + value);
        }
        return org.web3j.rlp.RlpString.create(value);
    }

    public static org.web3j.rlp.RlpList list(RlpType... items) {
        return new org.web3j.rlp.RlpList(items);
    }

    public static org.web3j.rlp.RlpList list(List<? extends RlpType> items) {
        return new org.web3j.rlp.RlpList(new ArrayList<>(items));
    }

    /** The empty list {@code 0xc0}. */
    public static org.web3j.rlp.RlpList emptyList() {
        return new org.web3j.rlp.RlpList();
    }
}
