package cn.nengshang.ledger.console;

import java.util.Map;
import java.util.UUID;

/**
 * A form as rendered: its definition, the page's path variables, what is in its fields, the API's refusal (its title
 * and detail, and each field's message), the idempotency key this rendering submits with, and where to go on success.
 */
record FormView(ConsoleForms.Form form, Map<String, String> vars, Map<String, String> values,
                Map<String, String> errors, String title, String detail, String key, String back) {

    static FormView of(ConsoleForms.Form form, Map<String, String> vars, Map<String, String> values, String back) {
        return new FormView(form, vars, values, Map.of(), null, null, UUID.randomUUID().toString(), back);
    }

    /** The same form again after the API refused it, with a fresh key: the refusal was an answer, kept for its key. */
    FormView refused(Map<String, String> typed, ApiProblem problem) {
        return new FormView(form, vars, typed, problem.byField(), problem.title(), problem.detail(),
                UUID.randomUUID().toString(), back);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** Field errors the form has no field for (a path variable, the whole body): shown at its top. */
    public java.util.List<String> otherErrors() {
        return errors.entrySet().stream().filter(e -> form.fields().stream().noneMatch(f -> f.name().equals(e.getKey())))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    public String domId() {
        return "form-" + form.id() + vars.values().stream().map(v -> "-" + v.replaceAll("[^A-Za-z0-9_-]", "_"))
                .reduce("", String::concat);
    }
}
