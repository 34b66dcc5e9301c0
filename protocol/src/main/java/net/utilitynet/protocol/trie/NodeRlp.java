package net.utilitynet.protocol.trie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strict RLP reading for trie nodes only, until the protocol's shared strict decoder is available on
 * this branch. Canonical forms only; lengths are checked against the input before anything is read.
 */
final class NodeRlp {
    /** A decoded item: a byte string ({@code items == null}) or a list, with the span it was read from. */
    record Item(byte[] source, int start, int dataStart, int end, List<Item> items) {
        boolean isList() {
            return items != null;
        }

        byte[] bytes() {
            return Arrays.copyOfRange(source, dataStart, end);
        }

        int length() {
            return end - dataStart;
        }

        byte[] encoded() {
            return Arrays.copyOfRange(source, start, end);
        }
    }

    private NodeRlp() {
    }

    static Item decode(byte[] input) {
        if (input.length == 0) {
            throw new IllegalArgumentException("RLP input is empty");
        }
        Item item = item(input, 0, input.length, 0);
        if (item.end() != input.length) {
            throw new IllegalArgumentException("RLP has " + (input.length - item.end()) + " trailing bytes");
        }
        return item;
    }

    private static Item item(byte[] in, int start, int limit, int depth) {
        int prefix = in[start] & 0xff;
        if (prefix < 0x80) {
            return new Item(in, start, start, start + 1, null);
        }
        boolean list = prefix >= 0xc0;
        int base = list ? 0xc0 : 0x80;
        int shortMax = base + 55;
        int dataStart;
        long len;
        if (prefix <= shortMax) {
            dataStart = start + 1;
            len = prefix - base;
        } else {
            int lenOfLen = prefix - shortMax;
            dataStart = start + 1 + lenOfLen;
            if (dataStart > limit) {
                throw new IllegalArgumentException("RLP length field at offset " + start + " runs past the input");
            }
            if (in[start + 1] == 0) {
                throw new IllegalArgumentException("RLP length at offset " + start + " has a leading zero byte");
            }
            len = 0;
            for (int i = start + 1; i < dataStart; i++) {
                len = (len << 8) | (in[i] & 0xff);
                if (len > limit) {
                    break;
                }
            }
            if (len < 56) {
                throw new IllegalArgumentException("RLP length " + len + " at offset " + start + " must use the short form");
            }
        }
        if (dataStart + len > limit) {
            throw new IllegalArgumentException("RLP item at offset " + start + " declares " + len
                    + " bytes but only " + Math.max(0, limit - dataStart) + " remain");
        }
        int end = dataStart + (int) len;
        if (!list) {
            if (len == 1 && (in[dataStart] & 0xff) < 0x80) {
                throw new IllegalArgumentException("RLP single byte below 0x80 at offset " + start + " must encode as itself");
            }
            return new Item(in, start, dataStart, end, null);
        }
        if (depth > 8) {
            throw new IllegalArgumentException("RLP nested deeper than a trie node can be at offset " + start);
        }
        List<Item> items = new ArrayList<>();
        for (int p = dataStart; p < end; ) {
            Item child = item(in, p, end, depth + 1);
            items.add(child);
            p = child.end();
        }
        return new Item(in, start, dataStart, end, items);
    }
}
