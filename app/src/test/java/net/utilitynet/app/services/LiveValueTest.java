package net.utilitynet.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveValueTest {

    @Test
    void subscribe_receivesCurrentValueThenChanges() {
        LiveValue<String> value = new LiveValue<>("a");
        List<String> seen = new ArrayList<>();
        value.subscribe(seen::add);
        value.set("b");
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void set_equalValue_notifiesNobody() {
        LiveValue<String> value = new LiveValue<>("a");
        List<String> seen = new ArrayList<>();
        value.subscribe(seen::add);
        value.set("a");
        value.update(v -> v);
        assertEquals(List.of("a"), seen);
    }

    @Test
    void close_subscription_stopsNotifications() {
        LiveValue<Integer> value = new LiveValue<>(1);
        List<Integer> seen = new ArrayList<>();
        value.subscribe(seen::add).close();
        value.set(2);
        assertEquals(List.of(1), seen);
    }

    @Test
    void update_throwing_keepsOldValue() {
        LiveValue<Integer> value = new LiveValue<>(1);
        assertThrows(IllegalStateException.class, () -> value.update(v -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(1, value.get());
    }
}
