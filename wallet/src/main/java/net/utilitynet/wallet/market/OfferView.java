package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.Optional;
import net.utilitynet.wallet.address.Address;

/**
 * An offer as the Market page and {@code market offers} show it, every field from verified storage or a proven log:
 * {@code ratedPower} is the registry's rating of the chip, {@code uptime} its proven heartbeat share, {@code rating}
 * the provider's average stars, {@code model} from the chip's proven {@code ChipRegistered} log (empty when not
 * found), {@code memoryGib} the published memory of that model ({@link ChipSpecs}; 0 when unknown).
 */
public record OfferView(BigInteger offerId, String chipId, Address provider, Optional<String> model, int memoryGib, long ratedPower,
                        BigInteger pricePerHourWei, long minHours, long maxHours, double uptime, Optional<Double> rating, boolean active,
                        boolean leased, boolean online, long provenAtBlock) {

    public boolean simulated() {
        return model.map(ChipSpecs::simulated).orElse(false);
    }

    public boolean rentable() {
        return active && !leased && online;
    }
}
