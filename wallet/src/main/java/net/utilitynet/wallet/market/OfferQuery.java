package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Filters and sorting for the offer list; {@link #ALL} keeps every listed offer, cheapest first. */
public record OfferQuery(Optional<String> modelContains, int minMemoryGib, long minRatedPower, Optional<BigInteger> maxPricePerHourWei,
                         double minUptime, double minRating, boolean includeUnavailable, Sort sort) {
    public static final OfferQuery ALL = new OfferQuery(Optional.empty(), 0, 0, Optional.empty(), 0, 0, true, Sort.PRICE);

    public enum Sort {
        PRICE(Comparator.comparing(OfferView::pricePerHourWei)),
        PRICE_PER_POWER(Comparator.comparing(o -> new java.math.BigDecimal(o.pricePerHourWei())
                .divide(java.math.BigDecimal.valueOf(Math.max(1, o.ratedPower())), java.math.MathContext.DECIMAL64))),
        RATED_POWER(Comparator.comparingLong(OfferView::ratedPower).reversed()),
        MEMORY(Comparator.comparingInt(OfferView::memoryGib).reversed()),
        UPTIME(Comparator.comparingDouble(OfferView::uptime).reversed()),
        RATING(Comparator.comparingDouble((OfferView o) -> o.rating().orElse(0.0)).reversed());

        final Comparator<OfferView> order;

        Sort(Comparator<OfferView> order) {
            this.order = order.thenComparing(OfferView::offerId);
        }
    }

    public OfferQuery withSort(Sort s) {
        return new OfferQuery(modelContains, minMemoryGib, minRatedPower, maxPricePerHourWei, minUptime, minRating, includeUnavailable, s);
    }

    public List<OfferView> apply(List<OfferView> offers) {
        return offers.stream().filter(this::matches).sorted(sort.order).toList();
    }

    boolean matches(OfferView o) {
        if (!o.active()) {
            return false;
        }
        if (!includeUnavailable && !o.rentable()) {
            return false;
        }
        if (modelContains.isPresent() && !o.model().map(m -> m.toLowerCase(Locale.ROOT)
                .contains(modelContains.get().toLowerCase(Locale.ROOT))).orElse(false)) {
            return false;
        }
        return o.memoryGib() >= minMemoryGib && o.ratedPower() >= minRatedPower
                && maxPricePerHourWei.map(max -> o.pricePerHourWei().compareTo(max) <= 0).orElse(true)
                && o.uptime() >= minUptime && (minRating <= 0 || o.rating().orElse(0.0) >= minRating);
    }
}
