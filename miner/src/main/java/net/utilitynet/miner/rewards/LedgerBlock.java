package net.utilitynet.miner.rewards;

import java.math.BigInteger;

/**
 * One verified block as the rewards ledger sees it.
 *
 * @param claimed  the block carries a valid claim (so a reward was minted to its coinbase)
 * @param won      the claim is this miner's
 * @param reward   wei minted to this miner's payout by this block (0 unless won)
 * @param fees     priority fees this block paid to this miner's payout (0 unless won)
 * @param expected wei this miner could expect from this block: its reward × the miner's power share of the epoch
 *                 (0 when the block has no claim: then nobody is paid)
 */
public record LedgerBlock(long number, String hash, long timestamp, long epoch, boolean claimed, boolean won, BigInteger reward, BigInteger fees,
                          BigInteger expected) {
}
