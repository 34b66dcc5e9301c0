package net.utilitynet.miner.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import net.utilitynet.lightclient.state.StateVerifier;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.receipt.Receipt;
import org.web3j.utils.Numeric;

/**
 * The priority fees a block paid to its coinbase (design §4.1: the base fee is burned, the tip goes to coinbase):
 * {@code Σ gasUsed_i · tip_i} with {@code tip = min(maxPriorityFeePerGas, maxFeePerGas − baseFee)} (type 2) or
 * {@code gasPrice − baseFee} (legacy). The transactions are accepted only when they rebuild the verified header's
 * transactionsRoot and the receipts its receiptsRoot; an endpoint that fails either is marked lying.
 */
public final class PriorityFees {
    private PriorityFees() {
    }

    public static BigInteger of(MinerChain chain, BlockHeader header) {
        if (header.gasUsed() == 0) {
            return BigInteger.ZERO;
        }
        String number = Numeric.encodeQuantity(BigInteger.valueOf(header.number()));
        return chain.lightClient().endpointPool().withFailover("priority fees of block " + header.number(), endpoint -> {
            JsonNode block = endpoint.call("eth_getBlockByNumber", number, true);
            StateVerifier.verifyTransactionHashes(block, header);
            List<Receipt> receipts = StateVerifier.verifyBlockReceipts(endpoint.call("eth_getBlockReceipts", number), header);
            JsonNode txs = block.get("transactions");
            if (receipts.size() != txs.size()) {
                throw new VerificationException(header.number(), "receipts-root", receipts.size() + " receipts for " + txs.size() + " transactions");
            }
            try {
                return sum(txs, receipts, header.baseFeePerGas());
            } catch (ProtocolException e) {
                throw new VerificationException(header.number(), "transaction-format", e.getMessage(), e);
            }
        });
    }

    static BigInteger sum(JsonNode txs, List<Receipt> receipts, BigInteger baseFee) {
        BigInteger total = BigInteger.ZERO;
        long previous = 0;
        for (int i = 0; i < receipts.size(); i++) {
            JsonNode tx = txs.get(i);
            long gasUsed = receipts.get(i).cumulativeGasUsed() - previous;
            previous = receipts.get(i).cumulativeGasUsed();
            BigInteger tip;
            if (tx.hasNonNull("maxFeePerGas")) {
                BigInteger maxFee = RpcJson.quantity(tx.get("maxFeePerGas"), "maxFeePerGas");
                BigInteger maxTip = RpcJson.quantity(tx.get("maxPriorityFeePerGas"), "maxPriorityFeePerGas");
                tip = maxTip.min(maxFee.subtract(baseFee));
            } else {
                tip = RpcJson.quantity(tx.get("gasPrice"), "gasPrice").subtract(baseFee);
            }
            total = total.add(tip.max(BigInteger.ZERO).multiply(BigInteger.valueOf(gasUsed)));
        }
        return total;
    }
}
