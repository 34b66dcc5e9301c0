package net.utilitynet.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** Randomised properties of the trie and its proofs (fixed seeds, so failures reproduce). */
class MerklePatriciaTriePropertyTest {
    private static final int SEEDS = 12;

    @Test
    void root_randomInsertOrders_giveSameRoot() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            Map<ByteBuffer, byte[]> state = randomState(random, 1 + random.nextInt(300));
            byte[] first = null;
            for (int order = 0; order < 3; order++) {
                List<ByteBuffer> keys = new ArrayList<>(state.keySet());
                Collections.shuffle(keys, random);
                MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
                keys.forEach(k -> trie.put(k.array(), state.get(k)));
                if (first == null) {
                    first = trie.root();
                } else {
                    assertArrayEquals(first, trie.root(), "seed " + seed + " order " + order);
                }
            }
        }
    }

    @Test
    void delete_extraKeysInsertedThenRemoved_restoresRootAndEmptiesToEmptyRoot() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(100 + seed);
            Map<ByteBuffer, byte[]> kept = randomState(random, 1 + random.nextInt(200));
            Map<ByteBuffer, byte[]> extra = randomState(random, 1 + random.nextInt(200));
            extra.keySet().removeAll(kept.keySet());
            MerklePatriciaTrie expected = new MerklePatriciaTrie(new InMemoryNodeStore());
            kept.forEach((k, v) -> expected.put(k.array(), v));

            InMemoryNodeStore store = new InMemoryNodeStore();
            MerklePatriciaTrie trie = new MerklePatriciaTrie(store);
            List<ByteBuffer> all = new ArrayList<>(kept.keySet());
            all.addAll(extra.keySet());
            Collections.shuffle(all, random);
            for (ByteBuffer k : all) {
                trie.put(k.array(), kept.containsKey(k) ? kept.get(k) : extra.get(k));
            }
            // Reload from the store half-way, so deletes must resolve hash references lazily.
            MerklePatriciaTrie reloaded = new MerklePatriciaTrie(store, trie.commit());
            List<ByteBuffer> extras = new ArrayList<>(extra.keySet());
            Collections.shuffle(extras, random);
            extras.forEach(k -> reloaded.delete(k.array()));
            assertArrayEquals(expected.root(), reloaded.root(), "seed " + seed);

            kept.keySet().forEach(k -> reloaded.delete(k.array()));
            assertArrayEquals(TrieRoots.emptyTrieRoot(), reloaded.root());
        }
    }

    @Test
    void prove_everyPresentAndAbsentKey_verifiesToTheTrieAnswer() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(200 + seed);
            Map<ByteBuffer, byte[]> state = randomState(random, 1 + random.nextInt(150));
            MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
            state.forEach((k, v) -> trie.put(k.array(), v));
            byte[] root = trie.root();
            for (Map.Entry<ByteBuffer, byte[]> e : state.entrySet()) {
                Optional<byte[]> proven = TrieProofVerifier.verify(root, e.getKey().array(), trie.prove(e.getKey().array()));
                assertArrayEquals(e.getValue(), proven.orElseThrow());
            }
            for (int i = 0; i < 50; i++) {
                byte[] absent = randomKey(random);
                if (!state.containsKey(ByteBuffer.wrap(absent))) {
                    assertFalse(TrieProofVerifier.verify(root, absent, trie.prove(absent)).isPresent());
                }
            }
        }
    }

    @Test
    void verify_tamperedProofs_areRejected() {
        Random random = new Random(7);
        Map<ByteBuffer, byte[]> state = randomState(random, 400);
        MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
        state.forEach((k, v) -> trie.put(k.array(), v));
        byte[] root = trie.root();
        int checked = 0;
        for (ByteBuffer key : state.keySet()) {
            List<byte[]> proof = trie.prove(key.array());
            if (proof.size() < 2) {
                continue;
            }
            checked++;
            List<byte[]> truncated = proof.subList(0, proof.size() - 1);
            assertTrue(message(root, key, truncated).contains("missing a node"));

            List<byte[]> extended = new ArrayList<>(proof);
            extended.add(proof.get(0));
            assertTrue(message(root, key, extended).contains("extra node"));

            for (int n = 0; n < proof.size(); n++) {
                List<byte[]> flipped = new ArrayList<>(proof);
                byte[] node = proof.get(n).clone();
                node[random.nextInt(node.length)] ^= (byte) (1 + random.nextInt(255));
                flipped.set(n, node);
                assertTrue(message(root, key, flipped).contains("proof node " + n + " hashes to"));
            }
            List<byte[]> swapped = new ArrayList<>(proof);
            Collections.swap(swapped, 0, 1);
            assertThrows(ProofException.class, () -> TrieProofVerifier.verify(root, key.array(), swapped));
        }
        assertTrue(checked > 100, "enough multi-node proofs were exercised");
    }

    @Test
    void verify_randomlyCorruptedNodesUnderTheirOwnHash_onlyEverThrowProofException() {
        Random random = new Random(11);
        Map<ByteBuffer, byte[]> state = randomState(random, 300);
        MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
        state.forEach((k, v) -> trie.put(k.array(), v));
        List<ByteBuffer> keys = new ArrayList<>(state.keySet());
        for (int i = 0; i < 3000; i++) {
            byte[] key = keys.get(random.nextInt(keys.size())).array();
            byte[] node = trie.prove(key).get(0).clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                node[random.nextInt(node.length)] = (byte) random.nextInt(256);
            }
            byte[] corrupted = random.nextInt(4) == 0 ? Arrays.copyOf(node, random.nextInt(node.length)) : node;
            try {
                TrieProofVerifier.verify(Hash.sha3(corrupted), key, List.of(corrupted));
            } catch (ProofException expected) {
                // the only acceptable failure: a typed, explained rejection
            }
        }
    }

    @Test
    void verify_malformedNodeUnderItsOwnHash_throwsMalformed() {
        byte[] garbage = Numeric.hexStringToByteArray("c3010203"); // a 3-item list: not a trie node
        ProofException e = assertThrows(ProofException.class,
                () -> TrieProofVerifier.verify(Hash.sha3(garbage), new byte[] {1}, List.of(garbage)));
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
        byte[] badRlp = Numeric.hexStringToByteArray("f90000");
        e = assertThrows(ProofException.class,
                () -> TrieProofVerifier.verify(Hash.sha3(badRlp), new byte[] {1}, List.of(badRlp)));
        assertTrue(e.getMessage().contains("RLP"), e.getMessage());
    }

    @Test
    void verify_emptyTrie_provesAbsenceWithNoNodesOrTheEmptyNode() {
        byte[] empty = TrieRoots.emptyTrieRoot();
        assertTrue(TrieProofVerifier.verify(empty, new byte[] {1}, List.of()).isEmpty());
        assertTrue(TrieProofVerifier.verify(empty, new byte[] {1}, List.of(new byte[] {(byte) 0x80})).isEmpty());
        assertTrue(new MerklePatriciaTrie(new InMemoryNodeStore()).prove(new byte[] {1}).isEmpty());
    }

    @Test
    void get_rootNotInStore_throwsNamingMissingNode() {
        MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore(), Hash.sha3(new byte[] {1}));
        TrieException e = assertThrows(TrieException.class, () -> trie.get(new byte[] {1}));
        assertTrue(e.getMessage().contains("missing from the node store"), e.getMessage());
    }

    @Test
    void commit_afterSmallChange_writesOnlyChangedNodes() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerklePatriciaTrie trie = new MerklePatriciaTrie(store);
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            trie.put(Hash.sha3(Numeric.toBytesPadded(java.math.BigInteger.valueOf(i), 4)), randomValue(random));
        }
        trie.commit();
        int before = store.size();
        trie.put(Hash.sha3(new byte[] {9, 9}), new byte[] {1});
        trie.commit();
        int written = store.size() - before;
        // The new key's path: ~3 branch levels, then a split of the leaf it meets (extension, branch, 2 leaves).
        assertTrue(written > 0 && written <= 8, "only the changed path is written, wrote " + written + " of " + before);
    }

    private static String message(byte[] root, ByteBuffer key, List<byte[]> proof) {
        return assertThrows(ProofException.class, () -> TrieProofVerifier.verify(root, key.array(), proof)).getMessage();
    }

    /** Keys of 1-6 bytes drawn from a small alphabet, so they share prefixes and make extensions and branch values. */
    private static Map<ByteBuffer, byte[]> randomState(Random random, int size) {
        Map<ByteBuffer, byte[]> state = new HashMap<>();
        while (state.size() < size) {
            state.put(ByteBuffer.wrap(randomKey(random)), randomValue(random));
        }
        return state;
    }

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[1 + random.nextInt(6)];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (random.nextInt(4) * 0x11 + random.nextInt(2));
        }
        return key;
    }

    private static byte[] randomValue(Random random) {
        byte[] value = new byte[1 + random.nextInt(random.nextBoolean() ? 4 : 40)];
        random.nextBytes(value);
        return value;
    }
}
