package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.utilitynet.wallet.market.OfferQuery;
import net.utilitynet.wallet.market.OfferView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code utilitynet market offers [--json]}: listed offers from verified storage, with filters and sorting. */
@Command(name = "offers", mixinStandardHelpOptions = true, description = "Offers from verified module storage.")
public final class MarketOffersCommand extends MarketSubcommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--model", paramLabel = "TEXT", description = "Only models containing TEXT.")
    String model;
    @Option(names = "--available", description = "Only offers that can be rented now (not leased, chip online).")
    boolean available;
    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "price",
            description = "price, price_per_power, rated_power, memory, uptime or rating (default: price).")
    String sort;

    @Override
    public Integer call() {
        OfferQuery.Sort order;
        try {
            order = OfferQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sort: use price, price_per_power, rated_power, memory, uptime or rating");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, false)) {
            OfferQuery q = new OfferQuery(Optional.ofNullable(model), 0, 0, Optional.empty(), 0, 0, !available, order);
            List<OfferView> offers = MarketCliSupport.market(() -> q.apply(s.reader.offers(s.chain.snapshot())));
            if (json) {
                ArrayNode a = new ObjectMapper().createArrayNode();
                for (OfferView o : offers) {
                    ObjectNode n = a.addObject();
                    n.put("offerId", o.offerId().toString());
                    n.put("chipId", o.chipId());
                    n.put("provider", o.provider().checksummed());
                    n.put("model", o.model().orElse(null));
                    n.put("simulated", o.simulated());
                    n.put("memoryGib", o.memoryGib());
                    n.put("ratedPower", o.ratedPower());
                    n.put("pricePerHourWei", o.pricePerHourWei().toString());
                    n.put("minHours", o.minHours());
                    n.put("maxHours", o.maxHours());
                    n.put("uptime", o.uptime());
                    o.rating().ifPresentOrElse(r -> n.put("rating", r), () -> n.putNull("rating"));
                    n.put("leased", o.leased());
                    n.put("online", o.online());
                    n.put("provenAtBlock", o.provenAtBlock());
                }
                out.println(a.toPrettyString());
                return 0;
            }
            if (offers.isEmpty()) {
                out.println("no offers listed (verified at block " + s.light.verifiedHead().orElseThrow().number() + ")");
                return 0;
            }
            out.printf("%-6s %-22s %8s %14s %7s %7s %7s %-10s%n", "OFFER", "MODEL", "POWER", "UNC/HOUR", "HOURS", "UPTIME", "RATING", "STATE");
            for (OfferView o : offers) {
                out.printf("%-6s %-22s %8d %14s %7s %6.0f%% %7s %-10s%n", o.offerId(),
                        o.model().orElse("?") + (o.simulated() ? " (sim)" : ""), o.ratedPower(), MarketCliSupport.unc(o.pricePerHourWei()),
                        o.minHours() + "-" + o.maxHours(), o.uptime() * 100, o.rating().map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse("-"),
                        o.leased() ? "leased" : o.online() ? "available" : "offline");
            }
            out.println("verified at block " + offers.get(0).provenAtBlock());
            return 0;
        }
    }
}
