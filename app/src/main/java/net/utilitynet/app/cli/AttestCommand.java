package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.attest.nvidia.NvidiaCcAttestation;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import org.web3j.utils.Numeric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet attest CHIP}: asks the chip's security engine for evidence over a fresh random nonce and
 * verifies it here exactly as the chain would (certificate chain to the pinned vendor root, report signature, our
 * nonce inside). Nothing is sent anywhere. A chip without an attestation path gets the reason and what to do.
 */
@Command(name = "attest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Attest a chip locally (nothing is sent): evidence over a fresh nonce, verified like the chain does.")
public final class AttestCommand implements Callable<Integer> {
    static final byte[] LOCAL_CHECK = "UNC-LOCAL-ATTESTATION-CHECK".getBytes(StandardCharsets.US_ASCII);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHIP", description = "The chip's number in 'utilitynet chips', its UUID or its PCI address.")
    private String chipArg;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--sysfs-root", paramLabel = "DIR", description = "Root of the sysfs tree to scan (default /).")
    private Path sysfsRoot;

    @Override
    public Integer call() throws Exception {
        List<Chip> chips = ChipsCommand.detect(sysfsRoot).chips();
        Chip chip = select(chips, chipArg);
        if (!chip.attestation().capable()) {
            throw new UserFacingException("chip " + chipArg + " (" + chip.label() + ") cannot be attested: " + chip.attestation().reason());
        }
        byte[] nonceSeed = new byte[32];
        new SecureRandom().nextBytes(nonceSeed);
        byte[] message = new byte[LOCAL_CHECK.length + 32];
        System.arraycopy(LOCAL_CHECK, 0, message, 0, LOCAL_CHECK.length);
        System.arraycopy(nonceSeed, 0, message, LOCAL_CHECK.length, 32);
        Evidence e;
        try {
            e = new NvidiaCcAttestation(NvmlLoader.forThisSystem(), new NvidiaEvidenceVerifier()).attest(chip, message);
        } catch (AttestationFailedException ex) {
            throw new UserFacingException("chip " + chipArg + " (" + chip.label() + "): " + ex.getMessage(), ex);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("chip", chip.label());
            o.put("verified", true);
            o.put("chipId", Numeric.toHexString(e.chipId()));
            o.put("vendor", e.vendor());
            o.put("model", e.model());
            o.put("certificates", e.certChain().size());
            o.put("evidenceBytes", e.evidence().length);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.printf("%s: attestation verified%n  chip id   %s%n  vendor    %s%n  model     %s%n  evidence  %d certificates, %d-byte report%n",
                    chip.label(), Numeric.toHexString(e.chipId()), e.vendor(), e.model(), e.certChain().size(), e.evidence().length);
        }
        out.flush();
        return 0;
    }

    /** By 1-based number, UUID or PCI address (case-insensitive). */
    static Chip select(List<Chip> chips, String arg) {
        if (arg.matches("\\d+")) {
            int i = Integer.parseInt(arg);
            if (i < 1 || i > chips.size()) {
                throw new UserFacingException("CHIP: there is no chip " + arg + "; 'utilitynet chips' lists " + chips.size()
                        + (chips.size() == 1 ? " chip" : " chips"));
            }
            return chips.get(i - 1);
        }
        return chips.stream()
                .filter(c -> c.uuid().filter(arg::equalsIgnoreCase).isPresent()
                        || c.pciAddress().filter(p -> p.toString().equalsIgnoreCase(arg)).isPresent())
                .findFirst()
                .orElseThrow(() -> new UserFacingException("CHIP: no chip has number, UUID or PCI address '" + arg
                        + "'; see 'utilitynet chips'"));
    }
}
