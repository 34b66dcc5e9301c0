package net.utilitynet.app.shell;

import java.awt.Desktop;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS hands a clicked {@code utilitynet:} link to the running app as an "open URL" Apple event, not as an argument
 * (the bundle declares the scheme in its Info.plist, see installers/build.sh): this passes those events to the
 * {@link LinkRouter}. Other systems start the app with the link as an argument instead, so AWT is not touched there.
 */
final class MacLinkEvents {
    private static final Logger LOG = LoggerFactory.getLogger(MacLinkEvents.class);

    private MacLinkEvents() {
    }

    /** Registers the handler on macOS where the desktop supports it; must run before the toolkit finishes starting. */
    static void install(LinkRouter router) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
            LOG.warn("This macOS Java runtime cannot receive open-URL events: utilitynet: links will not reach the app");
            return;
        }
        Desktop.getDesktop().setOpenURIHandler(event -> router.open(Optional.of(event.getURI().toString())));
    }
}
