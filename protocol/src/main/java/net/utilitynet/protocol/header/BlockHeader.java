package net.utilitynet.protocol.header;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * An Ethereum-family block header: the 15 pre-London fields, then the optional fork fields in consensus order
 * (baseFeePerGas, withdrawalsRoot, blobGasUsed + excessBlobGas + parentBeaconBlockRoot, requestsHash). An
 * optional field may only be present when every earlier one is. Immutable; byte arrays are copied in and out.
 * The canonical RLP is kept, so {@link #hash()} is one keccak.
 */
public final class BlockHeader {
    public static final int HASH_SIZE = 32;
    public static final int ADDRESS_SIZE = 20;
    public static final int BLOOM_SIZE = 256;
    public static final int NONCE_SIZE = 8;
    private static final byte[] EMPTY_OMMERS_HASH = HexFormat.of().parseHex(
            "1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");

    final byte[] parentHash;
    final byte[] ommersHash;
    final byte[] coinbase;
    final byte[] stateRoot;
    final byte[] transactionsRoot;
    final byte[] receiptsRoot;
    final byte[] logsBloom;
    final BigInteger difficulty;
    final long number;
    final long gasLimit;
    final long gasUsed;
    final long timestamp;
    final byte[] extraData;
    final byte[] mixHash;
    final byte[] nonce;
    final BigInteger baseFeePerGas;
    final byte[] withdrawalsRoot;
    final Long blobGasUsed;
    final Long excessBlobGas;
    final byte[] parentBeaconBlockRoot;
    final byte[] requestsHash;
    private final byte[] rlp;
    private byte[] hash; // benign-race cache, like String.hashCode

    private BlockHeader(Builder b, byte[] canonicalRlp) {
        parentHash = fixed(b.parentHash, HASH_SIZE, "parentHash");
        ommersHash = fixed(b.ommersHash, HASH_SIZE, "ommersHash");
        coinbase = fixed(b.coinbase, ADDRESS_SIZE, "coinbase");
        stateRoot = fixed(b.stateRoot, HASH_SIZE, "stateRoot");
        transactionsRoot = fixed(b.transactionsRoot, HASH_SIZE, "transactionsRoot");
        receiptsRoot = fixed(b.receiptsRoot, HASH_SIZE, "receiptsRoot");
        logsBloom = fixed(b.logsBloom, BLOOM_SIZE, "logsBloom");
        difficulty = nonNegative(b.difficulty, "difficulty");
        number = nonNegative(b.number, "number");
        gasLimit = nonNegative(b.gasLimit, "gasLimit");
        gasUsed = nonNegative(b.gasUsed, "gasUsed");
        timestamp = nonNegative(b.timestamp, "timestamp");
        if (b.extraData == null) {
            throw new HeaderException("extraData: missing; use an empty array for none");
        }
        extraData = b.extraData.clone();
        mixHash = fixed(b.mixHash, HASH_SIZE, "mixHash");
        nonce = fixed(b.nonce, NONCE_SIZE, "nonce");
        baseFeePerGas = b.baseFeePerGas == null ? null : nonNegative(b.baseFeePerGas, "baseFeePerGas");
        withdrawalsRoot = b.withdrawalsRoot == null ? null : fixed(b.withdrawalsRoot, HASH_SIZE, "withdrawalsRoot");
        blobGasUsed = b.blobGasUsed == null ? null : nonNegative(b.blobGasUsed, "blobGasUsed");
        excessBlobGas = b.excessBlobGas == null ? null : nonNegative(b.excessBlobGas, "excessBlobGas");
        parentBeaconBlockRoot = b.parentBeaconBlockRoot == null ? null
                : fixed(b.parentBeaconBlockRoot, HASH_SIZE, "parentBeaconBlockRoot");
        requestsHash = b.requestsHash == null ? null : fixed(b.requestsHash, HASH_SIZE, "requestsHash");
        checkOptionalOrder();
        rlp = canonicalRlp != null ? canonicalRlp : HeaderCodec.encode(this);
    }

    /** keccak256(rlp([])): the ommers hash of every post-merge and every UtilityNet header. */
    public static byte[] emptyOmmersHash() {
        return EMPTY_OMMERS_HASH.clone();
    }

    /** Decodes a header from its RLP (strict: canonical RLP, minimal integers, exact field sizes). */
    public static BlockHeader decode(byte[] rlp) {
        return HeaderCodec.decode(rlp);
    }

    static BlockHeader fromDecoded(Builder b, byte[] canonicalRlp) {
        return new BlockHeader(b, canonicalRlp);
    }

    /** Number of RLP fields: 15 (pre-London) to 21 (Prague). */
    public int fieldCount() {
        if (requestsHash != null) {
            return 21;
        }
        if (parentBeaconBlockRoot != null) {
            return 20;
        }
        if (withdrawalsRoot != null) {
            return 17;
        }
        return baseFeePerGas != null ? 16 : 15;
    }

    /** keccak256 of the header RLP: the block hash. */
    public byte[] hash() {
        byte[] h = hash;
        if (h == null) {
            h = Hash.sha3(rlp);
            hash = h;
        }
        return h.clone();
    }

    /**
     * The RLP of this header with {@code extraData} replaced by {@code replacement}: the preimage of seal
     * hashes (Clique cuts the seal off extraData; POCI empties the seal inside it).
     */
    public byte[] encodedWithExtraData(byte[] replacement) {
        return HeaderCodec.encodeWithExtraData(this, replacement);
    }

    /** The canonical RLP encoding. */
    public byte[] encoded() {
        return rlp.clone();
    }

    public byte[] parentHash() { return parentHash.clone(); }
    public byte[] ommersHash() { return ommersHash.clone(); }
    public byte[] coinbase() { return coinbase.clone(); }
    public byte[] stateRoot() { return stateRoot.clone(); }
    public byte[] transactionsRoot() { return transactionsRoot.clone(); }
    public byte[] receiptsRoot() { return receiptsRoot.clone(); }
    public byte[] logsBloom() { return logsBloom.clone(); }
    public BigInteger difficulty() { return difficulty; }
    public long number() { return number; }
    public long gasLimit() { return gasLimit; }
    public long gasUsed() { return gasUsed; }
    public long timestamp() { return timestamp; }
    public byte[] extraData() { return extraData.clone(); }
    public byte[] mixHash() { return mixHash.clone(); }
    public byte[] nonce() { return nonce.clone(); }
    /** Null before London. */
    public BigInteger baseFeePerGas() { return baseFeePerGas; }
    /** Null before Shanghai. */
    public byte[] withdrawalsRoot() { return withdrawalsRoot == null ? null : withdrawalsRoot.clone(); }
    /** Null before Cancun. */
    public Long blobGasUsed() { return blobGasUsed; }
    /** Null before Cancun. */
    public Long excessBlobGas() { return excessBlobGas; }
    /** Null before Cancun. */
    public byte[] parentBeaconBlockRoot() { return parentBeaconBlockRoot == null ? null : parentBeaconBlockRoot.clone(); }
    /** Null before Prague. */
    public byte[] requestsHash() { return requestsHash == null ? null : requestsHash.clone(); }

    /** A builder holding this header's fields, for deriving a modified header. */
    public Builder toBuilder() {
        return new Builder().parentHash(parentHash).ommersHash(ommersHash).coinbase(coinbase).stateRoot(stateRoot)
                .transactionsRoot(transactionsRoot).receiptsRoot(receiptsRoot).logsBloom(logsBloom)
                .difficulty(difficulty).number(number).gasLimit(gasLimit).gasUsed(gasUsed).timestamp(timestamp)
                .extraData(extraData).mixHash(mixHash).nonce(nonce).baseFeePerGas(baseFeePerGas)
                .withdrawalsRoot(withdrawalsRoot).blobGasUsed(blobGasUsed).excessBlobGas(excessBlobGas)
                .parentBeaconBlockRoot(parentBeaconBlockRoot).requestsHash(requestsHash);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockHeader other && Arrays.equals(rlp, other.rlp);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rlp);
    }

    @Override
    public String toString() {
        return "BlockHeader[number=" + number + ", hash=0x" + HexFormat.of().formatHex(hash()) + "]";
    }

    private void checkOptionalOrder() {
        boolean cancun = blobGasUsed != null || excessBlobGas != null || parentBeaconBlockRoot != null;
        if (cancun && (blobGasUsed == null || excessBlobGas == null || parentBeaconBlockRoot == null)) {
            throw new HeaderException("blobGasUsed, excessBlobGas and parentBeaconBlockRoot come together (Cancun); set all three or none");
        }
        if (requestsHash != null && !cancun) {
            throw new HeaderException("requestsHash (Prague) needs the Cancun fields blobGasUsed, excessBlobGas, parentBeaconBlockRoot");
        }
        if (cancun && withdrawalsRoot == null) {
            throw new HeaderException("Cancun fields need withdrawalsRoot (Shanghai) to be set");
        }
        if (withdrawalsRoot != null && baseFeePerGas == null) {
            throw new HeaderException("withdrawalsRoot (Shanghai) needs baseFeePerGas (London) to be set");
        }
    }

    private static byte[] fixed(byte[] value, int size, String field) {
        if (value == null) {
            throw new HeaderException(field + ": missing");
        }
        if (value.length != size) {
            throw new HeaderException(field + ": expected " + size + " bytes but found " + value.length);
        }
        return value.clone();
    }

    private static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new HeaderException(field + ": must not be negative but is " + value);
        }
        return value;
    }

    private static BigInteger nonNegative(BigInteger value, String field) {
        if (value == null) {
            throw new HeaderException(field + ": missing");
        }
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new HeaderException(field + ": must be a uint256 but is " + value);
        }
        return value;
    }

    /** Collects header fields; {@link #build()} validates sizes and the order of optional fork fields. */
    public static final class Builder {
        private byte[] parentHash;
        private byte[] ommersHash = EMPTY_OMMERS_HASH;
        private byte[] coinbase;
        private byte[] stateRoot;
        private byte[] transactionsRoot;
        private byte[] receiptsRoot;
        private byte[] logsBloom = new byte[BLOOM_SIZE];
        private BigInteger difficulty = BigInteger.ZERO;
        private long number;
        private long gasLimit;
        private long gasUsed;
        private long timestamp;
        private byte[] extraData = new byte[0];
        private byte[] mixHash;
        private byte[] nonce = new byte[NONCE_SIZE];
        private BigInteger baseFeePerGas;
        private byte[] withdrawalsRoot;
        private Long blobGasUsed;
        private Long excessBlobGas;
        private byte[] parentBeaconBlockRoot;
        private byte[] requestsHash;

        public Builder parentHash(byte[] v) { parentHash = v; return this; }
        public Builder ommersHash(byte[] v) { ommersHash = v; return this; }
        public Builder coinbase(byte[] v) { coinbase = v; return this; }
        public Builder stateRoot(byte[] v) { stateRoot = v; return this; }
        public Builder transactionsRoot(byte[] v) { transactionsRoot = v; return this; }
        public Builder receiptsRoot(byte[] v) { receiptsRoot = v; return this; }
        public Builder logsBloom(byte[] v) { logsBloom = v; return this; }
        public Builder difficulty(BigInteger v) { difficulty = v; return this; }
        public Builder number(long v) { number = v; return this; }
        public Builder gasLimit(long v) { gasLimit = v; return this; }
        public Builder gasUsed(long v) { gasUsed = v; return this; }
        public Builder timestamp(long v) { timestamp = v; return this; }
        public Builder extraData(byte[] v) { extraData = v; return this; }
        public Builder mixHash(byte[] v) { mixHash = v; return this; }
        public Builder nonce(byte[] v) { nonce = v; return this; }
        public Builder baseFeePerGas(BigInteger v) { baseFeePerGas = v; return this; }
        public Builder withdrawalsRoot(byte[] v) { withdrawalsRoot = v; return this; }
        public Builder blobGasUsed(Long v) { blobGasUsed = v; return this; }
        public Builder excessBlobGas(Long v) { excessBlobGas = v; return this; }
        public Builder parentBeaconBlockRoot(byte[] v) { parentBeaconBlockRoot = v; return this; }
        public Builder requestsHash(byte[] v) { requestsHash = v; return this; }

        public BlockHeader build() {
            return new BlockHeader(this, null);
        }
    }
}
