package net.utilitynet.miner.detect.nvml;

import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.ProbeProblem;

/** An NVML failure already translated for the user: what happened and what to do. */
public final class NvmlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ProbeProblem problem;
    private final int code;

    NvmlException(int code, ProbeProblem.Kind kind, String explanation, String remedy) {
        super(explanation + " " + remedy);
        this.code = code;
        this.problem = new ProbeProblem(ChipSource.NVML, kind, explanation, remedy);
    }

    /** The {@code nvmlReturn_t} value, or -1 when the failure did not come from an NVML call. */
    public int code() {
        return code;
    }

    public ProbeProblem problem() {
        return problem;
    }
}
