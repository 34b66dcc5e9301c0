package net.utilitynet.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.utilitynet.app.config.DataDirResolver;
import picocli.CommandLine;

/** One in-process run of the real root command (with the app's error handler): exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code args} after {@code --data-dir home}. */
    static CliRun inDataDir(Path home, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(new UtilityNetCommand(), all);
    }

    /** As {@link #inDataDir}, with {@code stdin} (may be null: empty) as standard input for password and prompt reads. */
    static CliRun withStdin(Path home, String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
            return inDataDir(home, args);
        } finally {
            System.setIn(saved);
        }
    }

    /** Runs {@code args} as given, the data directory coming from {@code UTILITYNET_HOME = home} (Linux rules, user home {@code userHome}). */
    static CliRun withHomeVariable(Path home, Path userHome, String... args) {
        return run(new UtilityNetCommand(new DataDirResolver(Map.of("UTILITYNET_HOME", home.toString()), "Linux", userHome)), args);
    }

    static CommandLine commandLine(UtilityNetCommand root, Writer out, Writer err) {
        CommandLine cl = UtilityNetCommand.newCommandLine(root);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    private static CliRun run(UtilityNetCommand root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = commandLine(root, out, err).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
