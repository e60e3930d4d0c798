package cn.nengshang.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for text entering the record: what a read model cannot store, or what hides what it says, is refused. */
class TextRuleTest {

    @Test
    void namesInTheConsortiumsScriptsPass() {
        assertThat(TextRule.problem("热合曼·阿布都", false)).isEmpty();
        assertThat(TextRule.problem("ئابدۇرەھىم مەمەت", false)).isEmpty();
        assertThat(TextRule.problem("ئابدۇرەھىم\u200F مەمەت", false)).as("a right-to-left mark is writing, not an override")
                .isEmpty();
        assertThat(TextRule.visible("王建国")).isTrue();
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyStand() {
        assertThat(TextRule.problem("异议\u0000", true)).contains(TextRule.Problem.CONTROL_CHARACTER);
        assertThat(TextRule.problem("a\u0007b", true)).contains(TextRule.Problem.CONTROL_CHARACTER);
        assertThat(TextRule.problem("a\u009Fb", true)).contains(TextRule.Problem.CONTROL_CHARACTER);
    }

    @Test
    void lineBreaksAreForProseOnly() {
        assertThat(TextRule.problem("第一行\n第二行", true)).isEmpty();
        assertThat(TextRule.problem("王\n建国", false)).contains(TextRule.Problem.LINE_BREAK);
        assertThat(TextRule.problem("王\t建国", false)).contains(TextRule.Problem.LINE_BREAK);
    }

    @Test
    void directionOverridesAndIsolatesAreRefused() {
        assertThat(TextRule.problem("admin\u202Etxt.exe", true)).contains(TextRule.Problem.DIRECTION_OVERRIDE);
        assertThat(TextRule.problem("\u2066x\u2069", true)).contains(TextRule.Problem.DIRECTION_OVERRIDE);
    }

    @Test
    void brokenOrReservedCharactersAreRefused() {
        assertThat(TextRule.problem("a\uD800b", true)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("a\uDC00", true)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("a\uFFFE", true)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("😀 表情", true)).as("a pair of surrogates is one character").isEmpty();
    }

    @Test
    void aNameMustShowSomething() {
        assertThat(TextRule.visible("\u200B\u200B")).isFalse();
        assertThat(TextRule.visible("\u200F")).isFalse();
        assertThat(TextRule.visible("\u3164")).as("a Hangul filler draws nothing").isFalse();
        assertThat(TextRule.visible(" \u00A0 ")).isFalse();
        assertThat(TextRule.visible("\u0301")).as("a combining mark alone").isFalse();
        assertThat(TextRule.visible("-")).isTrue();
    }

    @Test
    void charactersThatHideTextAreRefusedAndThoseWritingNeedsPass() {
        assertThat(TextRule.problem("王\u2028建国", true)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("王\u2029建国", true)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("admin" + new String(Character.toChars(0xE0041)), false))
                .as("a tag character hides text inside a name").contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("a\uFFF9b\uFFFB", false)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("a\uFEFFb", false)).contains(TextRule.Problem.INVALID_CHARACTER);
        assertThat(TextRule.problem("می\u200Cخواهم", false)).as("a zero-width non-joiner is writing").isEmpty();
        assertThat(TextRule.problem("👩\u200D⚕️", false)).as("a zero-width joiner is writing").isEmpty();
        assertThat(TextRule.problem("𠀋𡈼", false)).as("characters beyond the basic plane").isEmpty();
    }
}
