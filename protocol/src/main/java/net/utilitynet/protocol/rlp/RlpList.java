package net.utilitynet.protocol.rlp;

import java.util.Arrays;
import java.util.List;

/** A decoded RLP list with shape checks that name the field being read. */
public final class RlpList implements RlpItem {
    private final byte[] source;
    private final int headerOffset;
    private final int end;
    private final List<RlpItem> items;

    RlpList(byte[] source, int headerOffset, int end, List<RlpItem> items) {
        this.source = source;
        this.headerOffset = headerOffset;
        this.end = end;
        this.items = List.copyOf(items);
    }

    @Override
    public RlpString asString(String field) {
        throw new RlpException(field + ": expected an RLP byte string but found a list of " + items.size() + " items");
    }

    @Override
    public RlpList asList(String field) {
        return this;
    }

    @Override
    public byte[] encoded() {
        return Arrays.copyOfRange(source, headerOffset, end);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public RlpItem get(int index) {
        return items.get(index);
    }

    public List<RlpItem> items() {
        return items;
    }

    /** Fails unless the list has exactly {@code size} items. */
    public RlpList expectSize(int size, String field) {
        if (items.size() != size) {
            throw new RlpException(field + ": expected a list of " + size + " items but found " + items.size());
        }
        return this;
    }

    /** Fails unless the list has between {@code min} and {@code max} items. */
    public RlpList expectSize(int min, int max, String field) {
        if (items.size() < min || items.size() > max) {
            throw new RlpException(field + ": expected a list of " + min + " to " + max + " items but found " + items.size());
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RlpList other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "RlpList" + items;
    }
}
