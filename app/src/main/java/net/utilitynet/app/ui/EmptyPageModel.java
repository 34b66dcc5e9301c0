package net.utilitynet.app.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import net.utilitynet.app.i18n.I18n;

/**
 * The texts of a page whose feature is not wired yet: its title and purpose, what it will show,
 * and the connection line (with whether the app is connected, for its icon). Keys follow
 * {@code page.<id>.title|subtitle} and {@code empty.<id>.title|body}.
 */
public record EmptyPageModel(StringBinding title, StringBinding subtitle, StringBinding emptyTitle,
                             StringBinding emptyBody, StringBinding connectionLine, BooleanBinding connected) {

    public static EmptyPageModel of(String pageId, I18n i18n, ConnectionViewModel connection) {
        return new EmptyPageModel(i18n.text("page." + pageId + ".title"), i18n.text("page." + pageId + ".subtitle"),
                i18n.text("empty." + pageId + ".title"), i18n.text("empty." + pageId + ".body"), connection.summary(),
                connection.connected());
    }
}
