package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import net.utilitynet.wallet.market.LeaseView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code utilitynet market leases [--json]}: the account's leases as renter and as provider, from verified storage. */
@Command(name = "leases", mixinStandardHelpOptions = true, description = "Leases of the account (renter and provider side).")
public final class MarketLeasesCommand extends MarketSubcommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, options.passwordFile != null)) {
            var me = s.requireAccount();
            List<LeaseView> leases = MarketCliSupport.market(() -> s.reader.leases(s.chain.snapshot(),
                    l -> l.renter().equals(me) || l.provider().equals(me)));
            if (json) {
                ArrayNode a = new ObjectMapper().createArrayNode();
                for (LeaseView l : leases) {
                    ObjectNode n = a.addObject();
                    n.put("leaseId", l.leaseId().toString());
                    n.put("role", l.renter().equals(me) ? "renter" : "provider");
                    n.put("offerId", l.offerId().toString());
                    n.put("chipId", l.chipId());
                    n.put("model", l.model().orElse(null));
                    n.put("hours", l.hours());
                    n.put("escrowWei", l.escrowWei().toString());
                    n.put("state", l.state().name());
                    n.put("endReason", l.endReason().name());
                    n.put("secondsLeft", l.secondsLeft());
                    n.put("rating", l.rating());
                    l.settlement().ifPresent(st -> {
                        n.put("providerAmountWei", st.providerAmountWei().toString());
                        n.put("refundWei", st.refundWei().toString());
                    });
                    n.put("provenAtBlock", l.provenAtBlock());
                }
                out.println(a.toPrettyString());
                return 0;
            }
            if (leases.isEmpty()) {
                out.println("no leases for " + me.checksummed());
                return 0;
            }
            for (LeaseView l : leases) {
                out.println("lease " + l.leaseId() + " (" + (l.renter().equals(me) ? "renter" : "provider") + "): " + l.model().orElse("?")
                        + " chip " + l.chipId().substring(0, 10) + "…, " + l.hours() + " h, escrow " + MarketCliSupport.unc(l.escrowWei()) + " UNC, "
                        + (l.active() ? "active, " + l.secondsLeft() / 60 + " min left" + (l.chipOnline() ? "" : ", chip OFFLINE")
                                : "ended (" + l.endReason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"
                                        + l.settlement().map(st -> ", provider " + MarketCliSupport.unc(st.providerAmountWei()) + " UNC, refund "
                                                + MarketCliSupport.unc(st.refundWei()) + " UNC").orElse("")));
            }
            out.println("verified at block " + leases.get(0).provenAtBlock());
            return 0;
        }
    }
}
