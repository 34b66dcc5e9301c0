package net.utilitynet.wallet.chain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryEntry;
import org.web3j.utils.Numeric;

/**
 * {@link UnverifiedRpc} over HTTP JSON-RPC 2.0 ({@code java.net.http} + Jackson). Its answers are
 * not proven: use it only for what needs no trust (broadcast, fee quotes, chain id, the history index).
 */
public final class UnverifiedJsonRpc implements UnverifiedRpc {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final AtomicLong ids = new AtomicLong();

    public UnverifiedJsonRpc(URI endpoint, HttpClient http, Duration timeout) {
        this.endpoint = endpoint;
        this.http = http;
        this.timeout = timeout;
    }

    public static UnverifiedJsonRpc to(URI endpoint) {
        return new UnverifiedJsonRpc(endpoint, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Duration.ofSeconds(15));
    }

    @Override
    public long chainId() {
        return RpcAnswers.chainId(result("eth_chainId", JSON.createArrayNode()));
    }

    @Override
    public FeeHistory feeHistory(int blockCount, List<Double> rewardPercentiles) {
        ArrayNode params = JSON.createArrayNode().add(RpcAnswers.hexQuantity(blockCount)).add("latest");
        ArrayNode pct = params.addArray();
        rewardPercentiles.forEach(pct::add);
        return RpcAnswers.feeHistory(result("eth_feeHistory", params));
    }

    @Override
    public BroadcastResult sendRawTransaction(byte[] signedTx) {
        JsonNode reply = call("eth_sendRawTransaction", JSON.createArrayNode().add(Numeric.toHexString(signedTx)));
        if (reply.hasNonNull("error")) {
            return BroadcastResult.fromError(reply.get("error").path("message").asText("unknown error"));
        }
        return new BroadcastResult(BroadcastResult.Outcome.ACCEPTED, reply.path("result").asText());
    }

    @Override
    public List<HistoryEntry> transactionsByAddress(Address address, long fromBlock, int limit) {
        ArrayNode params = JSON.createArrayNode().add(address.lower()).add(RpcAnswers.hexQuantity(fromBlock)).add(RpcAnswers.hexQuantity(limit));
        return RpcAnswers.history(result("unc_getTransactionsByAddress", params));
    }

    private JsonNode result(String method, ArrayNode params) {
        JsonNode reply = call(method, params);
        if (reply.hasNonNull("error")) {
            throw new ChainAccessException(method + " failed at " + endpoint + ": " + reply.get("error").path("message").asText());
        }
        if (!reply.has("result")) {
            throw new ChainAccessException(method + " at " + endpoint + " returned neither result nor error; the endpoint is not a JSON-RPC node");
        }
        return reply.get("result");
    }

    private JsonNode call(String method, ArrayNode params) {
        ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
        req.set("params", params);
        HttpResponse<byte[]> resp;
        try {
            resp = http.send(HttpRequest.newBuilder(endpoint).timeout(timeout).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(req))).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ChainAccessException("the node at " + endpoint + " cannot be reached (" + e.getClass().getSimpleName()
                    + "); check the endpoint in Settings and retry — nothing was lost", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainAccessException(method + " was interrupted", e);
        }
        if (resp.statusCode() != 200) {
            throw new ChainAccessException(method + " at " + endpoint + " answered HTTP " + resp.statusCode() + "; check the endpoint URL");
        }
        try {
            JsonNode reply = JSON.readTree(resp.body());
            if (reply == null || !reply.isObject()) {
                throw new ChainAccessException(method + " at " + endpoint + " did not answer a JSON-RPC object");
            }
            return reply;
        } catch (IOException e) {
            throw new ChainAccessException(method + " at " + endpoint + " answered invalid JSON; the endpoint is not a JSON-RPC node", e);
        }
    }
}
