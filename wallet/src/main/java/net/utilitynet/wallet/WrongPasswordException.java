package net.utilitynet.wallet;

/** The password does not open a keystore or the wallet store (the MAC or GCM tag did not match). */
public class WrongPasswordException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message) {
        super("password", message);
    }
}
