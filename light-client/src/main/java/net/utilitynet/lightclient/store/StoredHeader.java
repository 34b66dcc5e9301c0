package net.utilitynet.lightclient.store;

import net.utilitynet.lightclient.verify.TrustLevel;

import java.util.Arrays;
import java.util.HexFormat;

/** A header as kept in the store: number, hash, parent hash, canonical RLP and how it was verified. */
public record StoredHeader(long number, byte[] hash, byte[] parentHash, byte[] rlp, TrustLevel trust) {
    public StoredHeader {
        if (hash.length != 32 || parentHash.length != 32) {
            throw new IllegalArgumentException("hash and parentHash must be 32 bytes");
        }
        hash = hash.clone();
        parentHash = parentHash.clone();
        rlp = rlp.clone();
    }

    @Override
    public byte[] hash() { return hash.clone(); }

    @Override
    public byte[] parentHash() { return parentHash.clone(); }

    @Override
    public byte[] rlp() { return rlp.clone(); }

    public boolean hasHash(byte[] other) {
        return Arrays.equals(hash, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredHeader s && s.number == number && Arrays.equals(s.hash, hash) && s.trust == trust;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "StoredHeader[" + number + " 0x" + HexFormat.of().formatHex(hash) + " " + trust + "]";
    }
}
