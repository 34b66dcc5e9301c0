package net.utilitynet.app.wallet;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import net.utilitynet.app.ui.Components;

/** Small node factories shared by the wallet views (ids for tests, style classes for looks). */
public final class WalletNodes {
    private WalletNodes() {
    }

    public static Button button(ObservableValue<String> text, String id, EventHandler<ActionEvent> action, String... styleClasses) {
        Button b = new Button();
        b.textProperty().bind(text);
        b.setId(id);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(action);
        return b;
    }

    /** A message under a field, present only while there is something to say. */
    public static Label message(ObservableValue<String> text, String id, String styleClass) {
        Label l = Components.label(text, styleClass);
        l.setId(id);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public static Label error(ObservableValue<String> text, String id) {
        return message(text, id, "field-error");
    }

    public static TextField field(StringProperty value, String id, ObservableValue<String> prompt) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        f.setId(id);
        if (prompt != null) {
            f.promptTextProperty().bind(prompt);
        }
        return f;
    }

    /** Recovery words in three numbered columns; each word's label has the id {@code idPrefix + position} (from 1). */
    public static GridPane wordGrid(List<String> words, String idPrefix) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("mnemonic-grid");
        int columns = 3;
        for (int i = 0; i < words.size(); i++) {
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("mnemonic-index");
            Label word = new Label(words.get(i));
            word.getStyleClass().addAll("mnemonic-word", "mono");
            word.setId(idPrefix + (i + 1));
            HBox cell = new HBox(number, word);
            cell.getStyleClass().add("mnemonic-cell");
            grid.add(cell, i % columns, i / columns);
        }
        return grid;
    }

    public static PasswordField password(StringProperty value, String id) {
        PasswordField f = new PasswordField();
        f.textProperty().bindBidirectional(value);
        f.setId(id);
        return f;
    }
}
