package net.utilitynet.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Drives a trie and a {@link HashMap} model with the same random puts and deletes, reloading the trie
 * from its store now and then, and checks that every answer and proof agrees with the model.
 */
final class TrieModelCheck {
    private TrieModelCheck() {
    }

    static void run(long seed, int operations, int keySpace) {
        Random random = new Random(seed);
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerklePatriciaTrie trie = new MerklePatriciaTrie(store);
        Map<ByteBuffer, byte[]> model = new HashMap<>();
        List<ByteBuffer> keys = new ArrayList<>();
        for (int i = 0; i < keySpace; i++) {
            byte[] key = new byte[1 + random.nextInt(4)];
            for (int j = 0; j < key.length; j++) {
                key[j] = (byte) random.nextInt(3);
            }
            keys.add(ByteBuffer.wrap(key));
        }
        for (int op = 0; op < operations; op++) {
            ByteBuffer key = keys.get(random.nextInt(keys.size()));
            if (random.nextInt(3) == 0) {
                trie.delete(key.array());
                model.remove(key);
            } else {
                byte[] value = new byte[1 + random.nextInt(random.nextBoolean() ? 3 : 50)];
                random.nextBytes(value);
                trie.put(key.array(), value);
                model.put(key, value);
            }
            if (random.nextInt(50) == 0) {
                trie = new MerklePatriciaTrie(store, trie.commit());
            }
        }
        byte[] root = trie.root();
        for (ByteBuffer key : keys) {
            byte[] expected = model.get(key);
            Optional<byte[]> actual = trie.get(key.array());
            assertArrayEquals(expected, actual.orElse(null), "seed " + seed);
            assertArrayEquals(expected, TrieProofVerifier.verify(root, key.array(), trie.prove(key.array())).orElse(null));
        }
        MerklePatriciaTrie rebuilt = new MerklePatriciaTrie(new InMemoryNodeStore());
        model.forEach((k, v) -> rebuilt.put(k.array(), v));
        assertEquals(ByteBuffer.wrap(rebuilt.root()), ByteBuffer.wrap(root), "seed " + seed + ": root depends only on content");
    }
}
