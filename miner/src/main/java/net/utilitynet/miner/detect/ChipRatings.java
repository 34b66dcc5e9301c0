package net.utilitynet.miner.detect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rated power per chip model, from the chain parameters' model table. Models are matched ignoring
 * case and repeated spaces; a model missing from the table is unrated (it can be shown, not mined).
 */
public final class ChipRatings {
    public static final String UNRATED = "unrated";
    private final Map<String, Long> byModel = new HashMap<>();

    public ChipRatings(Map<String, Long> modelTable) {
        modelTable.forEach((model, rating) -> {
            if (rating == null || rating <= 0) {
                throw new IllegalArgumentException("rating of model \"" + model + "\" must be positive, got " + rating);
            }
            byModel.put(key(model), rating);
        });
    }

    public OptionalLong ratingOf(Chip chip) {
        Long r = byModel.get(key(chip.model()));
        return r == null ? OptionalLong.empty() : OptionalLong.of(r);
    }

    /** The rating as text for display, or "unrated". */
    public String describe(Chip chip) {
        OptionalLong r = ratingOf(chip);
        return r.isPresent() ? Long.toString(r.getAsLong()) : UNRATED;
    }

    private static String key(String model) {
        return model.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
