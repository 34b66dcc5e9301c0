package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.chain.CheckpointFactory;
import net.utilitynet.devnet.chain.ClaimPool;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.store.ChainStore;
import net.utilitynet.devnet.store.TxRecord;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.Claim;

/** UtilityNet methods (design §4.7): claims, miner sets, checkpoints, header proofs and the address index. */
public final class UncApi {
    static final int MAX_ADDRESS_TXS = 1000;

    private final Blockchain chain;
    private final ClaimPool claims;

    public UncApi(Blockchain chain, ClaimPool claims) {
        this.chain = chain;
        this.claims = claims;
    }

    public void register(RpcDispatcher d) {
        d.register("unc_submitClaim", this::submitClaim);
        d.register("unc_getMinerSet", this::minerSet);
        d.register("unc_getCheckpoint", this::checkpoint);
        d.register("unc_getHeaderProof", this::headerProof);
        d.register("unc_getTransactionsByAddress", this::transactionsByAddress);
    }

    private JsonNode submitClaim(RpcParams p) {
        JsonNode c = p.raw(0, "claim");
        if (!c.isObject()) {
            throw p.invalid(0, "claim", "must be an object {blockNumber, miner, payout, vrfPubKey, power, leafIndex, branch, vrfProof}");
        }
        long height = longField(p, c, "blockNumber");
        List<byte[]> branch = new ArrayList<>();
        JsonNode b = c.get("branch");
        if (b == null || !b.isArray()) {
            throw p.invalid(0, "claim.branch", "must be an array of 32-byte hex siblings, bottom-up");
        }
        for (JsonNode n : b) {
            branch.add(p.parseFixed(n, 0, "claim.branch", 32, "a 32-byte hash"));
        }
        Claim claim;
        try {
            claim = new Claim(fixed(p, c, "miner", 20), fixed(p, c, "payout", 20), fixed(p, c, "vrfPubKey", 33),
                    longField(p, c, "power"), longField(p, c, "leafIndex"), branch, fixed(p, c, "vrfProof", 81));
        } catch (ProtocolException e) {
            throw p.invalid(0, "claim", e.getMessage());
        }
        ClaimPool.Submitted s;
        try {
            s = claims.submit(height, claim);
        } catch (TxRejectedException e) {
            throw RpcException.rejected(e.getMessage());
        }
        ObjectNode o = Json.object();
        o.put("accepted", true);
        o.put("best", s.best());
        o.set("blockNumber", Json.quantity(height));
        o.set("beta", Json.data(s.beta()));
        return o;
    }

    private static byte[] fixed(RpcParams p, JsonNode obj, String field, int size) {
        JsonNode n = obj.get(field);
        if (n == null) {
            throw p.invalid(0, "claim." + field, "is missing");
        }
        return p.parseFixed(n, 0, "claim." + field, size, size + " bytes of hex");
    }

    private static long longField(RpcParams p, JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null) {
            throw p.invalid(0, "claim." + field, "is missing");
        }
        java.math.BigInteger v = p.parseQuantity(n, 0, "claim." + field);
        if (v.bitLength() > 63) {
            throw p.invalid(0, "claim." + field, "must be below 2^63");
        }
        return v.longValue();
    }

    private JsonNode minerSet(RpcParams p) {
        long epoch = p.quantityLong(0, "epoch");
        byte[] encoded = chain.store().meta(CheckpointFactory.metaKey(epoch));
        if (encoded == null) {
            return NullNode.getInstance();
        }
        MinerSet set = CheckpointFactory.decode(encoded);
        ObjectNode o = Json.object();
        o.set("epoch", Json.quantity(epoch));
        o.set("checkpointBlock", Json.quantity(epoch * chain.epochLength()));
        o.set("root", Json.data(set.root()));
        o.set("totalPower", Json.quantity(set.totalPower()));
        ArrayNode entries = o.putArray("entries");
        for (int i = 0; i < set.size(); i++) {
            MinerEntry m = set.entry(i);
            ObjectNode e = entries.addObject();
            e.set("miner", Json.data(m.miner()));
            e.set("payout", Json.data(m.payout()));
            e.set("vrfPubKey", Json.data(m.vrfPubKey()));
            e.set("power", Json.quantity(m.power()));
            e.set("leafIndex", Json.quantity(i));
            ArrayNode branch = e.putArray("branch");
            set.branch(i).forEach(s -> branch.add(Json.data(s)));
        }
        return o;
    }

    private JsonNode checkpoint(RpcParams p) {
        long epoch = p.quantityLong(0, "epoch");
        BlockHeader h = chain.header(Math.multiplyExact(epoch, chain.epochLength()));
        Checkpoint cp = h == null ? null : chain.checkpoint(epoch);
        if (cp == null) {
            return NullNode.getInstance();
        }
        ObjectNode o = Json.object();
        o.set("epoch", Json.quantity(cp.epoch()));
        o.set("blockNumber", Json.quantity(h.number()));
        o.set("blockHash", Json.data(h.hash()));
        ArrayNode v = o.putArray("validators");
        cp.validators().forEach(a -> v.add(Json.data(a)));
        o.set("minerSetRoot", Json.data(cp.minerSetRoot()));
        o.set("totalPower", Json.quantity(cp.totalPower()));
        o.set("historyRoot", Json.data(cp.historyRoot()));
        ArrayNode seals = o.putArray("committedSeals");
        cp.committedSeals().forEach(s -> seals.add(Json.data(s)));
        return o;
    }

    private JsonNode headerProof(RpcParams p) {
        long number = p.quantityLong(0, "blockNumber");
        long e = chain.epochLength();
        long head = chain.head().number();
        if (number > head) {
            throw RpcException.rejected("block " + number + " does not exist yet (head is " + head + ")");
        }
        long k = number / e + 1;
        BlockHeader cpHeader = chain.header(k * e);
        if (cpHeader == null) {
            throw RpcException.rejected("block " + number + " is not covered yet: its history root is in the checkpoint at block "
                    + (k * e) + " (head is " + head + ")");
        }
        List<byte[]> hashes = chain.hashes((k - 1) * e, k * e - 1);
        HistoryRoot tree = HistoryRoot.of(hashes);
        int index = HistoryRoot.leafIndex(number, k, e);
        ObjectNode o = Json.object();
        o.set("blockNumber", Json.quantity(number));
        o.set("blockHash", Json.data(hashes.get(index)));
        o.set("epoch", Json.quantity(k));
        o.set("checkpointBlockNumber", Json.quantity(cpHeader.number()));
        o.set("checkpointBlockHash", Json.data(cpHeader.hash()));
        o.set("historyRoot", Json.data(tree.root()));
        o.set("leafIndex", Json.quantity(index));
        ArrayNode branch = o.putArray("branch");
        tree.branch(index).forEach(s -> branch.add(Json.data(s)));
        return o;
    }

    private JsonNode transactionsByAddress(RpcParams p) {
        byte[] address = p.address(0, "address");
        long from = p.has(1) ? p.quantityLong(1, "fromBlock") : 0;
        long limit = p.has(2) ? p.quantityLong(2, "limit") : 100;
        if (limit < 1 || limit > MAX_ADDRESS_TXS) {
            throw p.invalid(2, "limit", "must be between 1 and " + MAX_ADDRESS_TXS + ", got " + limit);
        }
        ArrayNode out = Json.array();
        for (ChainStore.Located<TxRecord> l : chain.store().txsOfAddress(address, from, (int) limit)) {
            TxRecord t = l.value();
            ObjectNode o = out.addObject();
            o.set("hash", Json.data(t.hash()));
            o.set("blockNumber", Json.quantity(l.blockNumber()));
            o.set("blockHash", Json.data(chain.header(l.blockNumber()).hash()));
            o.set("transactionIndex", Json.quantity(t.index()));
            o.set("from", Json.data(t.from()));
            o.set("to", t.to() == null ? NullNode.getInstance() : Json.data(t.to()));
            o.set("value", Json.quantity(t.value()));
            o.set("nonce", Json.quantity(t.nonce()));
            o.set("type", Json.quantity(t.type()));
            o.set("status", Json.quantity(t.success() ? 1 : 0));
        }
        return out;
    }
}
