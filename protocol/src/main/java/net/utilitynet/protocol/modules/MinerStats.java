package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.List;

/** A miner's aggregates kept by the POCI registry ({@link PociRegistryLayout.MinerField} order); zero when unknown. */
public record MinerStats(BigInteger rewardsCredited, long blocksWon, long activeChips) {

    public MinerStats {
        if (rewardsCredited.signum() < 0 || blocksWon < 0 || activeChips < 0) {
            throw new AbiException("minerStats: values must not be negative");
        }
    }

    public List<byte[]> toWords() {
        return List.of(StorageSlots.word(rewardsCredited), StorageSlots.word(blocksWon), StorageSlots.word(activeChips));
    }

    public static MinerStats fromWords(List<byte[]> words) {
        StorageWords s = new StorageWords(words, PociRegistryLayout.MinerField.values().length, "minerStats");
        return new MinerStats(s.uint256(0), s.uint64(1, "blocksWon"), s.uint64(2, "activeChips"));
    }
}
