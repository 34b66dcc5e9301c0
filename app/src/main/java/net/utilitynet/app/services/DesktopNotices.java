package net.utilitynet.app.services;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where notices for the user go when the desktop can show them outside the window (the tray's notifications). Until a
 * sink is set (no tray: headless, unsupported desktop) {@link #raise} drops the notice and the pages keep showing it
 * on-page only.
 */
public final class DesktopNotices {
    private volatile Consumer<String> sink;

    /** Sets the sink (any thread); {@code null} removes it. */
    public void use(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Shows {@code text} on the desktop; false when there is nowhere to show it. */
    public boolean raise(String text) {
        Optional<Consumer<String>> to = Optional.ofNullable(sink);
        to.ifPresent(s -> s.accept(text));
        return to.isPresent();
    }
}
