package net.utilitynet.app.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.market.LeaseView;

/**
 * The one mapping from market events to the renter's notices, used by the Market page's notice line and by the
 * desktop notifications. Each refresh gives the notice to show on the page (the most urgent one in force) and the
 * notices <em>raised</em> by this refresh, each once per event: a grant once per lease, a chip going offline once per
 * outage of a lease (it is raised again only after the chip came back online), low credit once each time the credit
 * falls below the low-water mark. Not thread-safe: call from one thread (the UI thread).
 */
final class MarketNotices {

    /** {@code onPage}: the notice line ("" when none); {@code raised}: the notices new with this refresh, in order. */
    record Notices(String onPage, List<String> raised) {
    }

    private final I18n i18n;
    private final Set<BigInteger> offlineRaised = new HashSet<>();
    private boolean lowRaised;

    MarketNotices(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * @param grantsArrived leases whose access grant was seen for the first time in this refresh
     * @param leases        the renter's leases at the verified head
     * @param lowCredit     whether the credit is below the low-water mark
     * @param credit        the credit as shown (UNC)
     */
    Notices next(List<BigInteger> grantsArrived, List<LeaseView> leases, boolean lowCredit, String credit) {
        List<String> raised = new ArrayList<>();
        grantsArrived.forEach(id -> raised.add(grant(id)));
        List<BigInteger> offline = leases.stream().filter(l -> l.active() && !l.chipOnline()).map(LeaseView::leaseId).toList();
        offline.stream().filter(offlineRaised::add).forEach(id -> raised.add(offline(id)));
        offlineRaised.retainAll(offline);
        if (lowCredit && !lowRaised) {
            raised.add(low(credit));
        }
        lowRaised = lowCredit;
        String onPage = !grantsArrived.isEmpty() ? grant(grantsArrived.get(0))
                : !offline.isEmpty() ? offline(offline.get(0))
                : lowCredit ? low(credit) : "";
        return new Notices(onPage, List.copyOf(raised));
    }

    private String grant(BigInteger leaseId) {
        return i18n.get("market.notice.grant", leaseId.toString());
    }

    private String offline(BigInteger leaseId) {
        return i18n.get("market.notice.offline", leaseId.toString());
    }

    private String low(String credit) {
        return i18n.get("market.notice.lowCredit", credit);
    }
}
