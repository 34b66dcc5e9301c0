package net.utilitynet.protocol.trie;

import java.math.BigInteger;
import java.util.Arrays;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * An account as stored in the state trie: {@code rlp([nonce, balance, storageRoot, codeHash])}.
 * Arrays are copied in and out, so an instance is immutable.
 */
public record AccountState(BigInteger nonce, BigInteger balance, byte[] storageRoot, byte[] codeHash) {
    private static final BigInteger MAX_NONCE = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger MAX_BALANCE = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    /** {@code keccak256("")}: the code hash of an account without code. */
    public static final String EMPTY_CODE_HASH_HEX = "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
    /** The state of an account that does not exist (what a proof of absence proves). */
    public static final AccountState EMPTY = new AccountState(BigInteger.ZERO, BigInteger.ZERO,
            TrieRoots.emptyTrieRoot(), Numeric.hexStringToByteArray(EMPTY_CODE_HASH_HEX));

    public AccountState {
        nonce = checkRange(nonce, MAX_NONCE, "account nonce", "2^64-1");
        balance = checkRange(balance, MAX_BALANCE, "account balance", "2^256-1");
        storageRoot = checkHash(storageRoot, "account storageRoot");
        codeHash = checkHash(codeHash, "account codeHash");
    }

    @Override
    public byte[] storageRoot() {
        return storageRoot.clone();
    }

    @Override
    public byte[] codeHash() {
        return codeHash.clone();
    }

    /** Whether the account has code ({@code codeHash != keccak256("")}). */
    public boolean hasCode() {
        return !Arrays.equals(codeHash, EMPTY.codeHash);
    }

    /** The state-trie value {@code rlp([nonce, balance, storageRoot, codeHash])}. */
    public byte[] encode() {
        return Rlp.encode(Rlp.list(Rlp.uint(nonce), Rlp.uint(balance), Rlp.bytes(storageRoot), Rlp.bytes(codeHash)));
    }

    /** Decodes a state-trie value strictly (canonical RLP, minimal integers, 32-byte hashes). */
    public static AccountState decode(byte[] rlp) {
        try {
            RlpList fields = Rlp.decodeList(rlp, "account").expectSize(4, "account [nonce, balance, storageRoot, codeHash]");
            return new AccountState(fields.get(0).asString("account nonce").uint(64, "account nonce"),
                    fields.get(1).asString("account balance").uint256("account balance"),
                    fields.get(2).asString("account storageRoot").bytes(32, "account storageRoot"),
                    fields.get(3).asString("account codeHash").bytes(32, "account codeHash"));
        } catch (RlpException e) {
            throw new TrieException("account is malformed: " + e.getMessage(), e);
        }
    }

    private static BigInteger checkRange(BigInteger value, BigInteger max, String what, String maxText) {
        if (value == null || value.signum() < 0 || value.compareTo(max) > 0) {
            throw new TrieException(what + " must be an integer in [0, " + maxText + "], got " + value);
        }
        return value;
    }

    private static byte[] checkHash(byte[] value, String what) {
        if (value == null || value.length != 32) {
            throw new TrieException(what + " must be 32 bytes but is " + (value == null ? "null" : value.length + " bytes"));
        }
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountState other && nonce.equals(other.nonce) && balance.equals(other.balance)
                && Arrays.equals(storageRoot, other.storageRoot) && Arrays.equals(codeHash, other.codeHash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * nonce.hashCode() + balance.hashCode()) + Arrays.hashCode(storageRoot))
                + Arrays.hashCode(codeHash);
    }

    @Override
    public String toString() {
        return "AccountState[nonce=" + nonce + ", balance=" + balance + ", storageRoot="
                + Numeric.toHexString(storageRoot) + ", codeHash=" + Numeric.toHexString(codeHash) + "]";
    }

    /** {@code keccak256(code)}, the code hash an {@code eth_getCode} answer must match. */
    public static byte[] codeHashOf(byte[] code) {
        return Hash.sha3(code);
    }
}
