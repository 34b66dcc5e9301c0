package net.utilitynet.app.networks;

import java.util.List;

/**
 * One problem with one field: a message key of the app's resource bundle plus its arguments, so
 * the GUI shows it in the user's language and the command line in English.
 */
public record FieldError(NetworkField field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(NetworkField field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
