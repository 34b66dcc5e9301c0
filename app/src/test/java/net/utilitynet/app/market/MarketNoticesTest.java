package net.utilitynet.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.LeaseView;
import org.junit.jupiter.api.Test;

/**
 * The once-per-event rule behind the Market page's notices and the desktop notifications. (The AWT tray that shows
 * them is not supported under Xvfb, so the tray's {@code displayMessage} itself is not exercised by tests.)
 */
class MarketNoticesTest {
    private static final Address RENTER = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address PROVIDER = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    private final I18n i18n = new I18n(Language.ENGLISH);
    private final MarketNotices notices = new MarketNotices(i18n);

    @Test
    void next_sameEventsOnEveryHead_raisedOnceButStayOnPage() {
        List<LeaseView> offline = List.of(lease(7, LeaseRecord.State.ACTIVE, false));
        MarketNotices.Notices first = notices.next(List.of(), offline, true, "0.5");
        assertEquals(List.of(i18n.get("market.notice.offline", "7"), i18n.get("market.notice.lowCredit", "0.5")), first.raised());
        assertEquals(i18n.get("market.notice.offline", "7"), first.onPage());
        for (int head = 0; head < 3; head++) {
            MarketNotices.Notices again = notices.next(List.of(), offline, true, "0.5");
            assertEquals(List.of(), again.raised(), "head " + head);
            assertEquals(i18n.get("market.notice.offline", "7"), again.onPage(), "the notice stays on the page while it holds");
        }
    }

    @Test
    void next_grantArrived_raisedOnceAndShownFirst() {
        List<LeaseView> leases = List.of(lease(3, LeaseRecord.State.ACTIVE, true));
        MarketNotices.Notices arrived = notices.next(List.of(BigInteger.valueOf(3)), leases, true, "0.1");
        assertEquals(List.of(i18n.get("market.notice.grant", "3"), i18n.get("market.notice.lowCredit", "0.1")), arrived.raised());
        assertEquals(i18n.get("market.notice.grant", "3"), arrived.onPage());
        MarketNotices.Notices later = notices.next(List.of(), leases, true, "0.1");
        assertEquals(List.of(), later.raised());
        assertEquals(i18n.get("market.notice.lowCredit", "0.1"), later.onPage());
    }

    @Test
    void next_chipBackOnlineThenOfflineAgain_raisedAgain() {
        notices.next(List.of(), List.of(lease(5, LeaseRecord.State.ACTIVE, false)), false, "9");
        MarketNotices.Notices online = notices.next(List.of(), List.of(lease(5, LeaseRecord.State.ACTIVE, true)), false, "9");
        assertEquals(List.of(), online.raised());
        assertEquals("", online.onPage());
        MarketNotices.Notices again = notices.next(List.of(), List.of(lease(5, LeaseRecord.State.ACTIVE, false)), false, "9");
        assertEquals(List.of(i18n.get("market.notice.offline", "5")), again.raised(), "a new outage is a new event");
    }

    @Test
    void next_endedLeaseWithOfflineChip_noNotice() {
        MarketNotices.Notices n = notices.next(List.of(), List.of(lease(4, LeaseRecord.State.ENDED, false)), false, "9");
        assertEquals(List.of(), n.raised());
        assertEquals("", n.onPage());
    }

    @Test
    void next_creditLowAgainAfterTopUp_raisedAgain() {
        assertEquals(1, notices.next(List.of(), List.of(), true, "0.2").raised().size());
        assertEquals(List.of(), notices.next(List.of(), List.of(), false, "3").raised());
        assertEquals(List.of(i18n.get("market.notice.lowCredit", "0.3")), notices.next(List.of(), List.of(), true, "0.3").raised());
    }

    private static LeaseView lease(long id, LeaseRecord.State state, boolean chipOnline) {
        return new LeaseView(BigInteger.valueOf(id), BigInteger.ONE, RENTER, PROVIDER, "0x" + "ab".repeat(32), Optional.of("H100"), 2,
                10, 1_700_000_000L, BigInteger.TEN, state,
                state == LeaseRecord.State.ENDED ? LeaseRecord.EndReason.RENTER_ENDED : LeaseRecord.EndReason.NONE, 0, 3600,
                chipOnline, Optional.empty(), 12);
    }
}
