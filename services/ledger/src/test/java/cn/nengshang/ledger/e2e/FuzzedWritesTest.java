package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded generator of hostile payloads over every write endpoint, each sent by a role allowed to call it:
 * every field in turn given a value of the wrong type, outside the domain's range, or text that no read model
 * may take, and whole bodies that are not the contract's at all. Every answer is a 4xx problem document
 * without a class name or SQL, and not one event is written.
 */
class FuzzedWritesTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(3);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern LEAK = Pattern.compile(
            "(java|javax|jakarta|org\\.springframework|org\\.hibernate|org\\.axonframework|com\\.fasterxml|org\\.postgresql)"
                    + "\\.[A-Za-z]|Exception|SQLState|(?i:\\binsert into\\b|\\bselect .* from\\b)");

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(20261201L);
    private final String tag = "fuzz-" + UUID.randomUUID();

    /** A write endpoint; one of many rows answers 200 with every row refused, or a problem for the whole body. */
    private record Target(String method, String path, Api caller, JsonNode base, boolean rows) {

        Target(String method, String path, Api caller, JsonNode base) {
            this(method, path, caller, base, false);
        }
    }

    private record Sent(Target target, String body, String what) {
    }

    @Test
    void hostilePayloadsOverEveryWriteEndpointAreRefusedAsProblemsAndWriteNothing() throws IOException {
        List<Target> targets = targets();
        List<Sent> payloads = new ArrayList<>();
        for (Target target : targets) {
            payloads.addAll(hostile(target));
        }
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(500);

        List<String> wrong = new ArrayList<>();
        for (Sent sent : payloads) {
            Api.Reply reply = sent.target().caller().with("X-Correlation-Id", tag)
                    .raw(sent.target().method(), sent.target().path(), sent.body());
            String contentType = String.valueOf(reply.header("Content-Type"));
            boolean everyRowRefused = sent.target().rows() && reply.status() == 200
                    && reply.body().path("created").asInt() + reply.body().path("unchanged").asInt()
                    + reply.body().path("corrected").asInt() == 0 && !reply.body().path("refused").isEmpty();
            boolean problem = reply.status() >= 400 && reply.status() < 500
                    && contentType.startsWith("application/problem+json");
            if (!(everyRowRefused || problem) || LEAK.matcher(reply.text()).find()) {
                wrong.add(sent.target().method() + " " + sent.target().path() + " with " + sent.what() + " → "
                        + reply.status() + " " + reply.text());
            }
        }

        assertThat(wrong).as("%d hostile payloads", payloads.size()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where position(? in "
                + "convert_from(meta_data, 'UTF8')) > 0", Long.class, tag)).as("events written").isZero();
        // and every one of them is in the audit, with who sent it and, when refused, why
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where correlation_id = ?", Long.class, tag))
                .as("audited").isEqualTo(payloads.size());
        // anonymous only where no token is asked for (development tokens)
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where correlation_id = ? and ((actor ="
                + " 'anonymous' and path <> '/api/v1/dev/tokens') or (status >= 400 and (code is null or reason is null)))",
                Long.class, tag)).isZero();
    }

    private List<Target> targets() throws IOException {
        String termId = aSurgeonWithATermFrom("E2E-FUZZ", START);
        String caseId = aCaseOnNotice("E2E-FUZZ");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String day = START.atDay(12).toString();
        Api institution = anonymous.as("hospital-office", HOSPITAL, null, "INSTITUTION");
        Api branch = anonymous.as("branch-secretary", HOSPITAL, null, "PARTY_BRANCH");
        Api commission = anonymous.as("commissioner", null, null, "COMMISSION");
        Api committee = anonymous.as("committee-secretary", null, null, "PARTY_COMMITTEE");
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        Api self = anonymous.as("E2E-FUZZ", null, null, "STAFF");
        String term = "/terms/" + termId;
        String aCase = "/cases/" + caseId;
        List<Target> targets = new ArrayList<>(List.of(
                new Target("POST", "/staff", hr, json(Map.of("staffId", "E2E-FUZZ-NEW", "name", "模糊测试",
                        "institutionId", HOSPITAL, "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR",
                        "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115"))),
                new Target("POST", "/staff/E2E-FUZZ/terms", hr, json(Map.of("startMonth", START.plusMonths(30).toString(),
                        "months", 24, "postGrade", 6, "baselines", Map.of("specialtyScore", 80.5, "qcPassRate", 90.5,
                                "indicatorRate", 70.5, "disputeRate", 1.5)))),
                new Target("PUT", term + "/monthly-reports/" + START, surgery, withWorkload(report(1, day))),
                new Target("POST", "/departments/" + SURGERY + "/monthly-reports/" + START.plusMonths(1), surgery,
                        json(Map.of("reports", List.of(rowOf(termId, report(1, START.plusMonths(1).atDay(12)
                                .toString()))))), true),
                new Target("POST", term + "/mentees", surgery, json(Map.of("menteeId", "M9", "name", "徒弟",
                        "track", "DEPARTMENT", "baselineScore", 60.5, "since", day))),
                new Target("POST", term + "/mentees/M9/assessments", surgery, json(Map.of("date", day, "score", 66.5))),
                new Target("POST", term + "/mentees/M9/replacement", surgery, json(Map.of("reason", "调离",
                        "replacedBy", Map.of("menteeId", "M10", "name", "新徒弟", "baselineScore", 55.5)))),
                new Target("POST", term + "/projects", surgery, json(Map.of("kind", "RESEARCH", "level", "COUNTY",
                        "role", "HOST", "title", "县级课题", "date", day))),
                new Target("POST", term + "/achievements", surgery, json(Map.of("kind", "QC_PASS_RATE",
                        "date", day, "value", 95.5, "description", "质控合格率"))),
                new Target("POST", term + "/exemptions", surgery, json(Map.of("weekOf", day, "reason", "批准休假"))),
                new Target("PUT", term + "/quarters/2026-Q1", institution, json(Map.of("verdict", "PASS",
                        "reason", "与建议相同"))),
                new Target("PUT", "/staff/E2E-FUZZ/annual-ratings/" + (today.getYear() - 1), commission,
                        json(Map.of("rating", "COMPETENT"))),
                new Target("POST", "/staff/E2E-FUZZ/incidents", hr, json(Map.of("type", "MEDICAL_ACCIDENT",
                        "occurredOn", day, "grade", 3, "responsibility", "SECONDARY",
                        "impactUntil", today.plusYears(1).toString(), "description", "三级事故"))),
                new Target("POST", "/staff/E2E-FUZZ/cases", hr, json(Map.of("kind", "DOWNGRADE",
                        "grounds", List.of("LEADERSHIP"), "notes", "手工立案"))),
                new Target("POST", aCase + "/proposal", branch, json(Map.of("reasons", "理由",
                        "evidence", List.of("材料一", "材料二")))),
                new Target("POST", aCase + "/qualification", hr, json(Map.of("outcome", "CONFIRMED", "notes", "审查"))),
                new Target("POST", aCase + "/assessment", commission, json(Map.of("quantitative", 60.5, "democratic", 70.5,
                        "defence", 65.5, "weights", Map.of("quantitative", 0.7, "democratic", 0.2, "defence", 0.1)))),
                new Target("POST", aCase + "/committee-decision", committee, json(Map.of("members", 9, "present", 8,
                        "inFavour", 7, "outcome", "DOWNGRADE", "postGrade", 8))),
                new Target("POST", aCase + "/notice", hr, json(Map.of("startsOn", today.toString()))),
                new Target("POST", aCase + "/objections", self, json(Map.of("text", "异议内容"))),
                new Target("POST", aCase + "/objections/" + caseId + "-O1/answer", hr,
                        json(Map.of("answer", "答复", "upheld", false))),
                new Target("POST", aCase + "/approval", commission, json(Map.of("approved", true, "notes", "同意"))),
                new Target("POST", aCase + "/agreement", institution, json(Map.of("signedOn", today.toString(),
                        "postGrade", 8, "termMonths", 24))),
                new Target("PUT", "/calendars/fuzz-calendar", admin, json(Map.of("days", List.of(Map.of(
                        "date", "2026-10-01", "kind", "HOLIDAY", "name", "国庆节"))))),
                new Target("POST", "/dev/tokens", anonymous, json(Map.of("sub", "fuzzer", "roles", List.of("DEPARTMENT"),
                        "institution", HOSPITAL, "department", SURGERY)))));
        targets.add(new Target("POST", "/policies", admin, Api.JSON.readTree(Files.readString(
                Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds")).resolve("policy/cele-2026-v1.json")))));
        return targets;
    }

    private static JsonNode json(Map<String, ?> body) {
        return Api.JSON.valueToTree(body);
    }

    private static Map<String, Object> rowOf(String termId, Map<String, Object> report) {
        Map<String, Object> row = new java.util.LinkedHashMap<>(report);
        row.put("termId", termId);
        row.put("coreWorkload", 125.5);
        row.put("departmentAverageWorkload", 100.5);
        return row;
    }

    private static JsonNode withWorkload(Map<String, Object> report) {
        ObjectNode node = (ObjectNode) json(report);
        return node.put("coreWorkload", 125.5).put("departmentAverageWorkload", 100.5);
    }

    /** Every leaf of the body in turn made hostile (a sample of them for large documents), then whole bodies. */
    private List<Sent> hostile(Target target) {
        List<Sent> sent = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collect(target.base(), "", paths);
        if (paths.size() > 20) {
            java.util.Collections.shuffle(paths, random);
            paths = paths.subList(0, 20);
        }
        for (String path : paths) {
            JsonNode leaf = target.base().at(path);
            for (JsonNode value : hostileValues(leaf)) {
                JsonNode body = target.base().deepCopy();
                replace(body, path, value);
                sent.add(new Sent(target, body.toString(), path + " = " + abbreviated(value)));
            }
        }
        ObjectNode extra = target.base().deepCopy();
        extra.put("unexpectedField", 1);
        sent.add(new Sent(target, extra.toString(), "an unknown field"));
        String first = target.base().fieldNames().next();
        sent.add(new Sent(target, target.base().toString().replaceFirst("\\{", "{\"" + first + "\":null,"),
                "a repeated field"));
        sent.add(new Sent(target, "{\"" + first + "\":", "a body cut short"));
        sent.add(new Sent(target, "[]", "an array for a body"));
        sent.add(new Sent(target, "\"text\"", "a string for a body"));
        sent.add(new Sent(target, "{\"a\":".repeat(100) + "1" + "}".repeat(100), "nesting 100 deep"));
        sent.add(new Sent(target, "", "no body"));
        return sent;
    }

    private static void collect(JsonNode node, String at, List<String> paths) {
        if (node.isObject()) {
            if (!at.isEmpty()) paths.add(at);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), at + "/" + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            paths.add(at);
            for (int i = 0; i < node.size(); i++) collect(node.get(i), at + "/" + i, paths);
        } else {
            paths.add(at);
        }
    }

    /** Values that no field of this shape may take. */
    private List<JsonNode> hostileValues(JsonNode leaf) {
        List<JsonNode> values = new ArrayList<>();
        Consumer<Object> add = v -> values.add(v instanceof JsonNode n ? n : Api.JSON.valueToTree(v));
        if (leaf.isTextual() && leaf.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            List.of("-999999999-01-01", "+999999999-12-31", "2026-02-30", "2026-01-01T00:00:00", "1800-01-01", "")
                    .forEach(add);
            add.accept(20000);
        } else if (leaf.isTextual() && leaf.asText().matches("\\d{4}-\\d{2}")) {
            List.of("+999999999-12", "2026-13", "2026-01-15").forEach(add);
            add.accept(202601);
        } else if (leaf.isTextual() && leaf.asText().matches("[A-Z][A-Z0-9_]+")) {
            List.of("nope!", "", "\u0000").forEach(add);
            add.accept(0);
            add.accept(NODES.objectNode());
        } else if (leaf.isTextual()) {
            List.of("\u0000", "a\u0007b", "\u202Eevil", "\u200B", longText()).forEach(add);
            add.accept(12345);
            add.accept(true);
            add.accept(NODES.objectNode());
        } else if (leaf.isIntegralNumber()) {
            List.of(1.5, -1, 1e308, 2147483648L).forEach(add);
            List.of("2", NODES.arrayNode()).forEach(add);
            add.accept(true);
        } else if (leaf.isNumber()) {
            List.of(-1, 1e308, 1e-9).forEach(add);
            add.accept("60");
            add.accept(true);
            add.accept(NODES.objectNode());
        } else if (leaf.isBoolean()) {
            List.of("true", 1).forEach(add);
            add.accept(NODES.nullNode());
            add.accept(NODES.arrayNode());
        } else if (leaf.isArray()) {
            add.accept("x");
            add.accept(NODES.objectNode());
            ArrayNode withNull = NODES.arrayNode();
            withNull.addNull();
            add.accept(withNull);
            add.accept(5);
        } else if (leaf.isObject()) {
            add.accept("x");
            add.accept(5);
            add.accept(NODES.arrayNode());
        }
        return values;
    }

    private String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25_000; i++) text.append((char) (0x4E00 + random.nextInt(0x5000)));
        return text.toString();
    }

    private static void replace(JsonNode body, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = body.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
