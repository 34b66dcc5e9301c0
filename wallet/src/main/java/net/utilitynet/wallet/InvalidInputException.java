package net.utilitynet.wallet;

/** User input that cannot be used; {@link #field()} names the input so a form can mark it. */
public class InvalidInputException extends WalletException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
