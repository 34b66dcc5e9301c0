package net.utilitynet.miner.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ChipRatingsTest {
    private final ChipRatings ratings = new ChipRatings(Map.of("H100 SXM5", 989L, "Gaudi 3", 1835L));

    @Test
    void ratingOf_modelInTable_returnsItsRatingIgnoringCaseAndSpacing() {
        Chip h100 = Chip.builder("NVIDIA", "NVIDIA H100 80GB HBM3", ChipSource.NVML).model("h100  sxm5").build();
        assertEquals(989L, ratings.ratingOf(h100).getAsLong());
        assertEquals("989", ratings.describe(h100));
    }

    @Test
    void ratingOf_unknownModel_isUnrated() {
        Chip amd = Chip.builder("AMD", "AMD device 0x74a1", ChipSource.SYSFS).build();
        assertTrue(ratings.ratingOf(amd).isEmpty());
        assertEquals("unrated", ratings.describe(amd));
    }

    @Test
    void constructor_nonPositiveRating_throwsNamingTheModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChipRatings(Map.of("RTX 4090", 0L)));
        assertTrue(e.getMessage().contains("RTX 4090"), e.getMessage());
    }
}
