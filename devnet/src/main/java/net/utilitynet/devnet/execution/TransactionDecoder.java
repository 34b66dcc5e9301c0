package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpItem;
import net.utilitynet.protocol.rlp.RlpList;
import net.utilitynet.protocol.rlp.RlpString;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpType;

/**
 * Decodes raw signed transactions strictly (canonical RLP via protocol's {@link Rlp}, exact field sizes,
 * low-s signatures) and recovers the sender with protocol's {@link Secp256k1}. Accepts legacy transactions
 * with EIP-155 replay protection, EIP-2930 (type 1) and EIP-1559 (type 2).
 */
public final class TransactionDecoder {
    private TransactionDecoder() {
    }

    public static Transaction decode(byte[] raw) {
        if (raw.length == 0) {
            throw new TxRejectedException("invalid transaction: empty input");
        }
        try {
            int first = raw[0] & 0xff;
            if (first >= 0xc0) {
                return legacy(raw);
            }
            if (first == 1 || first == 2) {
                return typed(first, raw);
            }
            throw new TxRejectedException("invalid transaction: unsupported transaction type 0x" + Integer.toHexString(first)
                    + "; send a legacy (EIP-155), type 1 or type 2 transaction");
        } catch (ProtocolException e) {
            throw new TxRejectedException("invalid transaction: " + e.getMessage());
        }
    }

    private static Transaction legacy(byte[] raw) {
        RlpList f = Rlp.decodeList(raw, "transaction").expectSize(9, "legacy transaction");
        long nonce = str(f, 0, "nonce").uint64("nonce");
        BigInteger gasPrice = str(f, 1, "gasPrice").uint256("gasPrice");
        long gas = str(f, 2, "gasLimit").uint64("gasLimit");
        Address to = recipient(str(f, 3, "to"));
        BigInteger value = str(f, 4, "value").uint256("value");
        byte[] data = str(f, 5, "data").bytes();
        BigInteger v = str(f, 6, "v").uint256("v");
        if (v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28))) {
            throw new TxRejectedException("invalid transaction: replay-unprotected (pre-EIP-155) signature; sign with a chain id");
        }
        if (v.compareTo(BigInteger.valueOf(35)) < 0 || v.bitLength() > 62) {
            throw new TxRejectedException("invalid transaction: v " + v + " is not an EIP-155 value (chainId·2 + 35 or 36)");
        }
        long chainId = (v.longValue() - 35) / 2;
        int parity = (int) ((v.longValue() - 35) % 2);
        List<RlpType> unsigned = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            unsigned.add(toWeb3j(f.get(i)));
        }
        unsigned.add(Rlp.uint(chainId));
        unsigned.add(Rlp.uint(0));
        unsigned.add(Rlp.uint(0));
        byte[] sigHash = Hash.sha3(RlpEncoder.encode(Rlp.list(unsigned)));
        BigInteger r = str(f, 7, "r").uint256("r");
        BigInteger s = str(f, 8, "s").uint256("s");
        Address from = recover(sigHash, r, s, parity);
        return new Transaction(0, chainId, nonce, gasPrice, gasPrice, gas, to, value, data, List.of(), v.longValue(), r, s, from,
                Hash.sha3(raw), raw.clone());
    }

    private static Transaction typed(int type, byte[] raw) {
        byte[] payload = java.util.Arrays.copyOfRange(raw, 1, raw.length);
        int size = type == 2 ? 12 : 11;
        RlpList f = Rlp.decodeList(payload, "transaction").expectSize(size, "type " + type + " transaction");
        int i = 0;
        long chainId = str(f, i++, "chainId").uint64("chainId");
        long nonce = str(f, i++, "nonce").uint64("nonce");
        BigInteger maxPriority;
        BigInteger maxFee;
        if (type == 2) {
            maxPriority = str(f, i++, "maxPriorityFeePerGas").uint256("maxPriorityFeePerGas");
            maxFee = str(f, i++, "maxFeePerGas").uint256("maxFeePerGas");
        } else {
            maxPriority = str(f, i++, "gasPrice").uint256("gasPrice");
            maxFee = maxPriority;
        }
        long gas = str(f, i++, "gasLimit").uint64("gasLimit");
        Address to = recipient(str(f, i++, "to"));
        BigInteger value = str(f, i++, "value").uint256("value");
        byte[] data = str(f, i++, "data").bytes();
        List<Transaction.AccessListEntry> accessList = accessList(f.get(i++).asList("accessList"));
        long yParity = str(f, i++, "yParity").uint64("yParity");
        if (yParity > 1) {
            throw new TxRejectedException("invalid transaction: yParity must be 0 or 1, got " + yParity);
        }
        BigInteger r = str(f, i++, "r").uint256("r");
        BigInteger s = str(f, i, "s").uint256("s");
        List<RlpType> unsigned = new ArrayList<>();
        for (int k = 0; k < size - 3; k++) {
            unsigned.add(toWeb3j(f.get(k)));
        }
        byte[] body = RlpEncoder.encode(Rlp.list(unsigned));
        byte[] preimage = new byte[body.length + 1];
        preimage[0] = (byte) type;
        System.arraycopy(body, 0, preimage, 1, body.length);
        Address from = recover(Hash.sha3(preimage), r, s, (int) yParity);
        return new Transaction(type, chainId, nonce, maxPriority, maxFee, gas, to, value, data, accessList, yParity, r, s, from,
                Hash.sha3(raw), raw.clone());
    }

    private static List<Transaction.AccessListEntry> accessList(RlpList list) {
        List<Transaction.AccessListEntry> out = new ArrayList<>();
        for (RlpItem item : list.items()) {
            RlpList entry = item.asList("accessList entry").expectSize(2, "accessList entry");
            Address address = Address.of(entry.get(0).asString("accessList address").bytes(20, "accessList address"));
            List<byte[]> keys = new ArrayList<>();
            for (RlpItem k : entry.get(1).asList("accessList storageKeys").items()) {
                keys.add(k.asString("accessList storage key").bytes(32, "accessList storage key"));
            }
            out.add(new Transaction.AccessListEntry(address, keys));
        }
        return out;
    }

    private static Address recover(byte[] sigHash, BigInteger r, BigInteger s, int parity) {
        if (r.bitLength() > 256 || s.bitLength() > 256) {
            throw new TxRejectedException("invalid transaction: signature r or s longer than 32 bytes");
        }
        byte[] sig = new byte[65];
        put32(sig, 0, r);
        put32(sig, 32, s);
        sig[64] = (byte) parity;
        try {
            return Address.of(Secp256k1.recoverAddress(sigHash, sig));
        } catch (ProtocolException e) {
            throw new TxRejectedException("invalid transaction signature: " + e.getMessage());
        }
    }

    private static void put32(byte[] out, int offset, BigInteger v) {
        byte[] b = v.toByteArray();
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, offset + 32 - len, len);
    }

    private static Address recipient(RlpString to) {
        if (to.isEmpty()) {
            return null;
        }
        return Address.of(to.bytes(20, "to"));
    }

    private static RlpString str(RlpList f, int index, String field) {
        return f.get(index).asString(field);
    }

    /** Re-encodes a decoded item with Web3j's encoder (canonical input round-trips byte for byte). */
    private static RlpType toWeb3j(RlpItem item) {
        if (item instanceof RlpString s) {
            return Rlp.bytes(s.bytes());
        }
        List<RlpType> children = new ArrayList<>();
        for (RlpItem child : ((RlpList) item).items()) {
            children.add(toWeb3j(child));
        }
        return Rlp.list(children);
    }
}
