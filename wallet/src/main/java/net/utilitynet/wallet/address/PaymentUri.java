package net.utilitynet.wallet.address;

import java.util.Optional;

import net.utilitynet.wallet.amount.UncAmount;

/** EIP-681 payment request for the receive screen and its QR code: {@code ethereum:0xADDR@chainId?value=WEI}. */
public final class PaymentUri {
    private PaymentUri() {
    }

    public static String of(Address to, long chainId, Optional<UncAmount> amount) {
        StringBuilder b = new StringBuilder("ethereum:").append(to.checksummed()).append('@').append(chainId);
        amount.ifPresent(a -> b.append("?value=").append(a.wei()));
        return b.toString();
    }
}
