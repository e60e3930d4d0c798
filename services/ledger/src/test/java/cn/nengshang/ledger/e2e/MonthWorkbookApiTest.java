package cn.nengshang.ledger.e2e;

import cn.idev.excel.FastExcel;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's month as a spreadsheet, over real HTTP: the template lists the department's seniors with what was
 * submitted, under Chinese headers; an upload submits every filled-in row exactly as its {@code PUT} would, refuses a
 * bad row with its reason and writes nothing for it, and writes nothing at all the second time; a file that is no
 * workbook, or a column that is no field, is refused whole; another department's clerk is refused.
 */
class MonthWorkbookApiTest extends ApiTestBase {

    private static final YearMonth MONTH = THIS_MONTH.minusMonths(1);
    private static final String PATH = "/departments/" + SURGERY + "/monthly-reports/" + MONTH;

    private static List<Map<Integer, String>> sheet(byte[] workbook) {
        return FastExcel.read(new ByteArrayInputStream(workbook)).sheet(0).headRowNumber(0).doReadSync();
    }

    private static byte[] workbook(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("month").doWrite(rows);
        return out.toByteArray();
    }

    private String surgeon(String staffId, String name) {
        Api.Reply registered = hr.post("/staff", Map.of("staffId", staffId, "name", name, "institutionId", HOSPITAL,
                "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师",
                "profession", "CLINICAL", "specialtyCode", "0115"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Api.Reply term = hr.post("/staff/" + staffId + "/terms", Map.of("startMonth", MONTH.toString(), "postGrade", 6));
        assertThat(term.status()).as(term.text()).isEqualTo(201);
        return term.body().path("termId").asText();
    }

    /** A row of the uploaded sheet: the term, then the report's values in the template's order of columns. */
    private static List<Object> row(String termId, Map<String, Object> report, List<String> fields) {
        List<Object> cells = new ArrayList<>();
        for (String field : fields) {
            Object value = field.equals("termId") ? termId : report.get(field);
            cells.add(value instanceof List<?> days ? String.join(", ", days.stream().map(Object::toString).toList())
                    : value);
        }
        return cells;
    }

    @Test
    void aDepartmentsMonthGoesOutAsATemplateAndComesBackAsReports() throws Exception {
        String first = surgeon("XLS-1", "阿依古丽");
        String second = surgeon("XLS-2", "买买提");
        String third = surgeon("XLS-3", "=HYPERLINK(\"http://example.invalid\",\"点我\")");
        Map<String, Object> january = report(1);
        assertThat(surgery.put("/terms/" + first + "/monthly-reports/" + MONTH, january).status()).isEqualTo(201);

        // the template: Chinese headers, the department's seniors, what was submitted, nothing a sheet would run
        Api.Download template = surgery.download(PATH + "/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.headers().get("content-type").get(0)).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Map<Integer, String>> cells = sheet(template.bytes());
        Map<Integer, String> head = cells.get(0);
        assertThat(head.get(0)).isEqualTo("任期编号");
        assertThat(head.values()).contains("姓名", "业务学习（次）", "下基层日期（逗号分隔）", "更正原因");
        Map<String, Map<Integer, String>> byTerm = new HashMap<>();
        cells.subList(1, cells.size()).forEach(r -> byTerm.put(r.get(0), r));
        assertThat(byTerm).containsKeys(first, second, third);
        int learning = List.copyOf(head.values()).indexOf("业务学习（次）");
        int name = List.copyOf(head.values()).indexOf("姓名");
        assertThat(byTerm.get(first).get(learning)).isEqualTo("1");
        assertThat(byTerm.get(second).get(learning)).isNull();
        assertThat(byTerm.get(third).get(name)).as("a name that looks like a formula").startsWith("'=");
        assertThat(medicine.download(PATH + "/template.xlsx").status()).as("another department's clerk")
                .isEqualTo(403);

        // the template sent back as it came: the submitted rows unchanged, the empty ones not submissions
        Api.Reply untouched = surgery.upload(PATH, "file", "month.xlsx", template.bytes());
        assertThat(untouched.status()).as(untouched.text()).isEqualTo(200);
        assertThat(untouched.body().path("refused")).as(untouched.text()).isEmpty();
        assertThat(untouched.body().path("created").asInt() + untouched.body().path("corrected").asInt()).isZero();
        assertThat(untouched.body().path("unchanged").asInt()).isPositive();

        // the upload: under the template's headers, the first unchanged, the second new, the third refused
        List<String> headers = List.copyOf(head.values());
        List<String> fields = headers.stream().map(MonthWorkbookApiTest::field).toList();
        Map<String, Object> bad = new HashMap<>(report(1));
        bad.put("caseDiscussions", -2);
        byte[] filled = workbook(headers, List.of(row(first, january, fields), row(second, report(2, MONTH.atDay(3).toString(),
                MONTH.atDay(10).toString(), MONTH.atDay(17).toString(), MONTH.atDay(24).toString()), fields),
                row(third, bad, fields)));
        Api.Reply uploaded = surgery.upload(PATH, "file", "month.xlsx", filled);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.body().path("rows").asInt()).isEqualTo(3);
        assertThat(uploaded.body().path("created").asInt()).isEqualTo(1);
        assertThat(uploaded.body().path("unchanged").asInt()).isEqualTo(1);
        JsonNode refused = uploaded.body().path("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(refused.get(0).path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.get(0).path("errors").findValuesAsText("field")).contains("caseDiscussions");
        Api.Reply stored = hr.get("/terms/" + second + "/monthly-reports/" + MONTH);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().path("caseDiscussions").asInt()).isEqualTo(2);
        assertThat(stored.body().path("grassrootsDays")).hasSize(4);
        assertThat(hr.get("/terms/" + third + "/monthly-reports/" + MONTH).status()).as("the refused row wrote nothing")
                .isEqualTo(404);

        Api.Reply again = surgery.upload(PATH, "file", "month.xlsx", filled);
        assertThat(again.body().path("created").asInt() + again.body().path("corrected").asInt())
                .as("the same file again writes nothing").isZero();
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(2);
        assertThat(hr.get("/staff/XLS-2/history").body().findValuesAsText("type")
                .stream().filter("MonthlyReportSubmitted"::equals).count()).isOne();

        // refused whole: not a workbook; a column that is no field; another department's clerk
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Api.Reply garbage = surgery.upload(PATH, "file", "month.xlsx", noise);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(garbage.body().path("errors").findValuesAsText("field")).containsExactly("file");
        Api.Reply strange = surgery.upload(PATH, "file", "month.xlsx",
                workbook(List.of("任期编号", "奇怪的列"), List.of(List.of(second, "1"))));
        assertThat(strange.status()).isEqualTo(400);
        assertThat(strange.body().path("errors").findValuesAsText("field")).containsExactly("header[1]");
        assertThat(strange.text()).contains("奇怪的列");
        Api.Reply unnamed = surgery.upload(PATH, "workbook", "month.xlsx", filled);
        assertThat(unnamed.status()).as("the file sent under another name").isEqualTo(400);
        assertThat(unnamed.body().path("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(medicine.upload(PATH, "file", "month.xlsx", filled).status()).isEqualTo(403);
        assertThat(hr.get("/staff/XLS-2/history").body().findValuesAsText("type")
                .stream().filter(t -> t.startsWith("MonthlyReport")).count()).as("nothing more written").isOne();
    }

    /** The report field a template header stands for, from the Chinese labels the template uses. */
    private static String field(String header) {
        return switch (header) {
            case "任期编号" -> "termId";
            case "工号" -> "staffId";
            case "姓名" -> "name";
            case "业务学习（次）" -> "businessLearning";
            case "病例讨论（次）" -> "caseDiscussions";
            case "教学查房（次）" -> "teachingRounds";
            case "技能培训（次）" -> "skillsTrainings";
            case "疑难病例（例）" -> "difficultCases";
            case "四级手术（台）" -> "grade4Operations";
            case "县域会诊（次）" -> "countyConsultations";
            case "下基层日期（逗号分隔）" -> "grassrootsDays";
            case "基层诊疗（人次）" -> "grassrootsServices";
            case "基层二级手术（台）" -> "grassrootsGrade2Operations";
            case "基层业务学习（次）" -> "grassrootsBusinessLearning";
            case "基层病例讨论（次）" -> "grassrootsCaseDiscussions";
            case "基层教学查房（次）" -> "grassrootsTeachingRounds";
            case "基层技能培训（次）" -> "grassrootsSkillsTrainings";
            case "本人核心工作量" -> "coreWorkload";
            case "科室同岗位平均工作量" -> "departmentAverageWorkload";
            case "更正原因" -> "correctionReason";
            default -> throw new AssertionError("a header the test does not know: " + header);
        };
    }

    /** A department's month of 50 seniors uploaded as a workbook: how fast, written for the note (not asserted). */
    @Test
    void aMonthOfFiftySeniorsUploadedAtOnce() throws Exception {
        String path = "/departments/" + MEDICINE + "/monthly-reports/" + MONTH;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Api.Reply registered = hr.post("/staff", Map.of("staffId", "XLM-" + i, "name", "内科医生", "institutionId",
                    HOSPITAL, "departmentId", MEDICINE, "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师",
                    "profession", "CLINICAL", "specialtyCode", "0101"));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            terms.add(hr.post("/staff/XLM-" + i + "/terms", Map.of("startMonth", MONTH.toString(), "postGrade", 6))
                    .body().path("termId").asText());
        }
        List<String> headers = List.copyOf(sheet(medicine.download(path + "/template.xlsx").bytes()).get(0).values());
        List<String> fields = headers.stream().map(MonthWorkbookApiTest::field).toList();
        byte[] filled = workbook(headers, terms.stream().map(t -> row(t, report(1), fields)).toList());
        long began = System.nanoTime();
        Api.Reply uploaded = medicine.upload(path, "file", "month.xlsx", filled);
        double seconds = (System.nanoTime() - began) / 1e9;
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.body().path("created").asInt()).isEqualTo(50);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/month-workbook-upload.txt"), String.format(
                "a department's month of 50 seniors uploaded as a workbook (%d KB): %.2f s, %.0f rows/s%n",
                filled.length / 1024, seconds, 50 / seconds));
    }

    /** HR's list as a workbook for a meeting: the list's filters and scope, names that look like formulas inert. */
    @Test
    void theProgressListGoesOutAsAWorkbookInItsReadersScope() {
        String termId = surgeon("XLP-1", "=SUM(1,2)");
        List<Map<Integer, String>> all = sheet(hr.download("/progress.xlsx?department=" + SURGERY).bytes());
        assertThat(all.get(0).get(0)).isEqualTo("任期编号");
        assertThat(all.get(0).values()).contains("姓名", "科室", "落后任务数", "整改中");
        Map<Integer, String> row = all.stream().filter(r -> termId.equals(r.get(0))).findFirst().orElseThrow();
        assertThat(row.get(2)).isEqualTo("'=SUM(1,2)");
        assertThat(all.subList(1, all.size())).extracting(r -> r.get(4)).containsOnly(SURGERY);

        List<Map<Integer, String>> own = sheet(surgery.download("/progress.xlsx").bytes());
        assertThat(own.subList(1, own.size())).extracting(r -> r.get(4)).as("a clerk's own department only")
                .containsOnly(SURGERY).hasSize(all.size() - 1);
        List<Map<Integer, String>> others = sheet(medicine.download("/progress.xlsx").bytes());
        assertThat(others.subList(1, others.size())).extracting(r -> r.get(0)).doesNotContain(termId);
        assertThat(sheet(medicine.download("/progress.xlsx?department=" + SURGERY).bytes()))
                .as("a filter outside the reader's scope matches nothing, as the list's").hasSize(1);
        List<Map<Integer, String>> english = sheet(hr.with("Accept-Language", "en")
                .download("/progress.xlsx?department=" + SURGERY).bytes());
        assertThat(english.get(0).get(0)).isEqualTo("Term");
    }
}
