package net.utilitynet.wallet.history;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;

/**
 * CSV export (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes
 * doubled). User-written labels that start like a spreadsheet formula get a leading apostrophe.
 */
public final class HistoryCsv {
    static final String HEADER = "date_utc,hash,block,direction,from,to,counterparty_label,amount_unc,fee_unc,status,confirmations";

    private HistoryCsv() {
    }

    public static void write(List<HistoryRow> rows, Map<Address, String> labels, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        for (HistoryRow r : rows) {
            HistoryEntry e = r.entry();
            Address counterparty = r.direction() == HistoryRow.Direction.RECEIVED ? e.from() : e.to().orElse(e.from());
            String[] fields = {e.timestamp().map(Object::toString).orElse(""), e.hash(), Long.toString(e.blockNumber()), r.direction().name(),
                e.from().checksummed(), e.to().map(Address::checksummed).orElse(""), defuse(labels.getOrDefault(counterparty, "")),
                UncAmount.ofWei(e.valueWei()).toUncString(), e.feeWei().map(f -> UncAmount.ofWei(f).toUncString()).orElse(""),
                r.status().name(), Long.toString(r.confirmations())};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields[i]));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String defuse(String label) {
        return !label.isEmpty() && "=+-@\t\r".indexOf(label.charAt(0)) >= 0 ? "'" + label : label;
    }
}
