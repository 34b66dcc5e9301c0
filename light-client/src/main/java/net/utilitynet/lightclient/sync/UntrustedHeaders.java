package net.utilitynet.lightclient.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.utilitynet.lightclient.rpc.RpcClient;
import net.utilitynet.lightclient.rpc.RpcRequest;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderException;
import net.utilitynet.protocol.header.HeaderHashMismatchException;
import net.utilitynet.protocol.header.HeaderJson;
import org.web3j.utils.Numeric;

/**
 * Fetches headers from one endpoint. The only check made here is that each header's recomputed hash equals the
 * hash the node reported and that it is the block asked for; everything else is for the verifiers.
 */
public final class UntrustedHeaders {
    private UntrustedHeaders() {
    }

    /** The endpoint's claimed head number: a sync target only, never shown as verified. */
    public static long untrustedBlockNumber(RpcClient endpoint) {
        JsonNode n = endpoint.call("eth_blockNumber");
        try {
            return Numeric.decodeQuantity(n.asText()).longValueExact();
        } catch (RuntimeException e) {
            throw new VerificationException(-1, "block-number", "eth_blockNumber answered " + n + ", not a hex quantity");
        }
    }

    /**
     * Headers {@code from … to} in one batched round trip. Stops at the first block the node does not have yet
     * (a JSON null), so the list may be shorter than asked.
     */
    public static List<BlockHeader> untrustedHeaders(RpcClient endpoint, long from, long to) {
        return untrustedHeadersAt(endpoint, LongStream.rangeClosed(from, to).boxed().toList());
    }

    /** Headers at the given heights in one batched round trip, stopping at the first the node does not have. */
    public static List<BlockHeader> untrustedHeadersAt(RpcClient endpoint, List<Long> numbers) {
        List<RpcRequest> requests = new ArrayList<>(numbers.size());
        for (long n : numbers) {
            requests.add(RpcRequest.of("eth_getBlockByNumber", quantity(n), false));
        }
        List<JsonNode> blocks = endpoint.batch(requests);
        List<BlockHeader> headers = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            if (block == null || block.isNull()) {
                break;
            }
            headers.add(parse(block, numbers.get(i)));
        }
        return headers;
    }

    static String quantity(long n) {
        return Numeric.encodeQuantity(BigInteger.valueOf(n));
    }

    /** One header by number, or null when the node does not have it. */
    public static BlockHeader untrustedHeader(RpcClient endpoint, long number) {
        JsonNode block = endpoint.call("eth_getBlockByNumber", quantity(number), false);
        return block == null || block.isNull() ? null : parse(block, number);
    }

    /** Parses a block object, checking the recomputed hash and that it is block {@code expectedNumber}. */
    public static BlockHeader parse(JsonNode block, long expectedNumber) {
        BlockHeader header;
        try {
            header = HeaderJson.fromRpc(block);
        } catch (HeaderHashMismatchException e) {
            throw new VerificationException(expectedNumber, "hash", e.getMessage(), e);
        } catch (HeaderException e) {
            throw new VerificationException(expectedNumber, "header-format", e.getMessage(), e);
        }
        if (header.number() != expectedNumber) {
            throw new VerificationException(expectedNumber, "number", "asked for block " + expectedNumber
                    + " but got block " + header.number());
        }
        return header;
    }
}
