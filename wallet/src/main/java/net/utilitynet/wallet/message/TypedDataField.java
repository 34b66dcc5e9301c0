package net.utilitynet.wallet.message;

/**
 * One line of the EIP-712 review screen: {@code path} such as {@code message.from.wallet},
 * the declared Solidity type, the value as text, and the nesting depth for indentation.
 * Struct-valued fields get a line with an empty value followed by their members.
 */
public record TypedDataField(String path, String type, String value, int depth) {
}
