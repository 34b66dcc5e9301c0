package net.utilitynet.app.settings;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Settings;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/** The Settings page: appearance, security, mining and data sections, each a card of labelled rows. */
public final class SettingsView implements View {

    private final SettingsViewModel model;
    private final VBox root;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        Label error = Components.label(model.saveErrorProperty(), "form-error");
        error.visibleProperty().bind(model.saveErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root = Components.page("settings-page",
                Components.pageHeader(model.text("page.settings.title"), model.text("page.settings.subtitle")),
                error, appearance(), security(), mining(), data());
    }

    @Override
    public Parent root() {
        return root;
    }

    private Node appearance() {
        HBox languages = segmented("settings-language", model.languageProperty(), Map.of(
                Language.ENGLISH, constant(Language.ENGLISH.nativeName()),
                Language.CHINESE_SIMPLIFIED, constant(Language.CHINESE_SIMPLIFIED.nativeName())),
                Language.values());
        HBox themes = segmented("settings-theme", model.themeProperty(), Map.of(
                Theme.LIGHT, model.text("settings.theme.light"),
                Theme.DARK, model.text("settings.theme.dark")), Theme.values());
        return section("settings.section.appearance",
                row("settings.language", languages, null),
                row("settings.theme", themes, null));
    }

    private Node security() {
        Spinner<Integer> minutes = new Spinner<>(0, Settings.MAX_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty().get(), 5);
        minutes.setId("settings-autolock");
        minutes.setEditable(true);
        // Digits only: the spinner's converter would throw on other text.
        minutes.getEditor().setTextFormatter(new TextFormatter<Integer>(
                change -> change.getControlNewText().matches("\\d{0,3}") ? change : null));
        minutes.getStyleClass().add("minutes-spinner");
        SpinnerValueFactory<Integer> factory = minutes.getValueFactory();
        factory.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.autoLockMinutesProperty().set(value);
            }
        });
        model.autoLockMinutesProperty().addListener((obs, old, value) -> factory.setValue(value.intValue()));
        HBox control = new HBox(minutes, Components.label(model.text("settings.autoLock.unit"), "field-unit"));
        control.getStyleClass().add("inline-row");
        return section("settings.section.security", row("settings.autoLock", control, "settings.autoLock.hint"));
    }

    private Node mining() {
        CheckBox startMining = checkBox("settings-start-mining", "settings.startMining");
        startMining.selectedProperty().bindBidirectional(model.startMiningOnLaunchProperty());
        CheckBox keepInTray = checkBox("settings-keep-in-tray", "settings.keepMiningInTray");
        keepInTray.selectedProperty().bindBidirectional(model.keepMiningInTrayProperty());
        VBox box = new VBox(startMining, keepInTray,
                Components.label(model.text("settings.mining.hint"), "field-hint"));
        box.getStyleClass().add("check-list");
        return section("settings.section.mining", box);
    }

    private Node data() {
        TextField path = new TextField(model.dataDirectory());
        path.setId("settings-data-dir");
        path.setEditable(false);
        path.getStyleClass().add("mono");
        return section("settings.section.data", row("settings.dataDir", path, "settings.dataDir.hint"));
    }

    private <T extends Enum<T>> HBox segmented(String id, ObjectProperty<T> property,
                                               Map<T, ObservableValue<String>> labels, T[] values) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId(id);
        box.getStyleClass().add("segmented");
        for (T value : values) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(labels.get(value));
            button.setUserData(value);
            button.setId(id + "-" + value.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(value == property.get());
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old); // one choice is always made
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                property.set(value);
            }
        });
        property.addListener((obs, old, value) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == value).findFirst().ifPresent(group::selectToggle));
        return box;
    }

    private CheckBox checkBox(String id, String key) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(model.text(key));
        return box;
    }

    private VBox section(String titleKey, Node... content) {
        return Components.card(model.text(titleKey), content);
    }

    private GridPane row(String labelKey, Node control, String hintKey) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-row");
        Label label = Components.label(model.text(labelKey), "field-label");
        label.setLabelFor(control);
        grid.add(label, 0, 0);
        grid.add(control, 1, 0);
        if (hintKey != null) {
            grid.add(Components.label(model.text(hintKey), "field-hint"), 1, 1);
        }
        return grid;
    }

    private static ObservableValue<String> constant(String text) {
        return new SimpleStringProperty(text);
    }
}
