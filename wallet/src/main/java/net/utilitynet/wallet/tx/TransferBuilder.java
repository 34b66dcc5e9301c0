package net.utilitynet.wallet.tx;

import java.math.BigInteger;
import java.util.Collection;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.address.RecipientCheck;
import net.utilitynet.wallet.amount.MaxAmount;
import net.utilitynet.wallet.amount.UncAmount;

/** Turns the send form (recipient text, amount text or Max, fees) into a checked {@link TxPreview}. */
public final class TransferBuilder {
    private TransferBuilder() {
    }

    /**
     * @param amountText the typed amount, or null for "Max" (balance − gasLimit × maxFee)
     * @param known      address book, own accounts and history counterparties, for the recipient warnings
     */
    public static TxPreview prepare(Address from, String toText, String amountText, UncAmount balance, Fees fees, BigInteger nonce,
            long chainId, String network, Collection<Address> known) {
        Address to = Address.parse(toText, "to");
        BigInteger gas = TxParams.TRANSFER_GAS;
        UncAmount amount = amountText == null ? MaxAmount.of(balance, gas, fees.maxCostPerGas()) : UncAmount.parsePositive(amountText, "amount");
        TxParams params = new TxParams(chainId, nonce, to, amount.wei(), gas, new byte[0], fees);
        UncAmount maxFee = UncAmount.ofWei(params.maxFeeWei());
        UncAmount total = amount.plus(maxFee);
        if (total.exceeds(balance)) {
            throw new InvalidInputException("amount", "amount plus the maximum fee (" + total + ") is more than the balance "
                    + balance + "; send at most " + (balance.exceeds(maxFee) ? UncAmount.ofWei(balance.wei().subtract(maxFee.wei())) : UncAmount.ZERO)
                    + " or use Max");
        }
        return new TxPreview(from, to, amount, maxFee, total, network, chainId, nonce, params, RecipientCheck.of(to, known));
    }
}
