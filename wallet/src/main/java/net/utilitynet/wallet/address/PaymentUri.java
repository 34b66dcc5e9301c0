package net.utilitynet.wallet.address;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.amount.UncAmount;

/**
 * EIP-681 payment requests: {@code ethereum:0xADDR@chainId?value=WEI} for the receive screen's QR code, and the
 * same grammar read back from links, with the scheme {@code utilitynet} or {@code ethereum}. Only plain transfers
 * are read: a function call ({@code /transfer}) or an unknown parameter is refused rather than dropped, so a link
 * never turns into something other than what its author meant.
 */
public final class PaymentUri {
    /** The scheme of the app's own links (registered with the OS by the installers). */
    public static final String SCHEME = "utilitynet";
    /** Links longer than this are refused before parsing (a payment link is about 100 characters). */
    public static final int MAX_LENGTH = 2048;

    private static final String FIELD = "link";
    private static final Set<String> SCHEMES = Set.of(SCHEME, "ethereum");
    /** Fees are chosen in the send form, so a link's gas hints are read past. */
    private static final Set<String> IGNORED = Set.of("gas", "gasLimit", "gasPrice");
    private static final Pattern SCHEME_PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);
    private static final Pattern TARGET = Pattern.compile("(?:pay-)?([^@/?]*)(?:@([^/?]*))?(/[^?]*)?(?:\\?(.*))?", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\+?(\\d*)(?:\\.(\\d+))?(?:[eE](\\d+))?");

    /** What a link asks for: pay {@code to}, on {@code chainId} when given, {@code amount} when given. */
    public record Request(Address to, OptionalLong chainId, Optional<UncAmount> amount) {
    }

    private PaymentUri() {
    }

    public static String of(Address to, long chainId, Optional<UncAmount> amount) {
        StringBuilder b = new StringBuilder("ethereum:").append(to.checksummed()).append('@').append(chainId);
        amount.ifPresent(a -> b.append("?value=").append(a.wei()));
        return b.toString();
    }

    /** True when {@code text} starts like a URI ({@code scheme:}), so that it is a link and not, e.g., a command name. */
    public static boolean looksLikeLink(String text) {
        return text != null && SCHEME_PREFIX.matcher(text.strip()).matches();
    }

    /**
     * Reads a payment link ({@code utilitynet:0xADDR[@CHAIN_ID][?value=WEI]}, or the same with {@code ethereum:}).
     *
     * @throws InvalidInputException (field {@code link}) naming what is wrong and what a good link looks like
     */
    public static Request parse(String link) {
        if (link == null || link.isBlank()) {
            throw invalid("the link is empty; a payment link looks like " + example());
        }
        String text = link.strip();
        if (text.length() > MAX_LENGTH) {
            throw invalid("the link is " + text.length() + " characters long; payment links are at most " + MAX_LENGTH);
        }
        Matcher scheme = SCHEME_PREFIX.matcher(text);
        if (!scheme.matches() || !SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            throw invalid("only utilitynet: and ethereum: links can be opened, e.g. " + example());
        }
        // Some launchers hand over "utilitynet://0x…": the authority form of the same request.
        String rest = scheme.group(2).startsWith("//") ? scheme.group(2).substring(2) : scheme.group(2);
        Matcher parts = TARGET.matcher(rest);
        if (!parts.matches()) {
            throw invalid("the link does not follow " + example());
        }
        Address to = recipient(parts.group(1));
        OptionalLong chainId = parts.group(2) == null ? OptionalLong.empty() : OptionalLong.of(chainId(parts.group(2)));
        if (parts.group(3) != null && !parts.group(3).equals("/")) {
            throw invalid("the link calls the function '" + parts.group(3).substring(1)
                    + "'; only plain UNC payments can be opened (no token transfers or contract calls)");
        }
        Optional<UncAmount> amount = parts.group(4) == null ? Optional.empty() : parameters(parts.group(4));
        return new Request(to, chainId, amount);
    }

    private static Address recipient(String text) {
        if (text.isEmpty()) {
            throw invalid("the recipient address is missing; a payment link looks like " + example());
        }
        if (!text.startsWith("0x") && !text.startsWith("0X")) {
            throw invalid("the recipient '" + shorten(text) + "' is not a 0x address (names are not supported)");
        }
        try {
            return Address.parse(text, "address");
        } catch (InvalidInputException e) {
            throw invalid("the recipient is not a valid address (" + e.getMessage() + ")");
        }
    }

    private static long chainId(String text) {
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw invalid("the chain id after @ must be a positive whole number, e.g. @21844; got '" + shorten(text) + "'");
        }
        return Long.parseLong(text);
    }

    private static Optional<UncAmount> parameters(String query) {
        Optional<UncAmount> amount = Optional.empty();
        for (String parameter : query.split("&", -1)) {
            int eq = parameter.indexOf('=');
            String key = eq < 0 ? parameter : parameter.substring(0, eq);
            if (eq < 0 || key.isEmpty()) {
                throw invalid("the parameter '" + shorten(parameter) + "' is not key=value");
            }
            if (key.equals("value")) {
                if (amount.isPresent()) {
                    throw invalid("the link gives value= twice; it must give the amount once");
                }
                amount = Optional.of(wei(parameter.substring(eq + 1)));
            } else if (!IGNORED.contains(key)) {
                throw invalid("the parameter '" + shorten(key) + "' is not supported; payment links carry value= (the amount in wei) only");
            }
        }
        return amount;
    }

    /** EIP-681 number in wei: digits with an optional fraction and exponent ("1500000000000000000", "1.5e18"). */
    private static UncAmount wei(String text) {
        Matcher m = NUMBER.matcher(text);
        if (text.isEmpty() || !m.matches() || (m.group(1).isEmpty() && m.group(2) == null)) {
            throw invalid("value= must be an amount in wei, e.g. value=1.5e18 for 1.5 UNC; got '" + shorten(text) + "'");
        }
        if (m.group(3) != null && m.group(3).length() > 3) {
            throw invalid("the exponent of value= has more than 3 digits; no amount of UNC is that large");
        }
        BigDecimal number = new BigDecimal(m.group(1).isEmpty() ? "0" : m.group(1))
                .add(m.group(2) == null ? BigDecimal.ZERO : new BigDecimal("0." + m.group(2)));
        BigDecimal scaled = m.group(3) == null ? number : number.movePointRight(Integer.parseInt(m.group(3)));
        BigInteger wei;
        try {
            wei = scaled.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw invalid("value= is in wei and must come out whole ('" + shorten(text) + "' does not); 1 UNC is 1e18 wei");
        }
        if (wei.bitLength() > 256) {
            throw invalid("value= is larger than any amount of UNC");
        }
        return UncAmount.ofWei(wei);
    }

    private static String example() {
        return SCHEME + ":0xADDRESS@21844?value=1.5e18 (1.5 UNC on chain 21844)";
    }

    /** Part of the link for a message: cut short and without control characters, since links come from anywhere. */
    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
