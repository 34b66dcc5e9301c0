package net.utilitynet.app.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccessException;

/** The embedded devnet's test faucet ({@code unc_devFaucet}): blocking, call it off the FX thread. */
final class DevFaucet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DevFaucet(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends {@code wei} to {@code to}; returns the transaction hash once the devnet has included it. */
    String request(Address to, BigInteger wei) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"unc_devFaucet\",\"params\":[\"" + to.lower() + "\",\"0x" + wei.toString(16) + "\"]}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (answer.hasNonNull("error")) {
                throw new ChainAccessException("the devnet faucet refused: " + answer.get("error").path("message").asText());
            }
            return answer.get("result").asText();
        } catch (IOException e) {
            throw new ChainAccessException("the devnet at " + endpoint + " did not answer (" + e.getMessage() + "); is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainAccessException("interrupted while asking the devnet faucet", e);
        }
    }
}
