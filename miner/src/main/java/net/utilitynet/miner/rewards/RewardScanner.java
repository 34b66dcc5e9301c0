package net.utilitynet.miner.rewards;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.utilitynet.miner.agent.VerifiedMinerSets;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.RewardSchedule;
import org.web3j.utils.Numeric;

/**
 * Fills the rewards ledger from verified headers: a block pays this miner when its claim (checked by the light
 * client's header verification) names this miner, and the amount is the chain's {@link RewardSchedule} at that
 * height, minted to the claim's payout (= coinbase). The expected amount of each claimed block is its reward times
 * the miner's power share in the epoch's verified miner set. A branch that left the verified chain is re-scanned.
 */
public final class RewardScanner {
    /** Blocks handled per call, so that one head never holds the agent for long. */
    public static final int MAX_BLOCKS_PER_SCAN = 2_000;
    private static final int REORG_RESCAN = 64;

    private final MinerChain chain;
    private final RewardsLedger ledger;
    private final VerifiedMinerSets sets;
    private final byte[] miner;
    private final long firstBlock;
    private final RewardSchedule schedule;

    /**
     * @param firstBlock where the first scan starts (e.g. 1, or the block before the miner's first registration)
     */
    public RewardScanner(MinerChain chain, RewardsLedger ledger, VerifiedMinerSets sets, byte[] miner, long firstBlock) {
        this.chain = chain;
        this.ledger = ledger;
        this.sets = sets;
        this.miner = miner.clone();
        this.firstBlock = Math.max(1, firstBlock);
        this.schedule = chain.params().rewardSchedule();
    }

    /** Scans verified blocks up to {@code head}; returns the blocks won among them. */
    public List<LedgerBlock> scanTo(long head) {
        Optional<LedgerBlock> last = ledger.last();
        if (last.isPresent() && last.get().number() <= head) {
            byte[] verified = chain.verifiedHeader(last.get().number()).hash();
            if (!Arrays.equals(verified, Numeric.hexStringToByteArray(last.get().hash()))) {
                ledger.rollbackAbove(Math.max(0, last.get().number() - REORG_RESCAN));
                last = ledger.last();
            }
        } else if (last.isPresent()) {
            ledger.rollbackAbove(head); // the verified chain got shorter (reorg to a shorter branch)
            last = ledger.last();
        }
        long from = last.map(b -> b.number() + 1).orElse(firstBlock);
        long to = Math.min(head, from + MAX_BLOCKS_PER_SCAN - 1);
        List<LedgerBlock> blocks = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            blocks.add(entry(chain.verifiedHeader(n)));
        }
        ledger.record(blocks);
        return blocks.stream().filter(LedgerBlock::won).toList();
    }

    private LedgerBlock entry(BlockHeader h) {
        long n = h.number();
        long epoch = chain.epochOf(n);
        Claim claim = ExtraData.decode(h.extraData()).claim();
        boolean claimed = claim != null;
        boolean won = claimed && Arrays.equals(claim.miner(), miner);
        BigInteger reward = claimed ? schedule.rewardAt(n) : BigInteger.ZERO;
        BigInteger expected = BigInteger.ZERO;
        if (claimed) {
            MinerSet set = sets.of(epoch);
            int i = set.indexOf(miner);
            if (i >= 0 && set.totalPower() > 0) {
                expected = reward.multiply(BigInteger.valueOf(set.entry(i).power())).divide(BigInteger.valueOf(set.totalPower()));
            }
        }
        BigInteger fees = won ? PriorityFees.of(chain, h) : BigInteger.ZERO;
        return new LedgerBlock(n, Numeric.toHexString(h.hash()), h.timestamp(), epoch, claimed, won, won ? reward : BigInteger.ZERO,
                fees, expected);
    }
}
