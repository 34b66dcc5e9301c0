package net.utilitynet.app;

/**
 * An error whose message is written for the user: it names what is wrong and how to fix it. The
 * command line prints only the message (no stack trace) and exits with {@link #EXIT_CODE}.
 */
public class UserFacingException extends RuntimeException {

    /** Exit code for errors the user can fix (bad input, data directory in use). */
    public static final int EXIT_CODE = 2;

    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
