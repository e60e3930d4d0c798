package cn.nengshang.ledger.console;

import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.promotion.Education;
import org.springframework.http.HttpMethod;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every write the console offers, as the API request it becomes: the endpoint, the fields and how each is typed in.
 * A form only shapes the request; what is allowed, required or in range is the API's to say, and its answer is shown
 * in place. One catalogue, one renderer, one handler.
 */
final class ConsoleForms {

    enum Kind { TEXT, TEXTAREA, INTEGER, DECIMAL, DATE, MONTH, CHOICE, YES_NO, DATES, LIST }

    /** A field: its name in the request ({@code weights.quantitative} nests), how it is typed, its label's key. */
    record Field(String name, Kind kind, List<String> options, String label) {

        static Field of(String name, Kind kind) {
            return new Field(name, kind, List.of(), "console.field." + name);
        }

        static Field choice(String name, Class<? extends Enum<?>> values) {
            return new Field(name, Kind.CHOICE, Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(),
                    "console.field." + name);
        }

        /** The option's label key: {@code enum.AnnualRating.EXCELLENT}. */
        public String optionLabel(String option) {
            return "console.option." + name + "." + option;
        }

        /** The name as an HTML id. */
        public String id() {
            return name.replace('.', '-');
        }
    }

    /**
     * A write: its id, title key, the API's method and path ({@code {termId}} filled from the page), the roles it is
     * shown to (the API decides), and its fields.
     */
    record Form(String id, HttpMethod method, String path, List<Role> roles, List<Field> fields) {

        public String title() {
            return "console.form." + id;
        }

        public List<String> variables() {
            List<String> names = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
            while (m.find()) names.add(m.group(1));
            return names;
        }
    }

    private static final List<String> REPORT = List.of("businessLearning", "caseDiscussions", "teachingRounds",
            "skillsTrainings", "difficultCases", "grade4Operations", "countyConsultations", "grassrootsDays",
            "grassrootsServices", "grassrootsGrade2Operations", "grassrootsBusinessLearning",
            "grassrootsCaseDiscussions", "grassrootsTeachingRounds", "grassrootsSkillsTrainings", "coreWorkload",
            "departmentAverageWorkload", "correctionReason");

    private static final Map<String, Form> FORMS = new LinkedHashMap<>();

    static {
        add(new Form("monthly-report", HttpMethod.PUT, "/terms/{termId}/monthly-reports/{month}",
                List.of(Role.DEPARTMENT, Role.HR_CENTER), REPORT.stream().map(ConsoleForms::reportField).toList()));
        add(new Form("mentee", HttpMethod.POST, "/terms/{termId}/mentees", List.of(Role.DEPARTMENT), List.of(
                Field.of("menteeId", Kind.TEXT), Field.of("name", Kind.TEXT), Field.choice("track", MenteeTrack.class),
                Field.of("baselineScore", Kind.DECIMAL), Field.of("since", Kind.DATE))));
        add(new Form("mentee-assessment", HttpMethod.POST, "/terms/{termId}/mentees/{menteeId}/assessments",
                List.of(Role.DEPARTMENT), List.of(Field.of("date", Kind.DATE), Field.of("score", Kind.DECIMAL))));
        add(new Form("mentee-replacement", HttpMethod.POST, "/terms/{termId}/mentees/{menteeId}/replacement",
                List.of(Role.DEPARTMENT), List.of(Field.of("reason", Kind.TEXT),
                Field.of("replacedBy.menteeId", Kind.TEXT), Field.of("replacedBy.name", Kind.TEXT),
                Field.of("replacedBy.baselineScore", Kind.DECIMAL))));
        add(new Form("project", HttpMethod.POST, "/terms/{termId}/projects", List.of(Role.DEPARTMENT), List.of(
                Field.choice("kind", ProjectKind.class), Field.choice("level", Level.class),
                Field.choice("role", ProjectRole.class), Field.of("title", Kind.TEXT), Field.of("date", Kind.DATE))));
        add(new Form("achievement", HttpMethod.POST, "/terms/{termId}/achievements", List.of(Role.DEPARTMENT), List.of(
                Field.choice("kind", AchievementKind.class), Field.of("date", Kind.DATE),
                Field.choice("level", Level.class), Field.of("value", Kind.DECIMAL),
                Field.of("description", Kind.TEXTAREA))));
        add(new Form("exemption", HttpMethod.POST, "/terms/{termId}/exemptions", List.of(Role.DEPARTMENT), List.of(
                Field.of("weekOf", Kind.DATE), Field.of("reason", Kind.TEXT))));
        add(new Form("verdict", HttpMethod.PUT, "/terms/{termId}/quarters/{quarter}", List.of(Role.INSTITUTION),
                List.of(Field.choice("verdict", Suggestion.Verdict.class), Field.of("reason", Kind.TEXT))));
        add(new Form("annual-rating", HttpMethod.PUT, "/staff/{staffId}/annual-ratings/{year}",
                List.of(Role.COMMISSION), List.of(Field.choice("rating", AnnualRating.class))));
        add(new Form("incident", HttpMethod.POST, "/staff/{staffId}/incidents",
                List.of(Role.HR_CENTER, Role.COMMISSION, Role.INSTITUTION), List.of(
                Field.choice("type", IncidentType.class), Field.of("occurredOn", Kind.DATE),
                Field.of("grade", Kind.INTEGER), Field.choice("responsibility", Responsibility.class),
                Field.of("impactUntil", Kind.DATE), Field.of("description", Kind.TEXTAREA))));
        add(new Form("qualifications", HttpMethod.PUT, "/staff/{staffId}/qualifications", List.of(Role.HR_CENTER),
                List.of(Field.choice("education", Education.class), Field.of("titleObtainedOn", Kind.DATE),
                        Field.of("exceptional.achievement", Kind.TEXT), Field.of("exceptional.recordedOn", Kind.DATE))));
        add(new Form("exam", HttpMethod.POST, "/staff/{staffId}/exams", List.of(Role.HR_CENTER),
                List.of(Field.of("passedOn", Kind.DATE))));
        add(new Form("cme", HttpMethod.PUT, "/staff/{staffId}/cme/{year}", List.of(Role.HR_CENTER),
                List.of(Field.of("met", Kind.YES_NO))));
        add(new Form("open-case", HttpMethod.POST, "/staff/{staffId}/cases", List.of(Role.HR_CENTER), List.of(
                Field.choice("kind", CaseKind.class), new Field("grounds", Kind.LIST,
                        Arrays.stream(Ground.values()).map(Enum::name).toList(), "console.field.grounds"),
                Field.of("notes", Kind.TEXTAREA))));
        add(new Form("proposal", HttpMethod.POST, "/cases/{caseId}/proposal", List.of(Role.PARTY_BRANCH), List.of(
                Field.of("reasons", Kind.TEXTAREA), Field.of("evidence", Kind.LIST))));
        add(new Form("qualification", HttpMethod.POST, "/cases/{caseId}/qualification", List.of(Role.HR_CENTER),
                List.of(Field.choice("outcome", Qualification.class), Field.of("notes", Kind.TEXTAREA))));
        add(new Form("assessment", HttpMethod.POST, "/cases/{caseId}/assessment", List.of(Role.COMMISSION), List.of(
                Field.of("quantitative", Kind.DECIMAL), Field.of("democratic", Kind.DECIMAL),
                Field.of("defence", Kind.DECIMAL), Field.of("weights.quantitative", Kind.DECIMAL),
                Field.of("weights.democratic", Kind.DECIMAL), Field.of("weights.defence", Kind.DECIMAL))));
        add(new Form("committee-decision", HttpMethod.POST, "/cases/{caseId}/committee-decision",
                List.of(Role.PARTY_COMMITTEE), List.of(Field.of("members", Kind.INTEGER),
                Field.of("present", Kind.INTEGER), Field.of("inFavour", Kind.INTEGER),
                Field.choice("outcome", Decision.class), Field.of("postGrade", Kind.INTEGER))));
        add(new Form("notice", HttpMethod.POST, "/cases/{caseId}/notice", List.of(Role.HR_CENTER),
                List.of(Field.of("startsOn", Kind.DATE))));
        add(new Form("objection", HttpMethod.POST, "/cases/{caseId}/objections", List.of(Role.values()),
                List.of(Field.of("text", Kind.TEXTAREA))));
        add(new Form("answer", HttpMethod.POST, "/cases/{caseId}/objections/{objectionId}/answer",
                List.of(Role.HR_CENTER), List.of(Field.of("answer", Kind.TEXTAREA), Field.of("upheld", Kind.YES_NO))));
        add(new Form("approval", HttpMethod.POST, "/cases/{caseId}/approval", List.of(Role.COMMISSION), List.of(
                Field.of("approved", Kind.YES_NO), Field.of("notes", Kind.TEXTAREA))));
        add(new Form("agreement", HttpMethod.POST, "/cases/{caseId}/agreement", List.of(Role.INSTITUTION), List.of(
                Field.of("signedOn", Kind.DATE), Field.of("postGrade", Kind.INTEGER),
                Field.of("termMonths", Kind.INTEGER))));
        add(new Form("withdrawal", HttpMethod.POST, "/cases/{caseId}/withdrawal", List.of(Role.HR_CENTER),
                List.of(Field.of("reason", Kind.TEXTAREA))));
    }

    private ConsoleForms() {
    }

    private static void add(Form form) {
        FORMS.put(form.id(), form);
    }

    private static Field reportField(String name) {
        Kind kind = switch (name) {
            case "grassrootsDays" -> Kind.DATES;
            case "correctionReason" -> Kind.TEXT;
            case "coreWorkload", "departmentAverageWorkload" -> Kind.DECIMAL;
            default -> Kind.INTEGER;
        };
        return new Field(name, kind, List.of(), "sheet.column." + name);
    }

    static Optional<Form> find(String id) {
        return Optional.ofNullable(FORMS.get(id));
    }

    static Form get(String id) {
        return find(id).orElseThrow();
    }

    /**
     * The request body from what was typed: a blank field is left out (the API says whether it was needed); a number
     * that does not read as one is sent as typed, so that the API's own message says what is wrong with it.
     */
    static Map<String, Object> body(Form form, Function<String, List<String>> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            List<String> given = typed.apply(field.name());
            List<String> values = given == null ? List.of() : given.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) continue;
            Object value = switch (field.kind()) {
                case INTEGER, DECIMAL -> number(values.get(0));
                case YES_NO -> "true".equals(values.get(0)) ? Boolean.TRUE : "false".equals(values.get(0)) ? Boolean.FALSE : values.get(0);
                case DATES, LIST -> field.options().isEmpty() ? split(values) : values;
                default -> values.get(0);
            };
            put(body, field.name(), value);
        }
        return body;
    }

    private static List<String> split(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split("[,，、;；\\s]+"))).filter(v -> !v.isEmpty()).toList();
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>());
        put(inner, name.substring(dot + 1), value);
    }
}
