package net.utilitynet.app.shell;

import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.ui.View;

/**
 * A page whose view is rebuilt, on the FX thread, whenever the service it depends on changes (e.g. the Miner page
 * when a miner opens after the wallet is unlocked, or closes when it is locked).
 */
final class SwitchingView<T> implements View {
    private final StackPane root = new StackPane();

    SwitchingView(LiveValue<T> source, Executor ui, Function<T, View> build) {
        root.getStyleClass().add("switching-page");
        source.subscribe(value -> ui.execute(() -> root.getChildren().setAll(build.apply(value).root())));
    }

    @Override
    public Parent root() {
        return root;
    }
}
