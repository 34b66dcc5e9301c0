package net.utilitynet.wallet.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;

class OfferQueryTest {
    private static final Address P = Address.ofTrusted("0x00000000000000000000000000000000000000aa");

    private static OfferView offer(long id, String model, long power, long priceUnc, double uptime, Double rating, boolean leased) {
        return new OfferView(BigInteger.valueOf(id), "0x" + id, P, Optional.of(model), ChipSpecs.memoryGib(model), power,
                BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(priceUnc)), 1, 10, uptime, Optional.ofNullable(rating), true, leased, true, 1);
    }

    private final List<OfferView> offers = List.of(
            offer(1, "NVIDIA H100 SXM5", 989, 4, 1.0, 4.5, false),
            offer(2, "Simulated chip", 100, 1, 0.5, null, false),
            offer(3, "AMD Instinct MI300X", 1307, 5, 0.9, 3.0, true),
            offer(4, "NVIDIA L40S", 362, 2, 1.0, 5.0, false));

    private static List<Long> ids(List<OfferView> v) {
        return v.stream().map(o -> o.offerId().longValue()).toList();
    }

    @Test
    void sorts() {
        assertEquals(List.of(2L, 4L, 1L, 3L), ids(OfferQuery.ALL.apply(offers)));
        assertEquals(List.of(3L, 1L, 4L, 2L), ids(OfferQuery.ALL.withSort(OfferQuery.Sort.RATED_POWER).apply(offers)));
        assertEquals(List.of(3L, 1L, 4L, 2L), ids(OfferQuery.ALL.withSort(OfferQuery.Sort.MEMORY).apply(offers)));
        assertEquals(List.of(4L, 1L, 3L, 2L), ids(OfferQuery.ALL.withSort(OfferQuery.Sort.RATING).apply(offers)));
        assertEquals(List.of(3L, 1L, 4L, 2L), ids(OfferQuery.ALL.withSort(OfferQuery.Sort.PRICE_PER_POWER).apply(offers)));
        assertEquals(List.of(1L, 4L, 3L, 2L), ids(OfferQuery.ALL.withSort(OfferQuery.Sort.UPTIME).apply(offers)));
    }

    @Test
    void filters() {
        BigInteger fourUnc = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(4));
        assertEquals(List.of(1L, 4L), ids(new OfferQuery(Optional.of("nvidia"), 0, 0, Optional.empty(), 0, 0, true, OfferQuery.Sort.RATED_POWER)
                .apply(offers)));
        assertEquals(List.of(1L), ids(new OfferQuery(Optional.empty(), 64, 0, Optional.of(fourUnc), 0, 0, false, OfferQuery.Sort.PRICE).apply(offers)));
        assertEquals(List.of(4L, 1L), ids(new OfferQuery(Optional.empty(), 0, 300, Optional.empty(), 0.95, 4, true, OfferQuery.Sort.PRICE)
                .apply(offers)));
        assertEquals(List.of(2L, 4L, 1L), ids(new OfferQuery(Optional.empty(), 0, 0, Optional.empty(), 0, 0, false, OfferQuery.Sort.PRICE)
                .apply(offers)), "leased chips hidden when only available offers are asked for");
    }
}
