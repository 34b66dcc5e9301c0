package net.utilitynet.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.PaymentUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where links arrive, whatever brought them (the command line, a second start, macOS's open-URL event): brings the
 * window to the front and opens a payment link on Wallet › Send, filled in. Nothing is sent: the user reviews the
 * form and confirms with the password. A link for another chain id asks before switching networks; a malformed one
 * is explained in a dialog. Links that arrive before the window exists wait for it.
 */
public final class LinkRouter {
    private static final Logger LOG = LoggerFactory.getLogger(LinkRouter.class);

    private final NetworkCatalog networks;
    private final List<Optional<String>> waiting = new ArrayList<>(); // guarded by this, until the window is attached
    private ShellWindow window; // guarded by this

    public LinkRouter(NetworkCatalog networks) {
        this.networks = networks;
    }

    /** Routes {@code link} (empty: only bring the window to the front); any thread. */
    public void open(Optional<String> link) {
        synchronized (this) {
            if (window == null) {
                waiting.add(link);
                return;
            }
        }
        FxBridge.runOnFxThread(() -> route(link));
    }

    /** FX thread: from now on links go to {@code shell}; those that came earlier are routed now. */
    void attach(ShellWindow shell) {
        List<Optional<String>> early;
        synchronized (this) {
            window = shell;
            early = List.copyOf(waiting);
            waiting.clear();
        }
        early.forEach(this::route);
    }

    private void route(Optional<String> link) {
        window.toFront();
        if (link.isEmpty()) {
            LOG.info("A second start brought the window to the front");
            return;
        }
        I18n i18n = window.model().i18n();
        PaymentUri.Request request;
        try {
            request = PaymentUri.parse(link.get());
        } catch (InvalidInputException e) {
            LOG.warn("Link not opened: {}", e.getMessage());
            // the message without its "link: " field prefix: the dialog is about the link already
            String problem = e.getMessage().substring(e.field().length() + 2);
            dialog(Alert.AlertType.WARNING, i18n.get("link.invalid.header"), i18n.get("link.invalid.body", problem)).show();
            return;
        }
        window.model().select(Page.WALLET);
        NetworkDefinition active = networks.current().active();
        if (request.chainId().isEmpty() || request.chainId().getAsLong() == active.chainId()) {
            offer(request, active);
            return;
        }
        long wanted = request.chainId().getAsLong();
        String activeName = window.model().connection().displayName(active);
        Optional<NetworkDefinition> other = networks.current().all().stream().filter(n -> n.chainId() == wanted).findFirst();
        if (other.isEmpty()) {
            LOG.warn("Link not opened: it is for chain id {}, the active network {} has {}, and no network has {}",
                    wanted, active.id(), active.chainId(), wanted);
            dialog(Alert.AlertType.WARNING, i18n.get("link.otherChain.header"),
                    i18n.get("link.otherChain.none", Long.toString(wanted), activeName, Long.toString(active.chainId()))).show();
            return;
        }
        String otherName = window.model().connection().displayName(other.get());
        ButtonType switchTo = new ButtonType(i18n.get("link.switch", otherName), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = dialog(Alert.AlertType.CONFIRMATION, i18n.get("link.otherChain.header"),
                i18n.get("link.otherChain.switch", Long.toString(wanted), activeName, Long.toString(active.chainId()), otherName));
        ask.getButtonTypes().setAll(switchTo, cancel);
        ask.getDialogPane().lookupButton(switchTo).setId("link-switch");
        ask.getDialogPane().lookupButton(cancel).setId("link-cancel");
        ask.setOnHidden(e -> {
            if (ask.getResult() == switchTo) {
                networks.select(other.get().id()).whenComplete((selected, error) -> {
                    if (error != null) {
                        LOG.warn("Switching to {} for a link failed: {}", other.get().id(), error.toString());
                    } else {
                        FxBridge.runOnFxThread(() -> offer(request, other.get()));
                    }
                });
            } else {
                LOG.info("Link for chain id {} not opened: the user kept network {}", wanted, active.id());
            }
        });
        ask.show();
    }

    private void offer(PaymentUri.Request request, NetworkDefinition network) {
        LOG.info("Link routed to Wallet > Send: {} to {} on {} (chain id {})",
                request.amount().map(Object::toString).orElse("no amount"), request.to(), network.id(), network.chainId());
        window.paymentRequests().offer(request);
    }

    private Alert dialog(Alert.AlertType type, String header, String body) {
        Alert alert = new Alert(type, body);
        alert.initOwner(window.stage());
        alert.setTitle(window.model().i18n().get("link.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("link-dialog");
        return alert;
    }
}
