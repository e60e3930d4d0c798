package cn.nengshang.ledger.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static cn.nengshang.ledger.common.Grant.any;
import static cn.nengshang.ledger.common.Grant.own;
import static cn.nengshang.ledger.common.Reach.OWN_DEPARTMENT;
import static cn.nengshang.ledger.common.Reach.OWN_INSTITUTION;
import static cn.nengshang.ledger.common.Reach.SELF;
import static cn.nengshang.ledger.common.Role.ADMIN;
import static cn.nengshang.ledger.common.Role.COMMISSION;
import static cn.nengshang.ledger.common.Role.DEPARTMENT;
import static cn.nengshang.ledger.common.Role.HR_CENTER;
import static cn.nengshang.ledger.common.Role.INSTITUTION;
import static cn.nengshang.ledger.common.Role.PARTY_BRANCH;
import static cn.nengshang.ledger.common.Role.PARTY_COMMITTEE;
import static cn.nengshang.ledger.common.Role.STAFF;

/**
 * Who may do what (DOMAIN §2, API "Authentication and roles"): the one role table. Command handlers and
 * readers check against it, the OpenAPI document and the README's table are made from it.
 */
public enum Operation {
    REGISTER_STAFF("register a senior", List.of("POST /staff"), any(HR_CENTER)),
    START_TERM("start an appointment term", List.of("POST /staff/{staffId}/terms"), any(HR_CENTER)),
    SUBMIT_MONTHLY_REPORT("submit or correct a monthly report (HR_CENTER also after the quarter's verdict)",
            List.of("PUT /terms/{termId}/monthly-reports/{month}", "POST /departments/{departmentId}/monthly-reports/{month}",
                    "GET /departments/{departmentId}/monthly-reports/{month}",
                    "GET /departments/{departmentId}/monthly-reports/{month}/template.xlsx"),
            own(DEPARTMENT, OWN_DEPARTMENT), any(HR_CENTER)),
    KEEP_REGISTERS("keep a term's registers: mentees, their assessments and replacement, projects, achievements,"
            + " exempt weeks", List.of("POST /terms/{termId}/mentees", "POST /terms/{termId}/mentees/{menteeId}/assessments",
            "POST /terms/{termId}/mentees/{menteeId}/replacement", "POST /terms/{termId}/projects",
            "POST /terms/{termId}/achievements", "POST /terms/{termId}/exemptions"), own(DEPARTMENT, OWN_DEPARTMENT)),
    RECORD_QUARTERLY_VERDICT("record a quarterly verdict", List.of("PUT /terms/{termId}/quarters/{quarter}"),
            own(INSTITUTION, OWN_INSTITUTION)),
    RECORD_ANNUAL_RATING("rate a year", List.of("PUT /staff/{staffId}/annual-ratings/{year}"), any(COMMISSION)),
    RECORD_INCIDENT("record an incident", List.of("POST /staff/{staffId}/incidents"), any(HR_CENTER),
            any(COMMISSION), own(INSTITUTION, OWN_INSTITUTION)),
    RECORD_QUALIFICATIONS("record the facts of the title rules: qualifications, practice exam passes, continuing"
            + " education", List.of("PUT /staff/{staffId}/qualifications", "POST /staff/{staffId}/exams",
            "PUT /staff/{staffId}/cme/{year}"), any(HR_CENTER)),
    OPEN_CASE("open a case by hand", List.of("POST /staff/{staffId}/cases"), any(HR_CENTER)),
    PROPOSE_CASE("propose a case", List.of("POST /cases/{caseId}/proposal"), own(PARTY_BRANCH, OWN_INSTITUTION)),
    REVIEW_QUALIFICATION("review a case's qualification", List.of("POST /cases/{caseId}/qualification"),
            any(HR_CENTER)),
    ASSESS_CASE("assess a case", List.of("POST /cases/{caseId}/assessment"), any(COMMISSION)),
    DECIDE_CASE("decide a case in committee", List.of("POST /cases/{caseId}/committee-decision"),
            any(PARTY_COMMITTEE)),
    START_NOTICE("start a case's public notice", List.of("POST /cases/{caseId}/notice"), any(HR_CENTER)),
    RAISE_OBJECTION("raise an objection to a case on notice", List.of("POST /cases/{caseId}/objections"),
            Arrays.stream(Role.values()).map(Grant::any).toArray(Grant[]::new)),
    ANSWER_OBJECTION("answer an objection", List.of("POST /cases/{caseId}/objections/{objectionId}/answer"),
            any(HR_CENTER)),
    WITHDRAW_CASE("withdraw a case before its approval", List.of("POST /cases/{caseId}/withdrawal"), any(HR_CENTER)),
    APPROVE_CASE("approve or reject a case (never one the same person proposed or assessed)",
            List.of("POST /cases/{caseId}/approval"), any(COMMISSION)),
    SIGN_AGREEMENT("sign the new appointment agreement", List.of("POST /cases/{caseId}/agreement"),
            own(INSTITUTION, OWN_INSTITUTION)),
    PUBLISH_POLICY("publish a policy version", List.of("POST /policies"), any(ADMIN)),
    REPLACE_CALENDAR("put a holiday calendar in place", List.of("PUT /calendars/{calendarId}"), any(ADMIN)),
    MOVE_CLOCK("move the simulated clock (simulation profile)", List.of("POST /sim/clock"), any(ADMIN)),
    MANAGE_PROCESSING("list and retry what the processors parked; list, replay and check the projections;"
            + " publish a range of integration events to Kafka again",
            List.of("GET /admin/dead-letters", "POST /admin/dead-letters/{group}/retry", "GET /admin/projections",
                    "POST /admin/projections/{name}/replay", "GET /admin/projections/{name}/check",
                    "POST /admin/integration/republish"), any(ADMIN)),
    READ_AUDIT("read the audit: every change and every refusal, with who, what and why",
            List.of("GET /admin/audit"), any(ADMIN)),
    READ_RECORD("read a person's record: the person, terms, reports, progress, suggestions, history, post grades,"
            + " awards, clawback, incidents, rectifications, cases, overdue reports; lists show only what may be read",
            List.of("GET /staff", "GET /staff/{staffId}", "GET /staff/{staffId}/history",
                    "GET /staff/{staffId}/post-grades", "GET /staff/{staffId}/award-eligibility/{year}",
                    "GET /staff/{staffId}/clawback", "GET /staff/{staffId}/incidents", "GET /terms/{termId}",
                    "GET /terms/{termId}/monthly-reports/{month}", "GET /terms/{termId}/progress",
                    "GET /terms/{termId}/quarters/{quarter}/suggestion", "GET /terms/{termId}/rectifications",
                    "GET /progress", "GET /progress.xlsx", "GET /progress/summary", "GET /rectifications",
                    "GET /overdue-reports", "GET /cases", "GET /staff/{staffId}/promotion-eligibility",
                    "GET /promotion-candidates", "GET /promotion-candidates.xlsx",
                    "GET /cases/{caseId}"),
            any(HR_CENTER), any(COMMISSION), any(PARTY_COMMITTEE), any(ADMIN), own(INSTITUTION, OWN_INSTITUTION),
            own(PARTY_BRANCH, OWN_INSTITUTION), own(DEPARTMENT, OWN_DEPARTMENT), own(STAFF, SELF)),
    READ_REFERENCE("read reference data and the public notices", List.of("GET /catalog/specialties",
            "GET /catalog/post-grades", "GET /organisation", "GET /policies", "GET /policies/{policyId}",
            "GET /calendars", "GET /calendars/{calendarId}", "GET /calendars/working-days", "GET /notices",
            "GET /notices.xlsx", "GET /notices.pdf", "GET /cases/{caseId}/notice.pdf",
            "GET /sim/clock"), Arrays.stream(Role.values()).map(Grant::any).toArray(Grant[]::new));

    private final String description;
    private final List<String> endpoints;
    private final List<Grant> grants;

    Operation(String description, List<String> endpoints, Grant... grants) {
        this.description = description;
        this.endpoints = endpoints;
        this.grants = List.of(grants);
    }

    /** Refuses with 403 unless one of the actor's roles is granted this operation on the subject. */
    public void check(Actor actor, Subject subject) {
        if (!allows(actor, subject)) {
            throw new LedgerException(ErrorCode.FORBIDDEN, name());
        }
    }

    public boolean allows(Actor actor, Subject subject) {
        return grants.stream().anyMatch(g -> g.admits(actor, subject));
    }

    /** The widest reach any of the actor's roles is granted, or null when none is. */
    public Reach reachOf(Actor actor) {
        return grants.stream().filter(g -> actor.has(g.role())).map(Grant::reach).min(Enum::compareTo).orElse(null);
    }

    public String description() {
        return description;
    }

    public List<String> endpoints() {
        return endpoints;
    }

    public List<Grant> grants() {
        return grants;
    }

    /** Who may, as the role table says it. */
    public String who() {
        return grants.size() == Role.values().length && grants.stream().allMatch(g -> g.reach() == Reach.CONSORTIUM)
                ? "every signed-in role"
                : grants.stream().map(Grant::words).collect(Collectors.joining(", "));
    }

    /** The operation an endpoint belongs to, as {@code "POST /staff"} with the path under /api/v1. */
    public static java.util.Optional<Operation> of(String endpoint) {
        return Arrays.stream(values()).filter(o -> o.endpoints.contains(endpoint)).findFirst();
    }

    /** The role table as Markdown, for the README. */
    public static String table() {
        StringBuilder table = new StringBuilder("| what | endpoints (under `/api/v1`) | who may |\n| --- | --- | --- |\n");
        for (Operation operation : values()) {
            table.append("| ").append(operation.description).append(" | ")
                    .append(operation.endpoints.stream().map(e -> "`" + e + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(operation.who()).append(" |\n");
        }
        return table.toString();
    }
}
