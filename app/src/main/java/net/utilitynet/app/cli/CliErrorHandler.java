package net.utilitynet.app.cli;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import net.utilitynet.app.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions of a command into one clear line on stderr: a {@link UserFacingException}
 * prints its message (exit 2); anything else is logged with its stack trace and reported briefly (exit 1).
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);
    static final int UNEXPECTED_EXIT_CODE = 1;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = unwrap(exception);
        if (cause instanceof UserFacingException) {
            commandLine.getErr().println("error: " + cause.getMessage());
            return UserFacingException.EXIT_CODE;
        }
        LOG.error("'{}' failed", commandLine.getCommandName(), cause);
        commandLine.getErr().println("error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + " (details in the log file under the data directory's logs/)");
        return UNEXPECTED_EXIT_CODE;
    }

    static Throwable unwrap(Throwable exception) {
        Throwable cause = exception;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
