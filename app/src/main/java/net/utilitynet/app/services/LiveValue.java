package net.utilitynet.app.services;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A thread-safe value that tells subscribers when it changes. Services expose their state with it
 * so that they stay free of JavaFX; view-models hop to the FX thread with the executor they are given.
 *
 * @param <T> the value type (immutable values only)
 */
public final class LiveValue<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    public LiveValue(T initial) {
        this.value = Objects.requireNonNull(initial, "initial");
    }

    public T get() {
        return value;
    }

    /** Replaces the value and notifies subscribers when it differs from the current one. */
    public void set(T next) {
        Objects.requireNonNull(next, "next");
        T previous;
        synchronized (this) {
            previous = value;
            value = next;
        }
        if (!previous.equals(next)) {
            listeners.forEach(listener -> listener.accept(next));
        }
    }

    /** Atomically replaces the value with {@code update(current)}; returns the new value. */
    public T update(UnaryOperator<T> update) {
        T previous;
        T next;
        synchronized (this) {
            previous = value;
            next = Objects.requireNonNull(update.apply(previous), "update result");
            value = next;
        }
        if (!previous.equals(next)) {
            listeners.forEach(listener -> listener.accept(next));
        }
        return next;
    }

    /** Calls {@code listener} now with the current value and after every change, on the changing thread. */
    public Subscription subscribe(Consumer<? super T> listener) {
        listeners.add(listener);
        listener.accept(value);
        return () -> listeners.remove(listener);
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
