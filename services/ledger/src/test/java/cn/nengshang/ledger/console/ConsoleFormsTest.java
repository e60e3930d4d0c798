package cn.nengshang.ledger.console;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's forms only shape the API's request: what was typed, typed as the API reads it, and nothing else. */
class ConsoleFormsTest {

    private static Map<String, Object> body(String form, Map<String, List<String>> typed) {
        return ConsoleForms.body(ConsoleForms.get(form), typed::get);
    }

    @Test
    void aMonthIsSentWithItsNumbersAsNumbersItsDaysAsAListAndWhatWasLeftBlankLeftOut() {
        Map<String, Object> body = body("monthly-report", Map.of("businessLearning", List.of(" 2 "),
                "grassrootsDays", List.of("2026-01-05，2026-01-12 2026-01-19"), "coreWorkload", List.of(""),
                "unknown", List.of("9")));
        assertThat(body).containsOnlyKeys("businessLearning", "grassrootsDays");
        assertThat(body.get("businessLearning")).isEqualTo(new BigDecimal("2"));
        assertThat(body.get("grassrootsDays")).isEqualTo(List.of("2026-01-05", "2026-01-12", "2026-01-19"));
    }

    @Test
    void aNumberThatDoesNotReadAsOneIsSentAsTypedForTheApiToSayWhatIsWrong() {
        assertThat(body("monthly-report", Map.of("caseDiscussions", List.of("two"))))
                .containsEntry("caseDiscussions", "two");
    }

    @Test
    void dottedNamesNestAndYesOrNoIsABoolean() {
        Map<String, Object> assessment = body("assessment", Map.of("quantitative", List.of("55"),
                "weights.quantitative", List.of("0.7"), "weights.defence", List.of("0.1")));
        assertThat(assessment).containsEntry("quantitative", new BigDecimal("55"))
                .containsEntry("weights", Map.of("quantitative", new BigDecimal("0.7"), "defence", new BigDecimal("0.1")));
        assertThat(body("approval", Map.of("approved", List.of("false")))).containsEntry("approved", Boolean.FALSE);
    }

    @Test
    void aChoiceOfManyIsSentAsTheListChosen() {
        assertThat(body("open-case", Map.of("grounds", List.of("MANUAL", "FRAUD"), "kind", List.of("DOWNGRADE"))))
                .containsEntry("grounds", List.of("MANUAL", "FRAUD")).containsEntry("kind", "DOWNGRADE");
    }

    @Test
    void aFormsPathNamesTheVariablesThePageFillsIn() {
        assertThat(ConsoleForms.get("answer").variables()).containsExactly("caseId", "objectionId");
        assertThat(ConsoleApi.path(ConsoleForms.get("verdict").path(), Map.of("termId", "CL/1?x", "quarter", "2026-Q1")))
                .as("a variable stays one segment").isEqualTo("/api/v1/terms/CL%2F1%3Fx/quarters/2026-Q1");
    }

    @Test
    void onlyAPageOfTheConsoleIsAPlaceToGoBackTo() {
        assertThat(ConsolePages.local("/console/hr?status=BEHIND")).isEqualTo("/console/hr?status=BEHIND");
        for (String elsewhere : new String[]{"https://example.org/console", "//example.org/console", "/api/v1/staff",
                "/console\\..\\x", null}) {
            assertThat(ConsolePages.local(elsewhere)).as(String.valueOf(elsewhere)).isEqualTo("/console");
        }
    }

    @Test
    void aRefusalsFieldErrorsBelongToTheFieldTheyNameEvenInsideAList() {
        ApiProblem problem = new ApiProblem(422, "VALIDATION_FAILED", "t", "d", List.of(
                Map.of("field", "grassrootsDays[1]", "message", "outside the month"),
                Map.of("field", "grassrootsDays[2]", "message", "repeated"),
                Map.of("field", "weights.defence", "message", "range")));
        assertThat(problem.byField()).containsEntry("grassrootsDays", "outside the month; repeated")
                .containsEntry("weights.defence", "range");
    }
}
