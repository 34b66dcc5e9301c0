package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.store.LogRecord;
import net.utilitynet.protocol.header.BlockHeader;

/** One eth_getLogs query: {fromBlock, toBlock | blockHash, address (one or many), topics (per position: null, one, or any of)}. */
final class LogFilter {
    static final long MAX_RANGE = 10_000;
    static final int MAX_RESULTS = 10_000;

    private final RpcParams p;
    private final Blockchain chain;

    LogFilter(RpcParams p, Blockchain chain) {
        this.p = p;
        this.chain = chain;
    }

    JsonNode run() {
        JsonNode f = p.raw(0, "filter");
        if (!f.isObject()) {
            throw p.invalid(0, "filter", "must be an object {fromBlock, toBlock, address, topics} or {blockHash, address, topics}");
        }
        long from;
        long to;
        if (f.hasNonNull("blockHash")) {
            if (f.hasNonNull("fromBlock") || f.hasNonNull("toBlock")) {
                throw p.invalid(0, "filter", "cannot have blockHash together with fromBlock/toBlock");
            }
            BlockHeader h = chain.headerByHash(p.parseFixed(f.get("blockHash"), 0, "filter.blockHash", 32, "a 32-byte hash"));
            if (h == null) {
                throw RpcException.rejected("unknown block " + f.get("blockHash").asText());
            }
            from = h.number();
            to = h.number();
        } else {
            from = bound(f.get("fromBlock"), "filter.fromBlock");
            to = bound(f.get("toBlock"), "filter.toBlock");
        }
        if (from > to) {
            throw p.invalid(0, "filter", "fromBlock " + from + " is after toBlock " + to);
        }
        if (to - from + 1 > MAX_RANGE) {
            throw RpcException.rejected("query covers " + (to - from + 1) + " blocks; at most " + MAX_RANGE + " per call");
        }
        List<byte[]> addresses = new ArrayList<>();
        JsonNode a = f.get("address");
        if (a != null && !a.isNull()) {
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                addresses.add(p.parseFixed(one, 0, "filter.address", 20, "a 20-byte address"));
            }
        }
        List<List<byte[]>> topics = topics(f.get("topics"));
        ArrayNode out = Json.array();
        for (LogRecord l : chain.store().logs(from, to, addresses)) {
            if (matches(l, topics)) {
                if (out.size() == MAX_RESULTS) {
                    throw RpcException.rejected("query returned more than " + MAX_RESULTS + " logs; narrow the block range");
                }
                out.add(ChainJson.log(l));
            }
        }
        return out;
    }

    private long bound(JsonNode n, String name) {
        long head = chain.head().number();
        if (n == null || n.isNull()) {
            return head;
        }
        BlockSelector s = parse(n, name);
        return s.number() == null ? head : Math.min(s.number(), head);
    }

    private BlockSelector parse(JsonNode n, String name) {
        if (n.isTextual()) {
            switch (n.asText()) {
                case "latest", "pending", "safe", "finalized":
                    return BlockSelector.LATEST;
                case "earliest":
                    return BlockSelector.ofNumber(0);
                default:
                    break;
            }
        }
        java.math.BigInteger q = p.parseQuantity(n, 0, name);
        if (q.bitLength() > 63) {
            throw p.invalid(0, name, "must be a block number below 2^63");
        }
        return BlockSelector.ofNumber(q.longValue());
    }

    private List<List<byte[]>> topics(JsonNode t) {
        List<List<byte[]>> out = new ArrayList<>();
        if (t == null || t.isNull()) {
            return out;
        }
        if (!t.isArray() || t.size() > 4) {
            throw p.invalid(0, "filter.topics", "must be an array of at most 4 entries (null, a topic, or an array of topics)");
        }
        for (JsonNode pos : t) {
            List<byte[]> options = new ArrayList<>();
            if (!pos.isNull()) {
                for (JsonNode one : pos.isArray() ? pos : List.of(pos)) {
                    options.add(p.parseFixed(one, 0, "filter.topics", 32, "a 32-byte topic"));
                }
            }
            out.add(options);
        }
        return out;
    }

    private static boolean matches(LogRecord l, List<List<byte[]>> topics) {
        for (int i = 0; i < topics.size(); i++) {
            List<byte[]> options = topics.get(i);
            if (options.isEmpty()) {
                continue;
            }
            if (i >= l.topics().size()) {
                return false;
            }
            byte[] actual = l.topics().get(i);
            if (options.stream().noneMatch(o -> Arrays.equals(o, actual))) {
                return false;
            }
        }
        return true;
    }
}
