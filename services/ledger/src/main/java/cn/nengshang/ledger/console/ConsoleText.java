package cn.nengshang.ledger.console;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Labels for the console's templates ({@code @consoleText}): a code's label in the page's language, or the code. */
@Component("consoleText")
public class ConsoleText {

    private final MessageSource messages;

    ConsoleText(MessageSource messages) {
        this.messages = messages;
    }

    /** An instant as the scheme's users read it: a minute in Asia/Shanghai. */
    public String time(Object instant) {
        if (instant == null) return "";
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(java.time.Instant.parse(String.valueOf(instant)).atZone(cn.nengshang.ledger.common.BusinessTime.ZONE));
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(instant);
        }
    }

    public String label(String key, Object fallback) {
        String code = String.valueOf(fallback);
        return messages.getMessage(key, null, code, LocaleContextHolder.getLocale());
    }
}
