package net.utilitynet.miner.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.List;
import net.utilitynet.protocol.receipt.Receipt;
import org.junit.jupiter.api.Test;

class PriorityFeesTest {
    @Test
    void sum_typeTwoAndLegacy_tipTimesGasUsedEach() throws Exception {
        var txs = new ObjectMapper().readTree("""
                [{"type":"0x2","maxFeePerGas":"0x3b9aca0a","maxPriorityFeePerGas":"0x5"},
                 {"type":"0x2","maxFeePerGas":"0x3b9aca02","maxPriorityFeePerGas":"0x5"},
                 {"type":"0x0","gasPrice":"0x3b9aca07"}]""");
        List<Receipt> receipts = List.of(new Receipt(2, true, 21_000, List.of()), new Receipt(2, true, 81_000, List.of()),
                new Receipt(0, false, 102_000, List.of()));
        BigInteger baseFee = BigInteger.valueOf(1_000_000_000);
        // 21000 × min(5, 10) + 60000 × min(5, 2) + 21000 × 7
        assertEquals(BigInteger.valueOf(21_000 * 5 + 60_000 * 2 + 21_000 * 7), PriorityFees.sum(txs, receipts, baseFee));
    }
}
