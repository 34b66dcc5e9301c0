package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Typed, checked reads of storage words (e.g. values proven by eth_getProof); errors name the field. */
final class StorageWords {
    private final List<byte[]> words;
    private final String struct;

    StorageWords(List<byte[]> words, int expected, String struct) {
        if (words.size() != expected) {
            throw new AbiException(struct + ": expected " + expected + " storage words but got " + words.size());
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == null || words.get(i).length != StorageSlots.WORD) {
                throw new AbiException(struct + ": storage word " + i + " must be 32 bytes");
            }
        }
        this.words = words;
        this.struct = struct;
    }

    boolean allZero() {
        return words.stream().allMatch(w -> Arrays.equals(w, new byte[StorageSlots.WORD]));
    }

    byte[] address(int i, String field) {
        byte[] w = words.get(i);
        for (int j = 0; j < 12; j++) {
            if (w[j] != 0) {
                throw new AbiException(struct + "." + field + ": not an address (high 12 bytes are not zero)");
            }
        }
        return Arrays.copyOfRange(w, 12, 32);
    }

    long uint64(int i, String field) {
        BigInteger v = new BigInteger(1, words.get(i));
        if (v.bitLength() > 63) {
            throw new AbiException(struct + "." + field + ": value does not fit in 63 bits");
        }
        return v.longValue();
    }

    BigInteger uint256(int i) {
        return new BigInteger(1, words.get(i));
    }

    byte[] bytes32(int i) {
        return words.get(i).clone();
    }

    boolean bool(int i, String field) {
        long v = uint64(i, field);
        if (v > 1) {
            throw new AbiException(struct + "." + field + ": boolean word must be 0 or 1 but is " + v);
        }
        return v == 1;
    }
}
