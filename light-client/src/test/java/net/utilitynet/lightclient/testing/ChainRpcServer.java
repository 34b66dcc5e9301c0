package net.utilitynet.lightclient.testing;

import net.utilitynet.lightclient.localrpc.BlockJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import org.web3j.utils.Numeric;

/**
 * A loopback JSON-RPC node serving a list of headers (eth_blockNumber, eth_getBlockByNumber). The chain can be
 * swapped at any time to simulate a reorg. Sync tests over real HTTP before and beside the devnet.
 */
public final class ChainRpcServer implements AutoCloseable {
    private final JsonRpcTestServer server;
    private volatile List<BlockHeader> chain;
    private volatile TestWorld world;
    private volatile long worldBlock = -1;
    private volatile MinerSet minerSet;

    public ChainRpcServer(List<BlockHeader> chain) throws IOException {
        this.chain = List.copyOf(chain);
        server = new JsonRpcTestServer()
                .on("eth_blockNumber", p -> TextNode.valueOf(BlockJson.q(this.chain.size() - 1)))
                .on("eth_getBlockByNumber", this::block)
                .on("eth_getProof", p -> world.proof(p.get(0).asText(), p.get(1)))
                .on("eth_getCode", p -> TextNode.valueOf(Numeric.toHexString(world.code(p.get(0).asText()))))
                .on("eth_getBlockReceipts", p -> {
                    long n = number(p.get(0));
                    return n == worldBlock ? world.receipts(chain.get((int) n)) : JsonNodeFactory.instance.arrayNode();
                })
                .on("unc_getHeaderProof", this::headerProof)
                .on("unc_getMinerSet", p -> minerSetJson())
                .on("eth_getTransactionReceipt", p -> {
                    if (worldBlock < 0) {
                        return NullNode.getInstance();
                    }
                    for (JsonNode r : world.receipts(chain.get((int) worldBlock))) {
                        if (r.get("transactionHash").asText().equalsIgnoreCase(p.get(0).asText())) {
                            return r;
                        }
                    }
                    return NullNode.getInstance();
                });
    }

    /** The devnet's answer format: blockHash, leafIndex and branch against the covering checkpoint's historyRoot. */
    private JsonNode headerProof(JsonNode params) {
        long n = number(params.get(0));
        long e = PociTestChain.EPOCH_LENGTH;
        long k = n / e + 1;
        List<BlockHeader> c = chain;
        List<byte[]> hashes = c.subList((int) ((k - 1) * e), (int) (k * e)).stream().map(BlockHeader::hash).toList();
        int index = HistoryRoot.leafIndex(n, k, e);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("blockNumber", BlockJson.q(n));
        o.put("blockHash", Numeric.toHexString(hashes.get(index)));
        o.put("checkpointBlockNumber", BlockJson.q(k * e));
        o.put("leafIndex", BlockJson.q(index));
        var branch = o.putArray("branch");
        HistoryRoot.of(hashes).branch(index).forEach(b -> branch.add(Numeric.toHexString(b)));
        return o;
    }

    private static long number(JsonNode quantity) {
        return Numeric.decodeQuantity(quantity.asText()).longValueExact();
    }

    private JsonNode block(JsonNode params) {
        long n = number(params.get(0));
        List<BlockHeader> c = chain;
        if (n >= c.size()) {
            return NullNode.getInstance();
        }
        ObjectNode block = BlockJson.of(c.get((int) n));
        if (n == worldBlock && params.path(1).asBoolean(false)) {
            block.set("transactions", world.transactions(c.get((int) n)));
        }
        return block;
    }

    /** Serves {@code set} as the miner set of every epoch (as the test chain uses one set throughout). */
    public void serveMinerSet(MinerSet set) {
        minerSet = set;
    }

    private JsonNode minerSetJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("root", Numeric.toHexString(minerSet.root()));
        o.put("totalPower", BlockJson.q(minerSet.totalPower()));
        var entries = o.putArray("entries");
        for (MinerEntry m : minerSet.entries()) {
            ObjectNode e = entries.addObject();
            e.put("miner", Numeric.toHexString(m.miner()));
            e.put("payout", Numeric.toHexString(m.payout()));
            e.put("vrfPubKey", Numeric.toHexString(m.vrfPubKey()));
            e.put("power", BlockJson.q(m.power()));
        }
        return o;
    }

    /** Serves {@code w}'s state, transactions and receipts as those of block {@code blockNumber}. */
    public void serveWorld(TestWorld w, long blockNumber) {
        world = w;
        worldBlock = blockNumber;
    }

    public void serve(List<BlockHeader> newChain) {
        chain = List.copyOf(newChain);
    }

    public JsonRpcTestServer rpc() {
        return server;
    }

    public URI uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
