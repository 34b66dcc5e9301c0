package net.utilitynet.wallet.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.math.BigInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/** Vectors copied from the shared vector set into src/test/resources/vectors (sources in their files). */
class TransactionSignerTest {

    static JsonNode vectors(String name) throws Exception {
        try (InputStream in = TransactionSignerTest.class.getResourceAsStream("/vectors/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void sign_eip155Example_byteForByte() throws Exception {
        JsonNode v = vectors("signed_transactions_with_hashes.json").get("eip155_example");
        TxParams p = new TxParams(1, BigInteger.valueOf(9), Address.ofTrusted(v.get("to").asText()), new BigInteger(v.get("value").asText()),
                BigInteger.valueOf(21000), new byte[0], new Fees.Legacy(new BigInteger(v.get("gasPrice").asText())));
        SignedTx tx = TransactionSigner.sign(p, Numeric.hexStringToByteArray(v.get("privateKey").asText()));
        assertEquals(v.get("signedTx").asText(), tx.rawHex());
        assertEquals(v.get("computed").get("txHash").asText(), tx.hash());
        assertEquals(v.get("computed").get("sender").asText(), tx.from().lower());
    }

    /** All 10 ethereumjs EIP-1559 signing vectors (chain id 7822), byte for byte. */
    @Test
    void sign_ethereumjsEip1559Vectors_byteForByte() throws Exception {
        JsonNode all = vectors("ethereumjs_eip1559_signing_vectors.json");
        assertEquals(10, all.size());
        for (JsonNode v : all) {
            TxParams p = new TxParams(7822, BigInteger.valueOf(v.get("nonce").asLong()), Address.ofTrusted(v.get("to").asText()),
                    BigInteger.valueOf(v.get("value").asLong()), BigInteger.valueOf(v.get("gasLimit").asLong()), new byte[0],
                    new Fees.Eip1559(BigInteger.valueOf(v.get("maxFeePerGas").asLong()), BigInteger.valueOf(v.get("maxInclusionFeePerGas").asLong())));
            SignedTx tx = TransactionSigner.sign(p, Numeric.hexStringToByteArray(v.get("privateKey").asText()));
            // the vector wraps the typed transaction in an RLP byte string
            byte[] wrapped = Numeric.hexStringToByteArray(v.get("signedTransactionRLP").asText());
            byte[] expected = ((RlpString) RlpDecoder.decode(wrapped).getValues().get(0)).getBytes();
            assertEquals(Numeric.toHexString(expected), tx.rawHex());
        }
    }

    @Test
    void bumped_replacementFees_atLeastTenPercentHigher() {
        Fees.Eip1559 f = new Fees.Eip1559(BigInteger.valueOf(100), BigInteger.valueOf(1));
        Fees.Eip1559 b = (Fees.Eip1559) f.bumped();
        assertEquals(BigInteger.valueOf(110), b.maxFeePerGas());
        assertEquals(BigInteger.valueOf(2), b.maxPriorityFeePerGas());
        // 12 would be only +9.1%, so the bump rounds up to 13
        assertEquals(BigInteger.valueOf(13), ((Fees.Legacy) new Fees.Legacy(BigInteger.valueOf(11)).bumped()).gasPrice());
    }
}
