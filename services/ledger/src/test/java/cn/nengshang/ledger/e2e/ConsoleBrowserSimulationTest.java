package cn.nengshang.ledger.e2e;

import cn.idev.excel.FastExcel;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless Chromium), each role doing its month's work on the demo
 * consortium in simulated time: a clerk enters a month, by the form and by the workbook, and sees the progress
 * change; HR opens a case and carries it, with the party branch, the commission and the party committee, to the
 * public notice; the commissioner who assessed it is refused the approval and a second one approves. Every page is
 * photographed into target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nengshang.simulation.start=2026-01-01T08:00:00+08:00"})
@ActiveProfiles("simulation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserSimulationTest {

    static final String CHROMIUM = System.getProperty("nengshang.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("nengshang.test.chromedriver", "/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String REPORT = "/console/terms/CL-0001.T1";

    static WebDriver browser;
    static WebDriverWait waiting;
    static String caseId;
    static int shot;

    @LocalServerPort
    int port;
    Api admin;
    Api hr;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("nengshang-console").toString();
        registry.add("nengshang.data-dir", () -> data);
        registry.add("nengshang.db.url", () -> "");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(new File(DRIVER)).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1100", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    /** The page each test ended on, passed or not: what a failure looked like. */
    @AfterEach
    void lastPage(TestInfo test) throws IOException {
        photograph("end-of-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
    }

    @BeforeEach
    void callers() {
        Api anonymous = new Api(port);
        admin = anonymous.as("administrator", null, null, "ADMIN");
        hr = anonymous.as("hr-officer", null, null, "HR_CENTER");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void at(String instant) {
        assertThat(admin.post("/sim/clock", Map.of("advanceTo", instant)).status()).isEqualTo(200);
    }

    /** Signs in with the development page's button for one of the demo consortium's people. */
    private void signIn(String sub) {
        browser.manage().deleteAllCookies();
        browser.get(url("/console/sign-in"));
        browser.findElement(By.id("as-" + sub)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("signed-in"), sub));
    }

    private void open(String path) {
        browser.get(url(path));
        waiting.until(d -> d.findElement(By.tagName("main")));
    }

    private void photograph(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), png);
    }

    private WebElement form(String id) {
        return waiting.until(d -> d.findElements(By.cssSelector("form[id^='form-" + id + "']")).stream().findFirst()
                .orElse(null));
    }

    private static void type(WebElement form, String field, String value) {
        WebElement input = form.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    private static void choose(WebElement form, String field, String value) {
        new Select(form.findElement(By.name(field))).selectByValue(value);
    }

    /** Sends a form and waits for the page it leads to (the same page, with what was done). */
    private void send(WebElement form, String done) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.urlContains("done=" + done));
    }

    private String caseState() {
        return browser.findElement(By.id("case-state")).getAttribute("data-state");
    }

    @Test
    @Order(1)
    void aClerkEntersAMonthByFormAndByWorkbookAndSeesTheProgressChange() throws IOException {
        at("2026-02-03T09:00:00+08:00");
        signIn("clerk-general-surgery");
        assertThat(browser.getCurrentUrl()).contains("/console/department");
        WebElement first = browser.findElement(By.cssSelector("#seniors tr[data-staff='CL-0001']"));
        assertThat(first.getText()).contains("未报");
        photograph("department-month");

        browser.findElement(By.id("enter-CL-0001")).click();
        WebElement report = form("monthly-report");
        type(report, "businessLearning", "-1");
        report.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = waiting.until(d -> d.findElements(By.cssSelector("label[data-field='businessLearning'].invalid"))
                .stream().findFirst().orElse(null));
        assertThat(refused.findElement(By.className("error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("form .problem")).getText()).contains("请求内容有误");
        photograph("month-refused-in-place");
        assertThat(hr.get("/terms/CL-0001.T1/monthly-reports/2026-01").status()).as("nothing written").isEqualTo(404);

        report = form("monthly-report");
        for (String field : List.of("businessLearning", "caseDiscussions", "teachingRounds", "skillsTrainings",
                "difficultCases", "grade4Operations", "countyConsultations", "grassrootsServices",
                "grassrootsGrade2Operations", "grassrootsBusinessLearning", "grassrootsCaseDiscussions",
                "grassrootsTeachingRounds", "grassrootsSkillsTrainings")) {
            type(report, field, "1");
        }
        type(report, "grassrootsDays", "2026-01-05, 2026-01-12");
        send(report, "monthly-report");
        assertThat(browser.getCurrentUrl()).contains(REPORT);
        assertThat(browser.findElement(By.id("done")).getText()).contains("月度考核报告");
        assertThat(browser.findElement(By.cssSelector("#tasks tr[data-task='B1'] .actual")).getText()).isEqualTo("1");
        photograph("term-progress");
        WebElement mentee = form("mentee");
        type(mentee, "menteeId", "M-1");
        type(mentee, "name", "住院医师 阿依古丽");
        choose(mentee, "track", "DEPARTMENT");
        type(mentee, "baselineScore", "60");
        type(mentee, "since", "2026-01-15");
        send(mentee, "mentee");
        assertThat(browser.findElement(By.className("mentees")).getText()).contains("M-1");
        WebElement assessed = form("mentee-assessment");
        type(assessed, "date", "2026-01-30");
        type(assessed, "score", "66");
        send(assessed, "mentee-assessment");
        assertThat(hr.get("/terms/CL-0001.T1").body().path("mentees").get(0).toString()).contains("66");
        photograph("role-department");

        // the rest of the department by the workbook: one row for the second senior; the same file again writes nothing
        Path workbook = Files.createTempFile("surgery-2026-01", ".xlsx");
        Files.write(workbook, workbook(List.of(List.of("CL-0002.T1", 2, 2, 2, 2, 2, 2, 2, "2026-01-06", 30, 1, 1, 1, 1, 1))));
        open("/console/department?month=2026-01");
        browser.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        WebElement answer = waiting.until(d -> d.findElements(By.id("upload-answer")).stream().findFirst().orElse(null));
        assertThat(answer.getText()).contains("共 1 行：新报 1");
        photograph("workbook-uploaded");
        browser.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-answer"), "未变 1"));
        open("/console/department?month=2026-01");
        assertThat(browser.findElement(By.cssSelector("#seniors tr[data-staff='CL-0002']")).getText()).contains("已报");
        assertThat(hr.get("/terms/CL-0002.T1/monthly-reports/2026-01").body().path("version").asInt()).isEqualTo(1);

        browser.findElement(By.id("lang-en")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "monthly reports"));
    }

    private static byte[] workbook(List<List<Object>> rows) {
        List<String> headers = List.of("termId", "businessLearning", "caseDiscussions", "teachingRounds",
                "skillsTrainings", "difficultCases", "grade4Operations", "countyConsultations", "grassrootsDays",
                "grassrootsServices", "grassrootsGrade2Operations", "grassrootsBusinessLearning",
                "grassrootsCaseDiscussions", "grassrootsTeachingRounds", "grassrootsSkillsTrainings");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("month").doWrite(rows);
        return out.toByteArray();
    }

    @Test
    @Order(2)
    void hrOpensACaseAndCarriesItThroughEachRoleToThePublicNotice() throws IOException {
        signIn("hr-officer");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("人民医院");
        photograph("role-hr-centre");

        open("/console/promotion?reviewYear=2027");
        assertThat(browser.findElements(By.cssSelector("#candidates tr[data-staff]"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(browser.findElement(By.cssSelector("#candidates tr[data-staff='CL-0002']")).getText())
                .contains("任职年限").contains("年度考核");
        photograph("hr-promotion");

        open("/console/staff/CL-0002");
        WebElement exam = form("exam");
        type(exam, "passedOn", "2026-01-20");
        send(exam, "exam");
        assertThat(browser.findElement(By.id("promotion")).getText()).contains("2026-01-20");
        photograph("hr-person");
        WebElement opening = form("open-case");
        choose(opening, "kind", "DOWNGRADE");
        type(opening, "notes", "聘期任务严重滞后，经人力资源中心核查立案");
        send(opening, "open-case");
        caseId = hr.get("/staff/CL-0002").body().path("openCaseId").asText();
        assertThat(caseId).isNotBlank();

        signIn("party-branch");
        open("/console/cases/" + caseId);
        assertThat(caseState()).isEqualTo("OPENED");
        photograph("role-party-branch");
        WebElement proposal = form("proposal");
        type(proposal, "reasons", "任务完成情况经科室核实");
        type(proposal, "evidence", "2026-01 月度报告, 科室说明");
        send(proposal, "proposal");
        assertThat(caseState()).isEqualTo("PROPOSED");

        signIn("hr-officer");
        open("/console/cases/" + caseId);
        WebElement qualification = form("qualification");
        choose(qualification, "outcome", "CONFIRMED");
        send(qualification, "qualification");
        assertThat(caseState()).isEqualTo("QUALIFIED");

        signIn("commissioner-a");
        open("/console/cases/" + caseId);
        WebElement assessment = form("assessment");
        type(assessment, "quantitative", "55");
        type(assessment, "democratic", "70");
        type(assessment, "defence", "65");
        type(assessment, "weights.quantitative", "0.7");
        type(assessment, "weights.democratic", "0.2");
        type(assessment, "weights.defence", "0.1");
        send(assessment, "assessment");
        assertThat(caseState()).isEqualTo("ASSESSED");

        signIn("party-committee");
        assertThat(browser.getCurrentUrl()).contains("/console/cases?state=ASSESSED");
        open("/console/cases/" + caseId);
        photograph("role-party-committee");
        WebElement decision = form("committee-decision");
        type(decision, "members", "9");
        type(decision, "present", "7");
        type(decision, "inFavour", "6");
        choose(decision, "outcome", "DOWNGRADE");
        type(decision, "postGrade", "9");
        send(decision, "committee-decision");
        assertThat(caseState()).isEqualTo("DECIDED");

        signIn("hr-officer");
        open("/console/cases/" + caseId);
        WebElement notice = form("notice");
        type(notice, "startsOn", "2026-02-04");
        send(notice, "notice");
        assertThat(caseState()).isEqualTo("NOTICED");
        assertThat(browser.findElement(By.id("notice-pdf")).isDisplayed()).isTrue();
        photograph("case-on-notice");

        open("/console/notices");
        assertThat(browser.findElement(By.id("notices")).getText()).contains(caseId);
        photograph("public-notice");
        Api.Download pdf = hr.download("/cases/" + caseId + "/notice.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type").get(0)).isEqualTo("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
        assertThat(text).contains("公示名单").contains("王建国").contains(caseId);
        Api.Download sheet = hr.download("/notices.xlsx?from=2026-02-01&to=2026-02-28");
        assertThat(sheet.status()).isEqualTo(200);
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new java.io.ByteArrayInputStream(sheet.bytes()), new cn.idev.excel.read.listener.ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, cn.idev.excel.context.AnalysisContext context) {
                rows.add(row);
            }

            @Override
            public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
            }
        }).sheet().doRead();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).contains(caseId, "CL-0002", "王建国");

        // a colleague objects on the notice list; the objection keeps the notice open until HR answers it
        signIn("CL-0001");
        assertThat(browser.getCurrentUrl()).contains("/console/staff/CL-0001");
        photograph("role-staff");
        open("/console/notices");
        WebElement objection = form("objection");
        type(objection, "text", "二月的会诊记录尚未录入");
        send(objection, "objection");
        assertThat(hr.get("/cases/" + caseId).body().path("objections").get(0).path("raisedBy").asText())
                .isEqualTo("CL-0001");
    }

    @Test
    @Order(3)
    void theCommissionerWhoAssessedIsRefusedTheApprovalAndASecondOneApproves() throws IOException {
        at("2026-03-02T09:00:00+08:00");
        assertThat(hr.get("/cases/" + caseId).body().path("state").asText()).as("an open objection").isEqualTo("NOTICED");
        signIn("hr-officer");
        open("/console/cases/" + caseId);
        WebElement answer = form("answer");
        type(answer, "answer", "会诊记录已核实，不影响结论");
        choose(answer, "upheld", "false");
        send(answer, "answer");
        assertThat(caseState()).isEqualTo("NOTICE_CLOSED");

        signIn("commissioner-a");
        open("/console/cases/" + caseId);
        assertThat(caseState()).isEqualTo("NOTICE_CLOSED");
        assertThat(browser.findElement(By.id("four-eyes")).getText()).contains("commissioner-a");
        WebElement approval = form("approval");
        choose(approval, "approved", "true");
        approval.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = waiting.until(d -> d.findElements(By.cssSelector("form[id^='form-approval'] .problem"))
                .stream().findFirst().orElse(null));
        assertThat(refused.getText()).isNotBlank();
        photograph("approval-refused-four-eyes");
        assertThat(hr.get("/cases/" + caseId).body().path("state").asText()).isEqualTo("NOTICE_CLOSED");

        signIn("commissioner-b");
        assertThat(browser.getCurrentUrl()).contains("/console/commission");
        assertThat(browser.findElement(By.cssSelector("#approvals tr[data-case='" + caseId + "']")).getText())
                .contains("commissioner-a");
        photograph("role-commission");
        open("/console/cases/" + caseId);
        approval = form("approval");
        choose(approval, "approved", "true");
        type(approval, "notes", "同意");
        send(approval, "approval");
        assertThat(caseState()).isEqualTo("APPROVED");

        signIn("hospital-office");
        open("/console/cases/" + caseId);
        WebElement agreement = form("agreement");
        type(agreement, "signedOn", "2026-03-02");
        type(agreement, "postGrade", "9");
        type(agreement, "termMonths", "24");
        send(agreement, "agreement");
        assertThat(caseState()).isEqualTo("EFFECTIVE");
        assertThat(hr.get("/staff/CL-0002").body().path("appointment").path("postGrade").asInt()).isEqualTo(9);
        photograph("case-effective");
    }

    @Test
    @Order(4)
    void theInstitutionRecordsAQuarterlyVerdictAndAVerdictAgainstTheSuggestionNeedsItsReason() throws IOException {
        at("2026-04-02T09:00:00+08:00");
        signIn("hospital-office");
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("2026-Q1");
        WebElement row = browser.findElement(By.cssSelector("#verdicts tr[data-term='CL-0001.T1']"));
        String suggested = row.getAttribute("data-suggestion");
        assertThat(suggested).isIn("PASS", "FAIL");
        photograph("role-institution");
        String other = "PASS".equals(suggested) ? "FAIL" : "PASS";
        WebElement verdict = row.findElement(By.tagName("form"));
        choose(verdict, "verdict", other);
        verdict.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(d -> d.findElements(By.cssSelector("#verdicts tr[data-term='CL-0001.T1'] .problem")).size() == 1);
        assertThat(hr.get("/terms/CL-0001.T1").body().path("verdicts")).as("nothing recorded").isEmpty();
        verdict = browser.findElement(By.cssSelector("#verdicts tr[data-term='CL-0001.T1'] form"));
        choose(verdict, "verdict", other);
        type(verdict, "reason", "科室已补交二、三月材料，经院务会研究");
        send(verdict, "verdict");
        assertThat(browser.findElement(By.cssSelector("#verdicts tr[data-term='CL-0001.T1']")).getText())
                .contains("科室已补交");
        assertThat(hr.get("/terms/CL-0001.T1").body().path("verdicts").get(0).path("verdict").asText()).isEqualTo(other);
    }
}
