package cn.nengshang.ledger.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API refused: its status, stable code, title and detail, and the field errors, shown where they belong. */
class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<Map<String, Object>> errors;

    ApiProblem(int status, String code, String title, String detail, List<Map<String, Object>> errors) {
        super(status + " " + code);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : errors;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }

    /** The field errors by the form field they belong to: {@code grassrootsDays[1]} belongs to grassrootsDays. */
    public Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            String field = String.valueOf(error.get("field"));
            int index = field.indexOf('[');
            String name = index > 0 ? field.substring(0, index) : field;
            fields.merge(name, String.valueOf(error.get("message")), (a, b) -> a + "; " + b);
        }
        return fields;
    }
}
