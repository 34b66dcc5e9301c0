package net.utilitynet.miner.detect;

import java.util.ArrayList;
import java.util.List;

/** What one detection source found, and what it could not do. */
public record ProbeResult(List<Chip> chips, List<ProbeProblem> problems) {

    public ProbeResult {
        chips = List.copyOf(chips);
        problems = List.copyOf(problems);
    }

    public static ProbeResult failed(ProbeProblem problem) {
        return new ProbeResult(List.of(), List.of(problem));
    }

    public ProbeResult plus(ProbeResult other) {
        List<Chip> c = new ArrayList<>(chips);
        c.addAll(other.chips);
        List<ProbeProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ProbeResult(c, p);
    }
}
