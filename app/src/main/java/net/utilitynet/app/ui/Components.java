package net.utilitynet.app.ui;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;

import javafx.scene.control.TableColumn;

import javafx.scene.control.Button;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The shared building blocks of pages: header, card, empty state. Looks live in app.css. */
public final class Components {

    private Components() {
    }

    /** Page title and one-line description; the title carries the {@code page-title} id for tests. */
    public static VBox pageHeader(ObservableValue<String> title, ObservableValue<String> subtitle) {
        Label titleLabel = label(title, "page-title");
        titleLabel.setId("page-title");
        Label subtitleLabel = label(subtitle, "page-subtitle");
        subtitleLabel.setWrapText(true);
        VBox header = new VBox(titleLabel, subtitleLabel);
        header.getStyleClass().add("page-header");
        return header;
    }

    /** A page header with a node (a status badge, an action) at its right end. */
    public static HBox pageHeader(ObservableValue<String> title, ObservableValue<String> subtitle, Node trailing) {
        HBox row = new HBox(pageHeader(title, subtitle), hSpacer(), trailing);
        row.getStyleClass().add("page-header-row");
        return row;
    }

    /** A card with a small title and any content. */
    public static VBox card(ObservableValue<String> title, Node... content) {
        VBox card = new VBox(label(title, "card-title"));
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        return card;
    }

    /**
     * An empty-state card: an icon, what this page will show, and the connection line, whose icon follows
     * {@code connected}. It offers no buttons: nothing is pretended to work before it does.
     */
    public static VBox emptyState(String iconPath, ObservableValue<String> title, ObservableValue<String> body,
                                  ObservableValue<String> connectionLine, ObservableValue<Boolean> connected) {
        Region icon = Icons.icon(iconPath, "empty-state-icon");
        Label titleLabel = label(title, "empty-state-title");
        Label bodyLabel = label(body, "empty-state-body");
        bodyLabel.setWrapText(true);
        Label connection = label(connectionLine, "empty-state-connection");
        connection.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.icon(Boolean.TRUE.equals(connected.getValue()) ? Icons.LINK : Icons.LINK_OFF, "inline-icon"), connected));
        VBox box = new VBox(icon, titleLabel, bodyLabel, connection);
        box.getStyleClass().addAll("card", "empty-state");
        return box;
    }

    /** The whole page for a feature that is not wired yet: header plus empty-state card. */
    public static VBox emptyPage(String styleClass, String iconPath, EmptyPageModel model) {
        return emptyPage(styleClass, iconPath, model, pageHeader(model.title(), model.subtitle()));
    }

    /** The same with a given header (e.g. one with a status badge). */
    public static VBox emptyPage(String styleClass, String iconPath, EmptyPageModel model, Node header) {
        return page(styleClass, header, emptyState(iconPath, model.emptyTitle(), model.emptyBody(), model.connectionLine(), model.connected()));
    }

    /** A label bound to a text; the style classes say what it is. */
    public static Label label(ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** The standard page layout: header on top, then the content, with page padding. */
    public static VBox page(String styleClass, Node header, Node... content) {
        VBox page = new VBox(header);
        page.getChildren().addAll(content);
        page.getStyleClass().addAll("page", styleClass);
        return page;
    }

    /** A spacer that takes the free width of an {@link HBox}. */
    public static Region hSpacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A button whose text follows {@code text}, with an id for tests and keyboard users' mnemonics intact. */
    public static Button button(ObservableValue<String> text, String id, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A read-only text column whose title follows {@code title}. */
    public static <T> TableColumn<T, String> textColumn(ObservableValue<String> title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
