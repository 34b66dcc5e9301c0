package net.utilitynet.devnet.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every chip id the registry has seen registered, with the vendor and certificate chain its heartbeats are
 * checked against (the storage layout keeps neither). Rebuilt from the stored registration transactions at
 * start; an id whose registration was not committed is harmless, since its storage record is empty.
 */
final class ChipIndex {
    record Entry(String vendor, List<byte[]> certChain) {
    }

    private final Map<String, Entry> chips = new ConcurrentSkipListMap<>();

    void put(String chipIdHex, String vendor, List<byte[]> certChain) {
        chips.put(chipIdHex, new Entry(vendor, List.copyOf(certChain)));
    }

    Entry get(String chipIdHex) {
        return chips.get(chipIdHex);
    }

    /** Chip ids in ascending order. */
    List<String> ids() {
        return new ArrayList<>(chips.keySet());
    }
}
