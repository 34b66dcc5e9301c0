package net.utilitynet.miner.rewards;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * RFC 4180 CSV of the rewards ledger (CRLF line ends), one row per block this miner won:
 * {@code date_utc,block,block_hash,epoch,reward_unc,fees_unc,expected_unc}. Amounts in UNC with 18 decimals, trailing zeros
 * removed; no field can start with a formula character.
 */
public final class RewardsCsv {
    public static final String HEADER = "date_utc,block,block_hash,epoch,reward_unc,fees_unc,expected_unc";

    private RewardsCsv() {
    }

    public static void write(List<LedgerBlock> blocks, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        for (LedgerBlock b : blocks) {
            out.write(Instant.ofEpochSecond(b.timestamp()) + "," + b.number() + "," + b.hash() + "," + b.epoch() + ","
                    + unc(b.reward()) + "," + unc(b.fees()) + "," + unc(b.expected()) + "\r\n");
        }
        out.flush();
    }

    /** Wei as a plain decimal UNC string, e.g. 100 or 33.333333333333333333. */
    public static String unc(BigInteger wei) {
        BigDecimal v = new BigDecimal(wei, 18).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }
}
