package net.utilitynet.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import net.utilitynet.protocol.chain.DevnetAccounts;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** A started devnet (on-demand mode unless told otherwise) with an RPC client and signing helpers for dev accounts. */
public final class DevnetFixture implements AutoCloseable {
    public static final long CHAIN_ID = 21844;
    public static final BigInteger GWEI = BigInteger.TEN.pow(9);
    public static final BigInteger UNC = BigInteger.TEN.pow(18);

    public final Devnet devnet;
    public final RpcTestClient rpc;

    private DevnetFixture(Devnet devnet) {
        this.devnet = devnet;
        this.rpc = new RpcTestClient(devnet.rpcUrl());
    }

    public static DevnetFixture onDemand(Path dir) throws Exception {
        return new DevnetFixture(Devnet.start(DevnetConfig.defaults(dir).withBlockTimeMs(0)));
    }

    public static DevnetFixture start(DevnetConfig config) throws Exception {
        return new DevnetFixture(Devnet.start(config));
    }

    public static Credentials account(int index) {
        return Credentials.create(Numeric.toHexString(DevnetAccounts.privateKey(index)));
    }

    public static String address(int index) {
        return account(index).getAddress();
    }

    /** A signed EIP-1559 transfer. */
    public static String transfer(int fromIndex, long nonce, String to, BigInteger value, BigInteger maxFee, BigInteger tip, long chainId) {
        RawTransaction tx = RawTransaction.createEtherTransaction(chainId, BigInteger.valueOf(nonce), BigInteger.valueOf(21_000), to,
                value, tip, maxFee);
        return Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, account(fromIndex)));
    }

    public static String transfer(int fromIndex, long nonce, String to, BigInteger value) {
        return transfer(fromIndex, nonce, to, value, GWEI.multiply(BigInteger.valueOf(10)), GWEI, CHAIN_ID);
    }

    /** A signed EIP-1559 call with calldata. */
    public static String call(int fromIndex, long nonce, String to, byte[] data, long gas) {
        return call(fromIndex, nonce, to, data, gas, BigInteger.ZERO);
    }

    /** Sends a raw transaction, mines a block, and returns its receipt. */
    public JsonNode sendAndMine(String raw) {
        String hash = rpc.result("eth_sendRawTransaction", raw).asText();
        devnet.mineBlock();
        return rpc.result("eth_getTransactionReceipt", hash);
    }

    public long epochLength() {
        return net.utilitynet.protocol.chain.ChainParams.devnet().epochLength();
    }

    public String registry() {
        return net.utilitynet.protocol.modules.SystemModules.POCI_REGISTRY_HEX;
    }

    /** A signed EIP-1559 call with calldata and value. */
    public static String call(int fromIndex, long nonce, String to, byte[] data, long gas, BigInteger value) {
        RawTransaction tx = RawTransaction.createTransaction(CHAIN_ID, BigInteger.valueOf(nonce), BigInteger.valueOf(gas), to,
                value, Numeric.toHexString(data), GWEI, GWEI.multiply(BigInteger.valueOf(10)));
        return Numeric.toHexString(TransactionEncoder.signMessage(tx, CHAIN_ID, account(fromIndex)));
    }

    /** Mines until the head is {@code number}. */
    public void mineTo(long number) {
        while (devnet.headNumber() < number) {
            devnet.mineBlock();
        }
    }

    public BigInteger balance(String address) {
        return Numeric.toBigInt(rpc.result("eth_getBalance", address, "latest").asText());
    }

    public long blockNumber() {
        return Numeric.toBigInt(rpc.result("eth_blockNumber").asText()).longValueExact();
    }

    public JsonNode block(long number, boolean full) {
        return rpc.result("eth_getBlockByNumber", "0x" + Long.toHexString(number), full);
    }

    @Override
    public void close() {
        devnet.close();
    }
}
