package net.utilitynet.wallet.mnemonic;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.utilitynet.wallet.InvalidInputException;
import org.web3j.crypto.MnemonicUtils;

/**
 * Checks a BIP-39 English mnemonic word by word (as the user types) and as a whole (word count
 * and checksum), with messages that say which word is wrong and what was probably meant.
 */
public final class MnemonicValidator {
    public static final Set<Integer> WORD_COUNTS = Set.of(12, 15, 18, 21, 24);
    private static final List<String> WORDS = MnemonicUtils.getWords();
    private static final Set<String> WORD_SET = new HashSet<>(WORDS);

    private MnemonicValidator() {
    }

    /** Result of checking one word: {@code suggestion} is the closest list word when the word is not in the list. */
    public record WordCheck(int position, boolean valid, Optional<String> suggestion) {
    }

    /** Checks word {@code position} (1-based) as typed; never throws. */
    public static WordCheck checkWord(int position, String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (WORD_SET.contains(w)) {
            return new WordCheck(position, true, Optional.empty());
        }
        return new WordCheck(position, false, closest(w));
    }

    /** Splits on any whitespace, lowercases, and checks every word, the count and the checksum. */
    public static List<String> validate(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new InvalidInputException("mnemonic", "enter your 12 or 24 recovery words separated by spaces");
        }
        List<String> words = Arrays.asList(phrase.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            WordCheck c = checkWord(i + 1, words.get(i));
            if (!c.valid()) {
                throw new InvalidInputException("mnemonic", "word " + c.position() + " '" + words.get(i)
                        + "' is not in the BIP-39 English list" + c.suggestion().map(s -> " — did you mean '" + s + "'?").orElse(""));
            }
        }
        if (!WORD_COUNTS.contains(words.size())) {
            throw new InvalidInputException("mnemonic", "a recovery phrase has 12, 15, 18, 21 or 24 words; this one has "
                    + words.size() + " — check for a missing or extra word");
        }
        if (!MnemonicUtils.validateMnemonic(String.join(" ", words))) {
            throw new InvalidInputException("mnemonic", "the words are all valid but the checksum does not match: "
                    + "one word is wrong or two are swapped; compare each word and its order with your backup");
        }
        return words;
    }

    /** The list word with the same first 4 letters (BIP-39 words are unique there), else the nearest by edit distance ≤ 2. */
    static Optional<String> closest(String w) {
        if (w.length() >= 4) {
            String prefix = w.substring(0, 4);
            Optional<String> byPrefix = WORDS.stream().filter(x -> x.startsWith(prefix)).findFirst();
            if (byPrefix.isPresent()) {
                return byPrefix;
            }
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : WORDS) {
            int d = editDistance(w, candidate, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, giving up (returning {@code limit}) once it cannot be below {@code limit}. */
    private static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }
}
