package cn.nengshang.policy;

import java.util.Locale;
import java.util.Objects;

/** A text in the two languages the product speaks: Chinese (the default) and English. */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
