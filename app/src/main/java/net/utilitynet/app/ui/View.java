package net.utilitynet.app.ui;

import javafx.scene.Parent;

/** A screen's view: builds its nodes in code (style classes only, looks in CSS) and binds them to its view-model. */
public interface View {

    /** The root node, built once and kept for the life of the window. */
    Parent root();
}
