package net.utilitynet.protocol.poci;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small byte-array helpers shared by the POCI records (fixed-size copies, list copies, list equality). */
final class Bytes {
    private Bytes() {
    }

    static byte[] fixed(byte[] value, int size, String field) {
        if (value == null) {
            throw new ExtraDataException(field + ": missing");
        }
        if (value.length != size) {
            throw new ExtraDataException(field + ": expected " + size + " bytes but found " + value.length);
        }
        return value.clone();
    }

    static List<byte[]> fixedList(List<byte[]> values, int size, String field) {
        if (values == null) {
            throw new ExtraDataException(field + ": missing; use an empty list for none");
        }
        List<byte[]> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(fixed(values.get(i), size, field + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    static List<byte[]> copies(List<byte[]> values) {
        List<byte[]> copy = new ArrayList<>(values.size());
        values.forEach(v -> copy.add(v.clone()));
        return copy;
    }

    static boolean listEquals(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static int listHash(List<byte[]> values) {
        int h = 1;
        for (byte[] v : values) {
            h = 31 * h + Arrays.hashCode(v);
        }
        return h;
    }

    static boolean contains(List<byte[]> values, byte[] value) {
        for (byte[] v : values) {
            if (Arrays.equals(v, value)) {
                return true;
            }
        }
        return false;
    }

    static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new ExtraDataException(field + ": must not be negative but is " + value);
        }
        return value;
    }
}
