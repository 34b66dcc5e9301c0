package net.utilitynet.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/**
 * The window's layout: navigation on the left, the selected page in the middle, the status bar at
 * the bottom. Pages are built on first visit and kept, so their state survives navigation.
 */
public final class ShellView implements View {

    private static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");

    private final ShellViewModel model;
    private final Map<Page, Supplier<View>> screens;
    private final Map<Page, ScrollPane> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();

    public ShellView(ShellViewModel model, Map<Page, Supplier<View>> screens) {
        this.model = model;
        this.screens = Map.copyOf(screens);
        content.getStyleClass().add("content");
        root.getStyleClass().add("shell");
        root.setLeft(navigationBar());
        root.setCenter(content);
        root.setBottom(statusBar());
        model.pageProperty().addListener((obs, old, page) -> show(page));
        show(model.pageProperty().get());
    }

    @Override
    public Parent root() {
        return root;
    }

    private VBox navigationBar() {
        Label brand = new Label("UtilityNet");
        brand.getStyleClass().add("brand-name");
        brand.setGraphic(Icons.icon(Icons.LOGO, "brand-logo"));
        VBox bar = new VBox(brand);
        bar.getStyleClass().add("nav-bar");
        for (Page page : Page.values()) {
            ToggleButton button = navButton(page);
            navButtons.put(page, button);
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label version = new Label("v" + model.version());
        version.getStyleClass().add("nav-version");
        bar.getChildren().addAll(spacer, version);
        navigation.selectedToggleProperty().addListener((obs, old, selected) -> onToggle(old, selected));
        return bar;
    }

    private ToggleButton navButton(Page page) {
        ToggleButton button = new ToggleButton();
        button.setId("nav-" + page.id());
        button.setUserData(page);
        button.setMnemonicParsing(true);
        button.textProperty().bind(model.navigationLabel(page));
        button.setGraphic(Icons.icon(page.icon(), "nav-icon"));
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(navigation);
        // A mnemonic (Alt+letter) delivers only an ActionEvent, which does not toggle: select here too.
        button.setOnAction(event -> model.select(page));
        String shortcut = new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN).getDisplayText();
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.i18n().text("nav.tooltip", model.i18n().text("page." + page.id() + ".title"), shortcut));
        button.setTooltip(tooltip);
        // A selected navigation button stays selected when clicked again.
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (button.isSelected()) {
                event.consume();
            }
        });
        return button;
    }

    private void onToggle(Toggle old, Toggle selected) {
        if (selected == null) {
            navigation.selectToggle(old); // keyboard deselection (Space on the selected one)
        } else {
            model.select((Page) selected.getUserData());
        }
    }

    private void show(Page page) {
        ToggleButton button = navButtons.get(page);
        // Keyboard users who are in the navigation stay on the selected entry.
        boolean focusInNavigation = root.getScene() != null && navButtons.containsValue(root.getScene().getFocusOwner());
        navigation.selectToggle(button);
        if (focusInNavigation) {
            button.requestFocus();
        }
        ScrollPane pane = built.computeIfAbsent(page, p -> {
            ScrollPane scroll = new ScrollPane(screens.get(p).get().root());
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("page-scroll");
            scroll.setId("page-" + p.id());
            return scroll;
        });
        content.getChildren().setAll(pane);
    }

    private HBox statusBar() {
        Label network = Components.label(model.connection().networkName(), "status-network");
        network.setId("status-network");
        network.setGraphic(Icons.icon(Icons.NETWORK, "inline-icon"));
        Region dot = new Region();
        dot.getStyleClass().add("status-dot");
        model.connection().connected().addListener((obs, was, is) -> dot.pseudoClassStateChanged(CONNECTED, is));
        dot.pseudoClassStateChanged(CONNECTED, model.connection().connected().get());
        Label state = Components.label(model.connection().stateText(), "status-sync");
        state.setId("status-sync");
        state.setGraphic(dot);
        Label mining = Components.label(model.miningText(), "status-mining");
        mining.setId("status-mining");
        HBox bar = new HBox(network, separator(), state, Components.hSpacer(), mining);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Region separator() {
        Region separator = new Region();
        separator.getStyleClass().add("status-separator");
        return separator;
    }
}
