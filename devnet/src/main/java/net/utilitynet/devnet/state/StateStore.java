package net.utilitynet.devnet.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.utilitynet.protocol.trie.AccountState;
import net.utilitynet.protocol.trie.SecureTrie;
import net.utilitynet.protocol.trie.TrieRoots;
import net.utilitynet.protocol.rlp.Rlp;

/**
 * Account and storage state in protocol's Merkle-Patricia tries, exactly as Ethereum lays it out: the state
 * trie maps keccak(address) to rlp([nonce, balance, storageRoot, codeHash]); each storage trie maps
 * keccak(slot) to the RLP of the word without leading zeros. Nodes go to a {@link BufferedNodeStore}.
 */
public final class StateStore {
    private final BufferedNodeStore nodes;

    public StateStore(BufferedNodeStore nodes) {
        this.nodes = nodes;
    }

    public BufferedNodeStore nodes() {
        return nodes;
    }

    /** A reader of the state with root {@code root}; it caches what it reads (roots are immutable). */
    public Reader reader(byte[] root) {
        return new Reader(root);
    }

    /** Applies {@code changes} on top of the state at {@code root}; returns the new root. Nodes stay buffered. */
    public byte[] commit(byte[] root, Map<Address, AccountChanges> changes) {
        SecureTrie accounts = new SecureTrie(nodes, root);
        for (Map.Entry<Address, AccountChanges> e : changes.entrySet()) {
            byte[] key = e.getKey().bytes();
            AccountState before = accounts.get(key).map(AccountState::decode).orElse(AccountState.EMPTY);
            AccountChanges c = e.getValue();
            byte[] storageRoot = before.storageRoot();
            boolean wroteStorage = c.storage.size() > 0;
            if (wroteStorage) {
                SecureTrie storage = new SecureTrie(nodes, storageRoot);
                for (byte[][] w : c.storageWrites()) {
                    BigInteger word = new BigInteger(1, w[1]);
                    if (word.signum() == 0) {
                        storage.delete(w[0]);
                    } else {
                        storage.put(w[0], Rlp.encode(Rlp.uint(word)));
                    }
                }
                storageRoot = storage.commit();
            }
            AccountState after = new AccountState(c.nonce != null ? BigInteger.valueOf(c.nonce) : before.nonce(),
                    c.balance != null ? c.balance : before.balance(), storageRoot, before.codeHash());
            if (after.equals(AccountState.EMPTY)) {
                accounts.delete(key); // EIP-161: touched empty accounts are removed
            } else {
                accounts.put(key, after.encode());
            }
        }
        return accounts.commit();
    }

    /** Reads of one immutable state root; thread-safe. */
    public final class Reader implements StateReader {
        private final byte[] root;
        private final Map<Address, AccountState> accounts = new ConcurrentHashMap<>();

        private Reader(byte[] root) {
            this.root = root.clone();
        }

        public byte[] root() {
            return root.clone();
        }

        public AccountState account(Address address) {
            return accounts.computeIfAbsent(address,
                    a -> new SecureTrie(nodes, root).get(a.bytes()).map(AccountState::decode).orElse(AccountState.EMPTY));
        }

        @Override
        public long nonce(Address address) {
            return account(address).nonce().longValueExact();
        }

        @Override
        public BigInteger balance(Address address) {
            return account(address).balance();
        }

        @Override
        public byte[] storage(Address address, byte[] slot) {
            byte[] storageRoot = account(address).storageRoot();
            byte[] word = new byte[32];
            if (TrieRoots.isEmptyTrieRoot(storageRoot)) {
                return word;
            }
            Optional<byte[]> v = new SecureTrie(nodes, storageRoot).get(slot);
            if (v.isPresent()) {
                BigInteger value = Rlp.decode(v.get()).asString("storage value").uint256("storage value");
                byte[] b = value.toByteArray();
                int len = Math.min(b.length, 32);
                System.arraycopy(b, b.length - len, word, 32 - len, len);
            }
            return word;
        }

        /** eth_getProof: the account's proof and one storage proof per requested slot. */
        public AccountProof prove(Address address, List<byte[]> slots) {
            AccountState a = account(address);
            List<byte[]> accountProof = new SecureTrie(nodes, root).prove(address.bytes());
            List<AccountProof.StorageProof> storage = new ArrayList<>();
            SecureTrie st = new SecureTrie(nodes, a.storageRoot());
            for (byte[] slot : slots) {
                storage.add(new AccountProof.StorageProof(slot, new BigInteger(1, storage(address, slot)), st.prove(slot)));
            }
            return new AccountProof(address, a.nonce().longValueExact(), a.balance(), a.storageRoot(), a.codeHash(), accountProof, storage);
        }
    }
}
