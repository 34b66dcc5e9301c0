package net.utilitynet.wallet.mnemonic;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The onboarding check that the user wrote the new recovery words down: asks for a few random
 * positions and compares the answers. Holds only the positions, never the words.
 */
public final class BackupCheck {
    private BackupCheck() {
    }

    /** {@code count} distinct 1-based positions in ascending order, chosen at random. */
    public static List<Integer> pickPositions(int wordCount, int count, SecureRandom random) {
        if (count < 1 || count > wordCount) {
            throw new IllegalArgumentException("count must be between 1 and " + wordCount);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= wordCount; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        List<Integer> picked = new ArrayList<>(all.subList(0, count));
        Collections.sort(picked);
        return picked;
    }

    /** Positions whose answer is wrong (case and surrounding spaces ignored); empty means the backup is confirmed. */
    public static List<Integer> wrongAnswers(Mnemonic mnemonic, Map<Integer, String> answers) {
        String[] words = mnemonic.phrase().split(" ");
        List<Integer> wrong = new ArrayList<>();
        answers.forEach((position, answer) -> {
            boolean ok = position >= 1 && position <= words.length
                    && words[position - 1].equals(answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT));
            if (!ok) {
                wrong.add(position);
            }
        });
        Collections.sort(wrong);
        return wrong;
    }
}
