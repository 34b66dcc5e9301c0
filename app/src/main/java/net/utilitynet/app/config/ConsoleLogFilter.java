package net.utilitynet.app.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the stderr log appender (logback.xml) from repeating what the command line already
 * reports: {@code CliErrorHandler} prints one {@code error: …} line itself, and its stack trace
 * belongs in the log file only.
 */
public final class ConsoleLogFilter extends Filter<ILoggingEvent> {

    static final String CLI_ERRORS = "net.utilitynet.app.cli.CliErrorHandler";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return CLI_ERRORS.equals(event.getLoggerName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
