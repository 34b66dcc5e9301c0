package net.utilitynet.protocol.trie;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrieModelTest {
    @Test
    void randomPutsAndDeletes_tenSeeds_matchHashMapModel() {
        for (long seed = 0; seed < 10; seed++) {
            TrieModelCheck.run(seed, 2_000, 120);
        }
    }

    @Test
    @Tag("slow")
    void randomPutsAndDeletes_manySeedsAndLongRuns_matchHashMapModel() {
        for (long seed = 1_000; seed < 1_040; seed++) {
            TrieModelCheck.run(seed, 50_000, 2_000);
        }
    }
}
