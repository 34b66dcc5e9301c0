package net.utilitynet.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import net.utilitynet.app.config.Language;
import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void load_chinese_readsUtf8Text() {
        ResourceBundle chinese = Bundles.load(Language.CHINESE_SIMPLIFIED);
        assertEquals("概览", chinese.getString("page.overview.title"));
        assertEquals("本地开发网（内置）", chinese.getString("network.devnet.name"));
    }

    @Test
    void load_englishOnChineseSystem_staysEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache();
            assertEquals("Overview", Bundles.load(Language.ENGLISH).getString("page.overview.title"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void bundles_bothLanguages_haveExactlyTheSameKeys() {
        Set<String> english = new TreeSet<>(Collections.list(Bundles.load(Language.ENGLISH).getKeys()));
        Set<String> chinese = new TreeSet<>(Bundles.load(Language.CHINESE_SIMPLIFIED).keySet());
        assertEquals(english, chinese);
    }

    @Test
    void bundles_everyChineseText_differsFromEnglishUnlessLanguageNeutral() {
        ResourceBundle english = Bundles.load(Language.ENGLISH);
        ResourceBundle chinese = Bundles.load(Language.CHINESE_SIMPLIFIED);
        Set<String> neutral = Set.of("app.windowTitle", "common.noValue", "status.summary", "overview.sync.value", "tray.tooltip",
                "wallet.amount", "wallet.unit", "send.outbox.line", "send.fee.preset", "onboarding.strength.empty", "accountChoice.option");
        for (String key : english.keySet()) {
            if (!neutral.contains(key)) {
                assertNotEquals(english.getString(key), chinese.getString(key), key);
            }
        }
    }

    @Test
    void format_apostropheInPattern_isKept() {
        assertEquals("Chain ID: \u201cx\u201d is not a whole number; enter the network's chain ID, e.g. 21844.",
                Bundles.english("error.network.chainId.invalid", "x"));
    }
}
