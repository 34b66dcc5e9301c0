package net.utilitynet.wallet.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The encrypted part of a wallet file, as (de)serialised by Jackson. Secrets are {@code byte[]}
 * (written as base64 by Jackson straight from and into its buffers, so no String copy) and
 * are wiped by {@link #wipe()} on lock.
 */
final class VaultContents {
    /** BIP-39 words as UTF-8, or null for a wallet without a mnemonic. */
    public byte[] mnemonic;
    /** BIP-39 passphrase as UTF-8 (empty when none). */
    public byte[] passphrase;
    public int coinType = 60;
    public List<HdEntry> hdAccounts = new ArrayList<>();
    public List<KeyEntry> importedKeys = new ArrayList<>();
    public List<WatchEntry> watchOnly = new ArrayList<>();
    public List<BookEntry> addressBook = new ArrayList<>();
    public List<MinerKeyEntry> minerKeys = new ArrayList<>();

    record HdEntry(int index, String address, String label) {
    }

    record KeyEntry(String address, byte[] privateKey, String label) {
    }

    record WatchEntry(String address, String label) {
    }

    record BookEntry(String address, String name) {
    }

    /** A miner key (VRF or simulated chip): a P-256 private scalar, named by the miner module. */
    record MinerKeyEntry(String name, byte[] secret) {
    }

    void wipe() {
        wipe(mnemonic);
        wipe(passphrase);
        importedKeys.forEach(k -> wipe(k.privateKey()));
        minerKeys.forEach(k -> wipe(k.secret()));
    }

    private static void wipe(byte[] b) {
        if (b != null) {
            Arrays.fill(b, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "VaultContents[hidden]";
    }
}
