package net.utilitynet.wallet.tx;

import java.math.BigInteger;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.address.RecipientCheck;
import net.utilitynet.wallet.amount.UncAmount;

/**
 * What the user confirms before signing. {@code maxFee} is the worst case (gasLimit × max fee);
 * {@code total} = amount + maxFee. {@code recipient} carries the first-time and look-alike warnings.
 */
public record TxPreview(Address from, Address to, UncAmount amount, UncAmount maxFee, UncAmount total, String network, long chainId,
        BigInteger nonce, TxParams params, RecipientCheck recipient) {
}
