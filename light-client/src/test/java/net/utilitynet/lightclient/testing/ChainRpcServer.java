package net.utilitynet.lightclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/**
 * A loopback JSON-RPC node serving a list of headers (eth_blockNumber, eth_getBlockByNumber). The chain can be
 * swapped at any time to simulate a reorg. Sync tests over real HTTP before and beside the devnet.
 */
public final class ChainRpcServer implements AutoCloseable {
    private final JsonRpcTestServer server;
    private volatile List<BlockHeader> chain;

    public ChainRpcServer(List<BlockHeader> chain) throws IOException {
        this.chain = List.copyOf(chain);
        server = new JsonRpcTestServer()
                .on("eth_blockNumber", p -> TextNode.valueOf(BlockJson.q(this.chain.size() - 1)))
                .on("eth_getBlockByNumber", this::block);
    }

    private JsonNode block(JsonNode params) {
        long n = Numeric.decodeQuantity(params.get(0).asText()).longValueExact();
        List<BlockHeader> c = chain;
        return n < c.size() ? BlockJson.of(c.get((int) n)) : NullNode.getInstance();
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
