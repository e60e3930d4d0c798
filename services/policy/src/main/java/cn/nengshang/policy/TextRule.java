package cn.nengshang.policy;

import java.util.Optional;

/**
 * The one rule for text that enters the record, wherever it comes from (a request, a policy file, a
 * calendar): no control characters (a line break or tab only where several lines are allowed), no
 * direction overrides or embeddings, no characters that hide text (tags, annotations, separators other than
 * the line feed), no unpaired surrogates or noncharacters, and a name must show at least one visible character. The record is append-only, so a value a read model cannot store, or a
 * name that hides what it says, is refused before it is written.
 */
public final class TextRule {

    /** Why a text is refused. */
    public enum Problem {
        CONTROL_CHARACTER,
        LINE_BREAK,
        DIRECTION_OVERRIDE,
        INVALID_CHARACTER,
        INVISIBLE
    }

    /** The format characters that writing needs (see {@link #hidden}). */
    private static final java.util.Set<Integer> WRITING_FORMATS = java.util.Set.of(0x00AD, 0x061C, 0x200B, 0x200C,
            0x200D, 0x200E, 0x200F, 0x2060);
    /** Letters and symbols that draw nothing: the Hangul fillers and the blank braille pattern. */
    private static final java.util.Set<Integer> FILLERS = java.util.Set.of(0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0);

    private TextRule() {
    }

    /** The first thing wrong with the characters of a text, if any; {@code multiline} allows line breaks and tabs. */
    public static Optional<Problem> problem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                i += 2;
                if (isNoncharacter(codePoint) || hidden(codePoint)) return Optional.of(Problem.INVALID_CHARACTER);
                continue;
            }
            i++;
            if (Character.isSurrogate(c) || isNoncharacter(c)) return Optional.of(Problem.INVALID_CHARACTER);
            if (c == '\n' || c == '\t' || c == '\r') {
                if (!multiline) return Optional.of(Problem.LINE_BREAK);
            } else if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(Problem.CONTROL_CHARACTER);
            } else if (isDirectionOverride(c)) {
                return Optional.of(Problem.DIRECTION_OVERRIDE);
            } else if (hidden(c)) {
                return Optional.of(Problem.INVALID_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /**
     * The characters that can hide or reorder text without being seen: the line and paragraph separators
     * (U+2028, U+2029; a line break is a line feed) and every format character except those that writing
     * needs (the soft hyphen, the zero-width space, non-joiner and joiner, the word joiner, and the marks LRM,
     * RLM and ALM): tag characters, interlinear annotations, invisible operators, a byte order mark inside text.
     */
    private static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) return true;
        return type == Character.FORMAT && !WRITING_FORMATS.contains(codePoint);
    }

    /** Whether a text shows something: a letter, digit, mark on a base, punctuation or symbol, not only spacing or format characters. */
    public static boolean visible(String text) {
        return text.codePoints().anyMatch(TextRule::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE -> false;
            default -> !FILLERS.contains(codePoint);
        };
    }

    /** The embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069); the marks LRM, RLM and ALM stay allowed. */
    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
