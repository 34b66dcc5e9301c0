package net.utilitynet.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** Every rejection is a -32000 error whose message says why, and the node keeps serving. */
class TxRejectionTest {
    private static final String BOB = "0x00000000000000000000000000000000000000b0";
    @TempDir
    static Path dir;
    private static DevnetFixture net;

    @BeforeAll
    static void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
        // account 5 has used nonces 0 and 1
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(5, 0, BOB, BigInteger.ONE));
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(5, 1, BOB, BigInteger.ONE));
        net.devnet.mineBlock();
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    private static String reject(String raw) {
        JsonNode e = net.rpc.error("eth_sendRawTransaction", raw);
        assertEquals(-32000, e.get("code").asInt(), e.toString());
        return e.get("message").asText();
    }

    @Test
    void send_wrongChainId_namesBothChainIds() {
        String raw = DevnetFixture.transfer(6, 0, BOB, BigInteger.ONE, DevnetFixture.GWEI.multiply(BigInteger.TEN), DevnetFixture.GWEI, 1);
        assertEquals("invalid chain id 1, this devnet is 21844", reject(raw));
    }

    @Test
    void send_replayedTransaction_isNonceTooLow() {
        assertEquals("nonce too low: account nonce is 2, tx nonce 0", reject(DevnetFixture.transfer(5, 0, BOB, BigInteger.ONE)));
    }

    @Test
    void send_sameTransactionTwice_isAlreadyKnown() {
        String raw = DevnetFixture.transfer(6, 5, BOB, BigInteger.ONE);
        net.rpc.result("eth_sendRawTransaction", raw);
        assertTrue(reject(raw).startsWith("already known"));
    }

    @Test
    void send_replacementWithSameFee_isUnderpriced() {
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(6, 9, BOB, BigInteger.ONE));
        assertTrue(reject(DevnetFixture.transfer(6, 9, BOB, BigInteger.TWO)).startsWith("replacement transaction underpriced"));
        // 10% more on both caps replaces it
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(6, 9, BOB, BigInteger.TWO,
                DevnetFixture.GWEI.multiply(BigInteger.valueOf(11)), DevnetFixture.GWEI.multiply(BigInteger.valueOf(11)).divide(BigInteger.TEN),
                DevnetFixture.CHAIN_ID));
    }

    @Test
    void send_valueAboveBalance_isInsufficientFunds() {
        String msg = reject(DevnetFixture.transfer(7, 0, BOB, DevnetFixture.UNC.multiply(BigInteger.valueOf(20_000))));
        assertTrue(msg.startsWith("insufficient funds: balance 10000000000000000000000 wei, needed "), msg);
    }

    @Test
    void send_maxFeeBelowBaseFee_namesBoth() {
        String msg = reject(DevnetFixture.transfer(7, 0, BOB, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE, DevnetFixture.CHAIN_ID));
        assertTrue(msg.startsWith("max fee per gas 1 below base fee "), msg);
    }

    @Test
    void send_contractCreation_isRefusedClearly() {
        RawTransaction tx = RawTransaction.createTransaction(DevnetFixture.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(100_000),
                "", BigInteger.ZERO, "0x6000", DevnetFixture.GWEI, DevnetFixture.GWEI.multiply(BigInteger.TEN));
        String raw = Numeric.toHexString(TransactionEncoder.signMessage(tx, DevnetFixture.CHAIN_ID, DevnetFixture.account(7)));
        assertTrue(reject(raw).startsWith("contract creation is not supported"));
    }

    @Test
    void send_gasBelowIntrinsic_isRefused() {
        RawTransaction tx = RawTransaction.createTransaction(DevnetFixture.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000), BOB,
                BigInteger.ZERO, "0x01", DevnetFixture.GWEI, DevnetFixture.GWEI.multiply(BigInteger.TEN));
        String raw = Numeric.toHexString(TransactionEncoder.signMessage(tx, DevnetFixture.CHAIN_ID, DevnetFixture.account(7)));
        assertEquals("intrinsic gas too low: gas limit 21000, needed 21016", reject(raw));
    }

    @Test
    void send_highSSignature_isRefused() {
        RawTransaction tx = RawTransaction.createEtherTransaction(DevnetFixture.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000), BOB,
                BigInteger.ONE, DevnetFixture.GWEI, DevnetFixture.GWEI.multiply(BigInteger.TEN));
        Sign.SignatureData sig = Sign.signMessage(TransactionEncoder.encode(tx), DevnetFixture.account(7).getEcKeyPair());
        BigInteger n = new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
        BigInteger highS = n.subtract(new BigInteger(1, sig.getS()));
        byte v = (byte) (sig.getV()[0] == 27 ? 28 : 27); // the flipped parity goes with n - s
        Sign.SignatureData malleated = new Sign.SignatureData(v, sig.getR(), Numeric.toBytesPadded(highS, 32));
        String raw = Numeric.toHexString(TransactionEncoder.encode(tx, malleated));
        assertTrue(reject(raw).contains("low-s"));
    }

    @Test
    void send_garbageBytes_isInvalidTransaction() {
        assertTrue(reject("0xdeadbeef").startsWith("invalid transaction"));
        assertTrue(reject("0x05c0").startsWith("invalid transaction: unsupported transaction type 0x5"));
        assertEquals(-32602, net.rpc.error("eth_sendRawTransaction", "0xabc").get("code").asInt());
        assertEquals("0x1", net.rpc.result("eth_blockNumber").asText());
    }
}
