package cn.nengshang.ledger.kernel;

import java.util.regex.Pattern;

/** The number of a term or case in its person's record, as written in its id: ASCII digits, no leading zero. */
final class Ordinal {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,8}");

    private Ordinal() {
    }

    /** The number, or {@link NumberFormatException} when the text is anything else (a sign, 0x, full-width). */
    static int parse(String text) {
        if (!DIGITS.matcher(text).matches()) throw new NumberFormatException(text);
        return Integer.parseInt(text);
    }
}
