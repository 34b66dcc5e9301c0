package net.utilitynet.wallet.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.FeeHistory;
import org.junit.jupiter.api.Test;

class FeePresetsTest {
    static final BigInteger GWEI = BigInteger.TEN.pow(9);

    static FeeHistory history() {
        List<List<BigInteger>> rewards = List.of(List.of(g(1), g(2), g(5)), List.of(g(1), g(3), g(9)), List.of(g(2), g(2), g(4)));
        return new FeeHistory(100, List.of(g(10), g(11), g(12), g(8)), rewards, List.of(0.5, 0.6, 0.2));
    }

    static BigInteger g(long gwei) {
        return BigInteger.valueOf(gwei).multiply(GWEI);
    }

    @Test
    void from_feeHistory_mediansAndHeadroom() {
        FeePresets p = FeePresets.from(history());
        assertEquals(g(8), p.nextBaseFee());
        assertEquals(new Fees.Eip1559(g(10).add(g(1)), g(1)), p.slow());
        assertEquals(new Fees.Eip1559(g(16).add(g(2)), g(2)), p.normal());
        assertEquals(new Fees.Eip1559(g(16).add(g(5)), g(5)), p.fast());
    }

    @Test
    void custom_maxFeeBelowBaseFee_errorNamesMaxFee() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FeePresets.from(history()).custom(g(7), g(1)));
        assertEquals("maxFeePerGas", e.field());
        assertTrue(e.getMessage().contains("below the next base fee"));
    }

    @Test
    void custom_tipAboveMaxFee_errorNamesTip() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FeePresets.from(history()).custom(g(9), g(10)));
        assertEquals("maxPriorityFeePerGas", e.field());
    }

    @Test
    void prepare_amountPlusFeeAboveBalance_errorNamesAmount() {
        Address from = Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "from");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TransferBuilder.prepare(from,
                "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1", UncAmount.ofUnc(1), new Fees.Eip1559(g(10), g(1)), BigInteger.ZERO,
                21844, "devnet", List.of()));
        assertEquals("amount", e.field());
        assertTrue(e.getMessage().contains("more than the balance"));
    }

    @Test
    void prepare_max_totalEqualsBalance() {
        Address from = Address.parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "from");
        TxPreview p = TransferBuilder.prepare(from, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", null, UncAmount.ofUnc(1),
                new Fees.Eip1559(g(10), g(1)), BigInteger.ZERO, 21844, "devnet", List.of(from));
        assertEquals(UncAmount.ofUnc(1), p.total());
        assertEquals(g(10).multiply(BigInteger.valueOf(21000)), p.maxFee().wei());
        assertTrue(p.recipient().firstTime());
        assertEquals(21844, p.chainId());
    }
}
