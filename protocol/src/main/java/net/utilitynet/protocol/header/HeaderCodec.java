package net.utilitynet.protocol.header;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.rlp.RlpType;

/** Header RLP in consensus field order. Decoding goes through the strict decoder only. */
final class HeaderCodec {
    private HeaderCodec() {
    }

    static byte[] encode(BlockHeader h) {
        return Rlp.encode(Rlp.list(fields(h, h.extraData)));
    }

    /** The header's RLP with {@code extraData} replaced: the preimage of seal hashes. */
    static byte[] encodeWithExtraData(BlockHeader h, byte[] extraData) {
        return Rlp.encode(Rlp.list(fields(h, extraData)));
    }

    private static List<RlpType> fields(BlockHeader h, byte[] extraData) {
        List<RlpType> f = new ArrayList<>(h.fieldCount());
        f.add(Rlp.bytes(h.parentHash));
        f.add(Rlp.bytes(h.ommersHash));
        f.add(Rlp.bytes(h.coinbase));
        f.add(Rlp.bytes(h.stateRoot));
        f.add(Rlp.bytes(h.transactionsRoot));
        f.add(Rlp.bytes(h.receiptsRoot));
        f.add(Rlp.bytes(h.logsBloom));
        f.add(Rlp.uint(h.difficulty));
        f.add(Rlp.uint(h.number));
        f.add(Rlp.uint(h.gasLimit));
        f.add(Rlp.uint(h.gasUsed));
        f.add(Rlp.uint(h.timestamp));
        f.add(Rlp.bytes(extraData));
        f.add(Rlp.bytes(h.mixHash));
        f.add(Rlp.bytes(h.nonce));
        if (h.baseFeePerGas != null) {
            f.add(Rlp.uint(h.baseFeePerGas));
        }
        if (h.withdrawalsRoot != null) {
            f.add(Rlp.bytes(h.withdrawalsRoot));
        }
        if (h.parentBeaconBlockRoot != null) {
            f.add(Rlp.uint(h.blobGasUsed));
            f.add(Rlp.uint(h.excessBlobGas));
            f.add(Rlp.bytes(h.parentBeaconBlockRoot));
        }
        if (h.requestsHash != null) {
            f.add(Rlp.bytes(h.requestsHash));
        }
        return f;
    }

    static BlockHeader decode(byte[] rlp) {
        try {
            RlpList l = Rlp.decodeList(rlp, "header");
            int n = l.size();
            if (n != 15 && n != 16 && n != 17 && n != 20 && n != 21) {
                throw new HeaderException("header: expected 15 (pre-London), 16 (London), 17 (Shanghai), 20 (Cancun) "
                        + "or 21 (Prague) fields but found " + n);
            }
            BlockHeader.Builder b = BlockHeader.builder()
                    .parentHash(l.get(0).asString("parentHash").bytes(32, "parentHash"))
                    .ommersHash(l.get(1).asString("ommersHash").bytes(32, "ommersHash"))
                    .coinbase(l.get(2).asString("coinbase").bytes(20, "coinbase"))
                    .stateRoot(l.get(3).asString("stateRoot").bytes(32, "stateRoot"))
                    .transactionsRoot(l.get(4).asString("transactionsRoot").bytes(32, "transactionsRoot"))
                    .receiptsRoot(l.get(5).asString("receiptsRoot").bytes(32, "receiptsRoot"))
                    .logsBloom(l.get(6).asString("logsBloom").bytes(256, "logsBloom"))
                    .difficulty(l.get(7).asString("difficulty").uint256("difficulty"))
                    .number(l.get(8).asString("number").uint64("number"))
                    .gasLimit(l.get(9).asString("gasLimit").uint64("gasLimit"))
                    .gasUsed(l.get(10).asString("gasUsed").uint64("gasUsed"))
                    .timestamp(l.get(11).asString("timestamp").uint64("timestamp"))
                    .extraData(l.get(12).asString("extraData").bytes())
                    .mixHash(l.get(13).asString("mixHash").bytes(32, "mixHash"))
                    .nonce(l.get(14).asString("nonce").bytes(8, "nonce"));
            if (n >= 16) {
                b.baseFeePerGas(l.get(15).asString("baseFeePerGas").uint256("baseFeePerGas"));
            }
            if (n >= 17) {
                b.withdrawalsRoot(l.get(16).asString("withdrawalsRoot").bytes(32, "withdrawalsRoot"));
            }
            if (n >= 20) {
                b.blobGasUsed(l.get(17).asString("blobGasUsed").uint64("blobGasUsed"))
                        .excessBlobGas(l.get(18).asString("excessBlobGas").uint64("excessBlobGas"))
                        .parentBeaconBlockRoot(l.get(19).asString("parentBeaconBlockRoot").bytes(32, "parentBeaconBlockRoot"));
            }
            if (n == 21) {
                b.requestsHash(l.get(20).asString("requestsHash").bytes(32, "requestsHash"));
            }
            // Strict decoding means the input is the one canonical encoding, so it is kept as is.
            return BlockHeader.fromDecoded(b, rlp.clone());
        } catch (RlpException e) {
            throw new HeaderException("header RLP: " + e.getMessage(), e);
        }
    }
}
