package net.utilitynet.app.i18n;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import net.utilitynet.app.config.Language;

/**
 * The current language as an observable: every text in the UI is a {@link #text} binding, so a
 * language switch in Settings re-translates open pages at once. Holds no nodes (view-models use it).
 */
public final class I18n {

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);
    private final ObjectBinding<ResourceBundle> bundle =
            Bindings.createObjectBinding(() -> Bundles.load(language.get()), language);

    public I18n(Language initial) {
        language.set(initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObservableValue<ResourceBundle> bundleProperty() {
        return bundle;
    }

    /** The text of {@code key} in the current language. */
    public String get(String key, Object... arguments) {
        return Bundles.format(bundle.get(), key, arguments);
    }

    /**
     * A binding to the text of {@code key}; arguments that are {@link ObservableValue}s are read
     * at each evaluation and are dependencies of the binding.
     */
    public StringBinding text(String key, Object... arguments) {
        Observable[] dependencies = new Observable[arguments.length + 1];
        dependencies[0] = bundle;
        for (int i = 0; i < arguments.length; i++) {
            dependencies[i + 1] = arguments[i] instanceof Observable observable ? observable : bundle;
        }
        return Bindings.createStringBinding(() -> get(key, values(arguments)), dependencies);
    }

    /** A binding whose text is computed from the bundle (and the given dependencies) by {@code compute}. */
    public StringBinding computed(Callable<String> compute, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = bundle;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }

    private static Object[] values(Object[] arguments) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof ObservableValue<?> observable ? observable.getValue() : arguments[i];
        }
        return values;
    }
}
