package net.utilitynet.protocol.trie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded Anvil answers in test resource {@code anvil/recorded_block1.json} (see its "source" field). */
public final class RecordedAnvil {
    private RecordedAnvil() {
    }

    /** A fresh copy of the recording, so a test may tamper with it. */
    public static JsonNode load() {
        try (InputStream in = RecordedAnvil.class.getResourceAsStream("/anvil/recorded_block1.json")) {
            if (in == null) {
                throw new IOException("test resource anvil/recorded_block1.json is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
