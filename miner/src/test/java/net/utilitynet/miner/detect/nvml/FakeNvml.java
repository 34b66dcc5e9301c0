package net.utilitynet.miner.detect.nvml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Builds and drives src/test/native/fake_nvml.c, a FAKE NVML for tests only (see the comment at the
 * top of that file). It is compiled with gcc into target/fake-nvml/ on first use and loaded through
 * {@link NvmlLoader#at(Path)}, so the production JNA mapping is what talks to it.
 */
public final class FakeNvml {
    /** The fake keeps process-wide state: tests that drive it hold this lock if run in parallel. */
    public static final String RESOURCE_LOCK = "fake-nvml";
    public static final int SUCCESS = 0;
    public static final int NO_PERMISSION = 4;
    public static final int DRIVER_NOT_LOADED = 9;
    public static final int LIB_RM_VERSION_MISMATCH = 18;
    private static final Path SOURCE = Path.of("src/test/native/fake_nvml.c");
    private static final Path OUT = Path.of("target/fake-nvml");

    /** The fake's test-only control functions. */
    public interface Control extends Library {
        void fake_nvml_reset(int initResult, int gpuCount, int ccFeature, int lostGpu);

        void fake_nvml_set_evidence(byte[] pem, int pemLength, byte[] report, int reportLength);

        void fake_nvml_last_nonce(byte[] out);

        int fake_nvml_init_calls();

        int fake_nvml_shutdown_calls();

        int fake_nvml_sizeof(int which);
    }

    private FakeNvml() {
    }

    /** The fake library with every symbol (a current driver). */
    public static Path library() {
        return build("libfake_nvml.so");
    }

    /** The fake library without the Confidential Computing symbols, like a driver older than R535. */
    public static Path oldDriverLibrary() {
        return build("libfake_nvml_old_driver.so", "-DFAKE_NVML_OLD_DRIVER");
    }

    public static Control control(Path library) {
        return Native.load(library.toAbsolutePath().toString(), Control.class);
    }

    private static synchronized Path build(String name, String... defines) {
        Path lib = OUT.resolve(name).toAbsolutePath();
        try {
            if (Files.exists(lib) && Files.getLastModifiedTime(lib).compareTo(Files.getLastModifiedTime(SOURCE)) > 0) {
                return lib;
            }
            Files.createDirectories(OUT);
            List<String> cmd = new ArrayList<>(List.of("gcc", "-shared", "-fPIC", "-O1", "-Wall", "-Wextra", "-Werror"));
            cmd.addAll(List.of(defines));
            cmd.addAll(List.of("-o", lib.toString(), SOURCE.toString()));
            Process gcc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gcc.waitFor(120, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
                throw new IllegalStateException("gcc could not build the fake NVML test library: " + output);
            }
            return lib;
        } catch (IOException e) {
            throw new IllegalStateException("the fake NVML test library needs gcc on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the fake NVML test library", e);
        }
    }
}
