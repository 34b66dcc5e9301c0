package net.utilitynet.app.networks;

/**
 * How the app syncs a remote network's headers: every header from the checkpoint ({@code FULL}), or checkpoints by
 * their committed seals and only the last epochs in full ({@code SKIP}: minutes become seconds on a long chain;
 * older headers are proven on demand). The embedded devnet always syncs in full; chains without POCI rules are
 * checked by linkage only whatever is chosen.
 */
public enum NetworkSyncMode { FULL, SKIP }
