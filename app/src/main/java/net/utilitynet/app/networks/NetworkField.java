package net.utilitynet.app.networks;

/** The fields of a network definition, so that errors can be shown next to the right input. */
public enum NetworkField { NAME, CHAIN_ID, RPC_URLS, CHECKPOINT_NUMBER, CHECKPOINT_HASH }
