package net.utilitynet.wallet.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.Inclusion;
import org.junit.jupiter.api.Test;

class HistoryTest {
    static final Address ME = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    static final Address ALICE = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    static HistoryEntry entry(String hashByte, long block, Address from, Address to, boolean ok) {
        return new HistoryEntry("0x" + hashByte.repeat(32), block, "0x" + String.format("%064x", block), Optional.of(Instant.ofEpochSecond(1_700_000_000L + block)),
                from, Optional.of(to), BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(3)).divide(BigInteger.TWO), block, 2, ok,
                Optional.of(BigInteger.valueOf(21_000_000_000_000L)));
    }

    @Test
    void build_verifierDecidesConfirmed_unprovenStaysUnverified_lieIsMismatch() {
        HistoryEntry sent = entry("01", 10, ME, ALICE, true);
        HistoryEntry received = entry("02", 11, ALICE, ME, true);
        HistoryEntry lie = entry("03", 12, ALICE, ME, true);
        HistoryEntry reverted = entry("04", 13, ME, ALICE, false);
        Map<String, Inclusion> proven = Map.of(
                sent.hash(), new Inclusion(sent.hash(), 10, sent.blockHash(), true),
                lie.hash(), new Inclusion(lie.hash(), 12, lie.blockHash(), false),
                reverted.hash(), new Inclusion(reverted.hash(), 13, reverted.blockHash(), false));
        List<HistoryRow> rows = HistoryModel.build(ME, List.of(sent, received, lie, reverted), h -> Optional.ofNullable(proven.get(h)), 14);
        assertEquals(List.of(reverted.hash(), lie.hash(), received.hash(), sent.hash()), rows.stream().map(r -> r.entry().hash()).toList());
        assertEquals(HistoryRow.Status.FAILED, rows.get(0).status());
        assertEquals(HistoryRow.Status.MISMATCH, rows.get(1).status());
        assertEquals(HistoryRow.Status.UNVERIFIED, rows.get(2).status());
        assertEquals(HistoryRow.Direction.RECEIVED, rows.get(2).direction());
        assertEquals(HistoryRow.Status.CONFIRMED, rows.get(3).status());
        assertEquals(5, rows.get(3).confirmations());
        assertEquals(HistoryRow.Direction.SENT, rows.get(3).direction());
    }

    @Test
    void build_entryNotInvolvingOwner_filteredOut() {
        HistoryEntry other = entry("05", 10, ALICE, ALICE, true);
        assertEquals(0, HistoryModel.build(ME, List.of(other), h -> Optional.empty(), 10).size());
    }

    @Test
    void csv_labelsWithCommaQuoteAndFormula_rfc4180Quoted() throws Exception {
        HistoryEntry sent = entry("01", 10, ME, ALICE, true);
        List<HistoryRow> rows = HistoryModel.build(ME, List.of(sent), h -> Optional.of(new Inclusion(h, 10, sent.blockHash(), true)), 10);
        StringWriter w = new StringWriter();
        HistoryCsv.write(rows, Map.of(ALICE, "=Alice, \"the\" landlord"), w);
        String[] lines = w.toString().split("\r\n", -1);
        assertEquals(HistoryCsv.HEADER, lines[0]);
        assertEquals("2023-11-14T22:13:30Z,0x" + "01".repeat(32) + ",10,SENT,0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266,"
                + "0x70997970C51812dc3A010C7d01b50e0d17dc79C8,\"'=Alice, \"\"the\"\" landlord\",1.5,0.000021,CONFIRMED,1", lines[1]);
        assertEquals("", lines[2]);
        assertEquals("plain", HistoryCsv.quote("plain"));
        assertEquals("\"a\nb\"", HistoryCsv.quote("a\nb"));
    }
}
