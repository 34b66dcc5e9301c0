package net.utilitynet.app.wallet;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.wallet.address.PaymentUri;

/**
 * A payment link on its way to the Send tab: the shell offers it, and the Wallet page of the link's chain takes it
 * (a link without a chain id fits any). It waits while no such page is open, e.g. until a network switch it asked
 * for has opened the other network's wallet.
 */
public final class PaymentRequests {
    private final LiveValue<Optional<PaymentUri.Request>> pending = new LiveValue<>(Optional.empty());

    /** Replaces any request still waiting: the latest link is the one the user clicked. */
    public void offer(PaymentUri.Request request) {
        pending.set(Optional.of(request));
    }

    /** Takes the waiting request when it is for {@code chainId}. */
    public Optional<PaymentUri.Request> take(long chainId) {
        AtomicReference<Optional<PaymentUri.Request>> taken = new AtomicReference<>(Optional.empty());
        pending.update(current -> {
            if (current.isPresent() && fits(current.get().chainId(), chainId)) {
                taken.set(current);
                return Optional.empty();
            }
            return current;
        });
        return taken.get();
    }

    private static boolean fits(OptionalLong requested, long chainId) {
        return requested.isEmpty() || requested.getAsLong() == chainId;
    }

    /** Calls {@code onOffer} now and whenever a request is offered, on the offering thread. */
    public LiveValue.Subscription subscribe(Runnable onOffer) {
        return pending.subscribe(p -> {
            if (p.isPresent()) {
                onOffer.run();
            }
        });
    }
}
