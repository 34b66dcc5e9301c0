package net.utilitynet.app.shell;

import java.util.List;
import java.util.Objects;
import net.utilitynet.app.config.Theme;

/**
 * The stylesheets of a theme: {@code app.css} always (light colour tokens at {@code .root}),
 * plus {@code dark.css} for the dark theme, which only redefines those tokens.
 */
public final class ThemeStyles {

    public static final String BASE = resource("app.css");
    public static final String DARK = resource("dark.css");

    private ThemeStyles() {
    }

    /** Makes {@code stylesheets} those of {@code theme}, keeping any other sheets in place. */
    public static void apply(List<String> stylesheets, Theme theme) {
        if (!stylesheets.contains(BASE)) {
            stylesheets.add(0, BASE);
        }
        if (theme == Theme.DARK && !stylesheets.contains(DARK)) {
            stylesheets.add(DARK);
        } else if (theme != Theme.DARK) {
            stylesheets.remove(DARK);
        }
    }

    private static String resource(String name) {
        return Objects.requireNonNull(ThemeStyles.class.getResource(name), name).toExternalForm();
    }
}
