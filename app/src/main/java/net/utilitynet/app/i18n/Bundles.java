package net.utilitynet.app.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import net.utilitynet.app.config.Language;

/**
 * Loads the app's message bundles ({@code messages.properties}, {@code messages_zh_CN.properties},
 * read as UTF-8 by Java 9+). No fallback to the JVM's default locale: English is the base bundle,
 * so asking for English gives English even on a Chinese system.
 */
public final class Bundles {

    public static final String BASE_NAME = "net.utilitynet.app.i18n.messages";

    private Bundles() {
    }

    public static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BASE_NAME, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message {@code key} of {@code bundle} with {@code arguments} filled in. */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** English text, for the command line and logs. */
    public static String english(String key, Object... arguments) {
        return format(load(Language.ENGLISH), key, arguments);
    }
}
