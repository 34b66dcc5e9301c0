package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipDetector;
import net.utilitynet.miner.detect.ChipRatings;
import net.utilitynet.miner.detect.ProbeProblem;
import net.utilitynet.miner.detect.ProbeResult;
import net.utilitynet.protocol.chain.ChainParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet chips}: the AI chips of this machine (NVML, then the PCI scan of sysfs), their readings, their
 * rating in the devnet's model table, and whether each can be attested (and if not, why and what to do). Reads the
 * hardware only: no data directory, no network.
 */
@Command(name = "chips", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List this machine's AI chips, their ratings and whether they can be attested.")
public final class ChipsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Option(names = "--sysfs-root", paramLabel = "DIR", description = "Root of the sysfs tree to scan (default /); for tests and containers.")
    private Path sysfsRoot;

    @Override
    public Integer call() throws Exception {
        ProbeResult result = detect(sysfsRoot);
        ChipRatings ratings = new ChipRatings(ChainParams.devnet().chipRatings());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result, ratings)));
        } else {
            printTable(out, result, ratings);
        }
        out.flush();
        return 0;
    }

    static ProbeResult detect(Path sysfsRoot) {
        return ChipDetector.forThisMachine(sysfsRoot == null ? Path.of("/") : sysfsRoot).detect();
    }

    private static void printTable(PrintWriter out, ProbeResult result, ChipRatings ratings) {
        if (result.chips().isEmpty()) {
            out.println("No AI chips found.");
        }
        List<Chip> chips = result.chips();
        for (int i = 0; i < chips.size(); i++) {
            Chip c = chips.get(i);
            out.printf("%d. %s — %s%n", i + 1, c.label(), c.vendor());
            out.printf("   memory %s, temperature %s, power %s, rating %s%n",
                    c.memoryBytes().isPresent() ? (c.memoryBytes().getAsLong() >> 30) + " GiB" : "—",
                    c.temperatureCelsius().isPresent() ? c.temperatureCelsius().getAsInt() + " °C" : "—",
                    c.powerWatts().isPresent() ? String.format(Locale.ROOT, "%.0f W", c.powerWatts().getAsDouble()) : "—",
                    ratings.describe(c));
            out.printf("   attestation: %s — %s%n", c.attestation().capable() ? "available" : "not available", c.attestation().reason());
        }
        for (ProbeProblem p : result.problems()) {
            out.printf("note (%s): %s %s%n", p.source(), p.explanation(), p.remedy());
        }
    }

    private static ObjectNode toJson(ProbeResult result, ChipRatings ratings) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode chips = root.putArray("chips");
        int index = 1;
        for (Chip c : result.chips()) {
            ObjectNode o = chips.addObject();
            o.put("index", index++);
            o.put("vendor", c.vendor());
            o.put("name", c.name());
            o.put("model", c.model());
            o.put("label", c.label());
            o.put("source", c.source().name());
            c.uuid().ifPresent(v -> o.put("uuid", v));
            c.pciAddress().ifPresent(v -> o.put("pciAddress", v.toString()));
            c.memoryBytes().ifPresent(v -> o.put("memoryBytes", v));
            c.temperatureCelsius().ifPresent(v -> o.put("temperatureCelsius", v));
            c.powerWatts().ifPresent(v -> o.put("powerWatts", v));
            c.utilisationPercent().ifPresent(v -> o.put("utilisationPercent", v));
            c.driverVersion().ifPresent(v -> o.put("driverVersion", v));
            ratings.ratingOf(c).ifPresentOrElse(v -> o.put("rating", v), () -> o.putNull("rating"));
            o.put("attestable", c.attestation().capable());
            o.put("attestationReason", c.attestation().reason());
        }
        ArrayNode problems = root.putArray("problems");
        for (ProbeProblem p : result.problems()) {
            ObjectNode o = problems.addObject();
            o.put("source", String.valueOf(p.source()));
            o.put("kind", String.valueOf(p.kind()));
            o.put("explanation", p.explanation());
            o.put("remedy", p.remedy());
        }
        return root;
    }
}
