package net.utilitynet.app.wallet.onboarding;

/** A rough strength hint for a new wallet password: length and variety, with common patterns penalised. */
public enum PasswordStrength {
    EMPTY, TOO_SHORT, WEAK, FAIR, STRONG;

    public static PasswordStrength of(CharSequence password) {
        int n = password.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n < 8) {
            return TOO_SHORT;
        }
        boolean lower = false, upper = false, digit = false, other = false;
        int distinct = (int) password.chars().distinct().count();
        for (int i = 0; i < n; i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (distinct < 5) {
            return WEAK;
        }
        if (n >= 16 || (n >= 12 && classes >= 3)) {
            return STRONG;
        }
        return classes >= 2 ? FAIR : WEAK;
    }

    /** A new wallet password can be used from here on (the store itself requires 8 characters). */
    public boolean acceptable() {
        return this == WEAK || this == FAIR || this == STRONG;
    }
}
