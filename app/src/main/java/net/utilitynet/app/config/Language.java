package net.utilitynet.app.config;

import java.util.Locale;

/** The languages the app is translated into. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    CHINESE_SIMPLIFIED("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so a user who cannot read the current language finds theirs. */
    public String nativeName() {
        return nativeName;
    }

    /** The best match for a system locale: Chinese for {@code zh*}, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE_SIMPLIFIED : ENGLISH;
    }
}
