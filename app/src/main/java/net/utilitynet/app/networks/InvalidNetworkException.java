package net.utilitynet.app.networks;

import java.util.List;
import java.util.stream.Collectors;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.i18n.Bundles;

/** A network draft was refused; carries every field error (the message lists them in English). */
public final class InvalidNetworkException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidNetworkException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> Bundles.english(e.messageKey(), e.arguments().toArray()))
                .collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
