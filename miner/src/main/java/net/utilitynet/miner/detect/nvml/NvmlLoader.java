package net.utilitynet.miner.detect.nvml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sun.jna.Native;

import net.utilitynet.miner.detect.ProbeProblem.Kind;

/**
 * Finds and loads NVML the way NVIDIA's own tools do (chips-and-attestation.md §1.1): Linux
 * {@code libnvidia-ml.so.1} from the system library path; Windows {@code nvml.dll} from System32,
 * then from the NVSMI folder; macOS has none. {@link #at(Path)} loads one given file instead, which
 * is how tests load their fake library.
 */
public final class NvmlLoader {
    static final String LINUX_LIBRARY = "libnvidia-ml.so.1";
    private final List<String> candidates;
    private final String shownName;

    private NvmlLoader(List<String> candidates, String shownName) {
        this.candidates = List.copyOf(candidates);
        this.shownName = shownName;
    }

    public static NvmlLoader forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            List<String> paths = new ArrayList<>();
            String windir = System.getenv("WINDIR");
            if (windir != null) {
                paths.add(windir + "\\System32\\nvml.dll");
            }
            String programFiles = System.getenv("ProgramW6432") != null ? System.getenv("ProgramW6432")
                    : System.getenv("ProgramFiles");
            if (programFiles != null) {
                paths.add(programFiles + "\\NVIDIA Corporation\\NVSMI\\nvml.dll");
            }
            return new NvmlLoader(paths, "nvml.dll");
        }
        if (os.contains("mac")) {
            return new NvmlLoader(List.of(), "NVML");
        }
        return new NvmlLoader(List.of(LINUX_LIBRARY), LINUX_LIBRARY);
    }

    /** Loads exactly this library file (tests, or a driver installed in an unusual place). */
    public static NvmlLoader at(Path library) {
        return new NvmlLoader(List.of(library.toAbsolutePath().toString()), library.toString());
    }

    NvmlLibrary load() throws NvmlException {
        if (candidates.isEmpty()) {
            throw new NvmlException(-1, Kind.UNSUPPORTED_PLATFORM,
                    "NVIDIA's management library does not exist for this operating system.",
                    "NVIDIA GPUs can be detected and mined with on Linux and Windows.");
        }
        String lastError = "";
        for (String candidate : candidates) {
            try {
                return Native.load(candidate, NvmlLibrary.class);
            } catch (UnsatisfiedLinkError e) {
                String msg = String.valueOf(e.getMessage());
                lastError = msg.lines().findFirst().orElse(msg).replaceAll("[:\\s]+$", "");
            }
        }
        throw new NvmlException(NvmlErrors.LIBRARY_NOT_FOUND, Kind.LIBRARY_NOT_FOUND,
                "The NVIDIA management library (" + shownName + ") could not be loaded: " + lastError + ".",
                "If this computer has an NVIDIA GPU, install NVIDIA's driver, which includes the library. "
                        + "Computers without an NVIDIA GPU can ignore this.");
    }
}
