package cn.nengshang.ledger.console;

import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The console's pages, each one role's work: what the API answers to the signed-in user, laid out for that work,
 * with the writes it leads to as forms (ConsoleForms).
 */
@Controller
class ConsolePages {

    private final ConsoleApi api;
    private final Clock clock;

    ConsolePages(ConsoleApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** Only a path of the console itself is a place to go back to (never another site). */
    static String local(String path) {
        return path != null && path.startsWith("/console") && !path.startsWith("//") && !path.contains("\\")
                ? path : "/console";
    }

    @GetMapping({"/", "/console"})
    String home(@AuthenticationPrincipal ConsoleUser user) {
        Role first = user.roles().isEmpty() ? Role.STAFF : user.roles().get(0);
        return "redirect:" + switch (first) {
            case DEPARTMENT -> "/console/department";
            case HR_CENTER, ADMIN -> "/console/hr";
            case COMMISSION -> "/console/commission";
            case PARTY_COMMITTEE -> "/console/cases?state=ASSESSED";
            case INSTITUTION, PARTY_BRANCH -> "/console/institution";
            case STAFF -> "/console/staff/" + UriComponentsBuilder.fromPath("{id}").encode().buildAndExpand(user.sub());
        };
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE)).minusMonths(1);
    }

    /** The year a rating is asked for, or the one being rated now: last year until December, then this one. */
    private String ratingYear(String asked) {
        if (asked != null && !asked.isBlank()) return asked.strip();
        LocalDate today = today();
        return String.valueOf(today.getMonthValue() < 12 ? today.getYear() - 1 : today.getYear());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    // ---- department

    @GetMapping("/console/department")
    String department(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String month,
                      @RequestParam(required = false) String department, Model model) {
        String departmentId = department != null && !department.isBlank() ? department : user.department();
        YearMonth shown = month == null || month.isBlank() ? lastMonth() : YearMonth.parse(month);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) months.add(lastMonth().minusMonths(i).toString());
        model.addAttribute("months", months);
        model.addAttribute("month", shown.toString());
        model.addAttribute("departmentId", departmentId);
        if (departmentId != null) {
            model.addAttribute("sheet", api.get(user, ConsoleApi.path("/departments/{d}/monthly-reports/{m}",
                    departmentId, shown.toString())));
        }
        model.addAttribute("key", UUID.randomUUID().toString());
        return "console/department";
    }

    @GetMapping("/console/terms/{termId}")
    String term(@AuthenticationPrincipal ConsoleUser user, @PathVariable String termId, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> term = (Map<String, Object>) api.get(user, ConsoleApi.path("/terms/{t}", termId));
        model.addAttribute("term", term);
        model.addAttribute("person", api.get(user, ConsoleApi.path("/staff/{s}", term.get("staffId"))));
        model.addAttribute("progress", api.get(user, ConsoleApi.path("/terms/{t}/progress", termId)));
        List<String> months = new ArrayList<>();
        YearMonth start = YearMonth.parse(String.valueOf(term.get("startMonth")));
        YearMonth end = YearMonth.parse(String.valueOf(term.get("endMonth")));
        for (YearMonth m = start; !m.isAfter(end) && !m.isAfter(lastMonth()); m = m.plusMonths(1)) months.add(0, m.toString());
        model.addAttribute("months", months);
        model.addAttribute("vars", Map.of("termId", termId));
        forms(model, user, "mentee", "project", "achievement", "exemption");
        List<FormView> ofMentees = new ArrayList<>();
        if (user.has(Role.DEPARTMENT) && term.get("mentees") instanceof List<?> mentees) {
            for (Object m : mentees) {
                String menteeId = String.valueOf(((Map<?, ?>) m).get("menteeId"));
                for (String id : List.of("mentee-assessment", "mentee-replacement")) {
                    ofMentees.add(FormView.of(ConsoleForms.get(id), Map.of("termId", termId, "menteeId", menteeId),
                            Map.of(), null));
                }
            }
        }
        model.addAttribute("menteeForms", ofMentees);
        return "console/term";
    }

    @GetMapping("/console/terms/{termId}/months/{month}")
    String month(@AuthenticationPrincipal ConsoleUser user, @PathVariable String termId, @PathVariable String month,
                 Model model) {
        model.addAttribute("term", api.get(user, ConsoleApi.path("/terms/{t}", termId)));
        Object report = api.find(user, ConsoleApi.path("/terms/{t}/monthly-reports/{m}", termId, month));
        Map<String, String> values = new LinkedHashMap<>();
        if (report instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> {
                if (v instanceof List<?> list) values.put(String.valueOf(k), String.join(", ", list.stream().map(String::valueOf).toList()));
                else if (v != null && !"correctionReason".equals(k)) values.put(String.valueOf(k), String.valueOf(v));
            });
        }
        model.addAttribute("report", report);
        model.addAttribute("month", month);
        model.addAttribute("termId", termId);
        model.addAttribute("f", FormView.of(ConsoleForms.get("monthly-report"), Map.of("termId", termId, "month", month),
                values, "/console/terms/" + termId));
        return "console/month";
    }

    // ---- HR

    @GetMapping("/console/hr")
    String hr(@AuthenticationPrincipal ConsoleUser user, @RequestParam Map<String, String> filters, Model model) {
        Map<String, String> asked = new LinkedHashMap<>();
        for (String name : List.of("institution", "department", "status", "task", "state", "sort", "page")) {
            String value = filters.get(name);
            if (value != null && !value.isBlank()) asked.put(name, value.strip());
        }
        String query = query(asked);
        model.addAttribute("filters", asked);
        model.addAttribute("summary", api.get(user, ConsoleApi.path("/progress/summary") + query(only(asked, "institution", "department"))));
        model.addAttribute("list", api.get(user, ConsoleApi.path("/progress") + (query.isEmpty() ? "?size=100" : query + "&size=100")));
        model.addAttribute("export", "/console/files/progress.xlsx" + query(without(asked, "page")));
        Object organisation = api.get(user, ConsoleApi.path("/organisation"));
        model.addAttribute("organisation", organisation);
        model.addAttribute("names", names(organisation));
        return "console/hr";
    }

    @GetMapping("/console/staff/{staffId}")
    String person(@AuthenticationPrincipal ConsoleUser user, @PathVariable String staffId,
                  @RequestParam(required = false) String year, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) api.get(user, ConsoleApi.path("/staff/{s}", staffId));
        model.addAttribute("person", person);
        Object appointment = person.get("appointment");
        Object termId = appointment instanceof Map<?, ?> a ? a.get("termId") : null;
        if (termId != null) model.addAttribute("progress", api.get(user, ConsoleApi.path("/terms/{t}/progress", termId)));
        model.addAttribute("termId", termId);
        model.addAttribute("history", api.get(user, ConsoleApi.path("/staff/{s}/history", staffId) + "?size=200"));
        model.addAttribute("grades", api.get(user, ConsoleApi.path("/staff/{s}/post-grades", staffId)));
        String ratingYear = ratingYear(year);
        model.addAttribute("year", ratingYear);
        model.addAttribute("vars", Map.of("staffId", staffId, "year", ratingYear));
        forms(model, user, "open-case", "incident", "annual-rating", "qualifications", "exam", "cme");
        try {
            model.addAttribute("promotion", api.find(user, ConsoleApi.path("/staff/{s}/promotion-eligibility", staffId)
                    + "?reviewYear=" + (Integer.parseInt(ratingYear) + 1)));
        } catch (ApiProblem noRules) {
            // no title rules for that year (or not the reader's to see): the page shows the rest of the record
            model.addAttribute("promotion", null);
        }
        return "console/person";
    }

    @GetMapping("/console/rectifications")
    String rectifications(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "OPEN") String state,
                          Model model) {
        model.addAttribute("state", state);
        model.addAttribute("rows", api.get(user, ConsoleApi.path("/rectifications") + query(Map.of("state", state))));
        return "console/rectifications";
    }

    /** HR preparing the year's title review: each senior of the scope with every condition, met or not, and why. */
    @GetMapping("/console/promotion")
    String promotion(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String reviewYear,
                     @RequestParam(required = false) String institution, Model model) {
        String year = reviewYear == null || reviewYear.isBlank() ? String.valueOf(today().getYear() + 1) : reviewYear.strip();
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("reviewYear", year);
        if (institution != null && !institution.isBlank()) asked.put("institution", institution.strip());
        model.addAttribute("reviewYear", year);
        model.addAttribute("candidates", api.get(user, ConsoleApi.path("/promotion-candidates") + query(asked)));
        model.addAttribute("export", "/console/files/promotion-candidates.xlsx" + query(asked));
        return "console/promotion";
    }

    // ---- cases

    @GetMapping("/console/cases")
    String cases(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String state, Model model) {
        Map<String, String> asked = new LinkedHashMap<>();
        if (state != null && !state.isBlank()) asked.put("state", state);
        asked.put("size", "200");
        model.addAttribute("state", state);
        model.addAttribute("cases", api.get(user, ConsoleApi.path("/cases") + query(asked)));
        model.addAttribute("states", List.of("OPENED", "PROPOSED", "QUALIFIED", "ASSESSED", "DECIDED", "NOTICED",
                "NOTICE_CLOSED", "APPROVED", "EFFECTIVE", "REJECTED", "WITHDRAWN", "CLOSED_NO_CHANGE"));
        return "console/cases";
    }

    /** The forms a case's state leads to; the API decides who may and when. */
    private static final Map<String, List<String>> NEXT = Map.ofEntries(
            Map.entry("OPENED", List.of("proposal", "qualification", "withdrawal")),
            Map.entry("PROPOSED", List.of("qualification", "withdrawal")),
            Map.entry("QUALIFIED", List.of("assessment", "withdrawal")),
            Map.entry("ASSESSED", List.of("committee-decision", "withdrawal")),
            Map.entry("DECIDED", List.of("notice", "withdrawal")),
            Map.entry("NOTICED", List.of("objection", "withdrawal")),
            Map.entry("NOTICE_CLOSED", List.of("approval", "withdrawal")),
            Map.entry("APPROVED", List.of("agreement")));

    @GetMapping("/console/cases/{caseId}")
    String caseFile(@AuthenticationPrincipal ConsoleUser user, @PathVariable String caseId, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) api.get(user, ConsoleApi.path("/cases/{c}", caseId));
        model.addAttribute("file", file);
        model.addAttribute("person", api.find(user, ConsoleApi.path("/staff/{s}", file.get("staffId"))));
        String state = String.valueOf(file.get("state"));
        model.addAttribute("vars", Map.of("caseId", caseId));
        forms(model, user, NEXT.getOrDefault(state, List.of()).toArray(String[]::new));
        model.addAttribute("fourEyes", fourEyes(file, user));
        List<FormView> answers = new ArrayList<>();
        if (file.get("objections") instanceof List<?> objections && user.has(Role.HR_CENTER)) {
            for (Object o : objections) {
                if (o instanceof Map<?, ?> objection && objection.get("answer") == null) {
                    answers.add(FormView.of(ConsoleForms.get("answer"), Map.of("caseId", caseId,
                            "objectionId", String.valueOf(objection.get("objectionId"))), Map.of(), null));
                }
            }
        }
        model.addAttribute("answers", answers);
        return "console/case";
    }

    /** Who proposed and who assessed: neither may approve (the API refuses them; the page says so beforehand). */
    static Map<String, Object> fourEyes(Map<String, Object> file, ConsoleUser user) {
        Map<String, Object> eyes = new LinkedHashMap<>();
        if (file.get("history") instanceof List<?> steps) {
            for (Object s : steps) {
                if (s instanceof Map<?, ?> step && "CaseProposed".equals(step.get("step"))) eyes.put("PROPOSED", step.get("actor"));
                if (s instanceof Map<?, ?> step && "CaseAssessed".equals(step.get("step"))) eyes.put("ASSESSED", step.get("actor"));
            }
        }
        eyes.put("self", eyes.containsValue(user.sub()));
        return eyes;
    }

    @GetMapping("/console/notices")
    String notices(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        LocalDate start = from == null || from.isBlank() ? today().withDayOfYear(1) : LocalDate.parse(from);
        LocalDate end = to == null || to.isBlank() ? today() : LocalDate.parse(to);
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        Object notices = api.get(user, ConsoleApi.path("/notices"));
        model.addAttribute("notices", notices);
        Map<String, FormView> objections = new LinkedHashMap<>();
        if (notices instanceof List<?> entries) {
            for (Object entry : entries) {
                String caseId = String.valueOf(((Map<?, ?>) entry).get("caseId"));
                objections.put(caseId, FormView.of(ConsoleForms.get("objection"), Map.of("caseId", caseId), Map.of(),
                        "/console/notices"));
            }
        }
        model.addAttribute("objections", objections);
        String span = query(Map.of("from", start.toString(), "to", end.toString()));
        model.addAttribute("xlsx", "/console/files/notices.xlsx" + span);
        model.addAttribute("pdf", "/console/files/notices.pdf" + span);
        return "console/notices";
    }

    // ---- commission

    @GetMapping("/console/commission")
    String commission(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String year, Model model) {
        model.addAttribute("assess", api.get(user, ConsoleApi.path("/cases") + "?state=QUALIFIED&size=200"));
        @SuppressWarnings("unchecked")
        Map<String, Object> approve = (Map<String, Object>) api.get(user, ConsoleApi.path("/cases") + "?state=NOTICE_CLOSED&size=200");
        List<Map<String, Object>> queue = new ArrayList<>();
        if (approve.get("items") instanceof List<?> items) {
            for (Object item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) item);
                row.put("fourEyes", fourEyes(row, user));
                queue.add(row);
            }
        }
        model.addAttribute("approve", queue);
        String ratingYear = ratingYear(year);
        model.addAttribute("year", ratingYear);
        model.addAttribute("seniors", api.get(user, ConsoleApi.path("/progress") + "?size=200&sort=STAFF"));
        model.addAttribute("rating", ConsoleForms.get("annual-rating"));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "console/commission";
    }

    // ---- institution and party branch

    @GetMapping("/console/institution")
    String institution(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String quarter,
                       Model model) {
        LocalDate previous = today().minusMonths(3);
        String shown = quarter == null || quarter.isBlank()
                ? previous.getYear() + "-Q" + previous.get(IsoFields.QUARTER_OF_YEAR) : quarter;
        model.addAttribute("quarter", shown);
        String scope = user.institution() == null ? "" : "&institution=" + user.institution();
        @SuppressWarnings("unchecked")
        Map<String, Object> list = (Map<String, Object>) api.get(user, ConsoleApi.path("/progress") + "?size=200&sort=STAFF" + scope);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (user.has(Role.INSTITUTION) && list.get("items") instanceof List<?> items) {
            for (Object item : items) {
                Map<?, ?> term = (Map<?, ?>) item;
                String termId = String.valueOf(term.get("termId"));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("term", term);
                try {
                    row.put("suggestion", api.get(user, ConsoleApi.path("/terms/{t}/quarters/{q}/suggestion", termId, shown)));
                } catch (ApiProblem problem) {
                    row.put("problem", problem.title());
                }
                Object recorded = null;
                if (api.get(user, ConsoleApi.path("/terms/{t}", termId)) instanceof Map<?, ?> view
                        && view.get("verdicts") instanceof List<?> verdicts) {
                    recorded = verdicts.stream().filter(v -> v instanceof Map<?, ?> m && shown.equals(m.get("quarter")))
                            .findFirst().orElse(null);
                }
                row.put("recorded", recorded);
                row.put("form", FormView.of(ConsoleForms.get("verdict"), Map.of("termId", termId, "quarter", shown),
                        row.get("suggestion") instanceof Map<?, ?> s ? Map.of("verdict", String.valueOf(s.get("verdict"))) : Map.of(),
                        "/console/institution?quarter=" + shown));
                rows.add(row);
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("proposals", user.has(Role.PARTY_BRANCH) ? api.get(user, ConsoleApi.path("/cases") + "?state=OPENED&size=200") : null);
        model.addAttribute("agreements", user.has(Role.INSTITUTION) ? api.get(user, ConsoleApi.path("/cases") + "?state=APPROVED&size=200") : null);
        return "console/institution";
    }

    // ---- helpers

    /** Institutions' and departments' names by id, from the organisation as the API lists it. */
    static Map<String, String> names(Object organisation) {
        Map<String, String> names = new LinkedHashMap<>();
        if (organisation instanceof List<?> institutions) {
            for (Object i : institutions) {
                if (!(i instanceof Map<?, ?> institution)) continue;
                names.put(String.valueOf(institution.get("institutionId")), String.valueOf(institution.get("name")));
                if (institution.get("departments") instanceof List<?> departments) {
                    for (Object d : departments) {
                        if (d instanceof Map<?, ?> department) {
                            names.put(String.valueOf(department.get("departmentId")),
                                    institution.get("name") + " · " + department.get("name"));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static void forms(Model model, ConsoleUser user, String... ids) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) model.getAttribute("vars");
        List<FormView> forms = new ArrayList<>();
        for (String id : ids) {
            ConsoleForms.Form form = ConsoleForms.get(id);
            if (form.roles().stream().anyMatch(user::has)) forms.add(FormView.of(form, vars, Map.of(), null));
        }
        model.addAttribute("forms", forms);
    }

    static String query(Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        parameters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) builder.queryParam(k, "{" + k + "}");
        });
        Map<String, String> present = new LinkedHashMap<>(parameters);
        present.values().removeIf(v -> v == null || v.isBlank());
        String built = builder.encode().buildAndExpand(present).toUriString();
        return Objects.requireNonNullElse(built, "");
    }

    private static Map<String, String> only(Map<String, String> all, String... names) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : names) if (all.containsKey(name)) kept.put(name, all.get(name));
        return kept;
    }

    private static Map<String, String> without(Map<String, String> all, String name) {
        Map<String, String> kept = new LinkedHashMap<>(all);
        kept.remove(name);
        return kept;
    }
}
