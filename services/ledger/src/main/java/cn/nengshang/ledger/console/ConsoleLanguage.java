package cn.nengshang.ledger.console;

/** The console's language switch: Chinese unless its user chose English, kept in the session. */
public final class ConsoleLanguage {

    /** The session attribute the chosen {@link java.util.Locale} is kept in (read by the locale resolver). */
    public static final String ATTRIBUTE = "nengshang.console.locale";

    private ConsoleLanguage() {
    }
}
