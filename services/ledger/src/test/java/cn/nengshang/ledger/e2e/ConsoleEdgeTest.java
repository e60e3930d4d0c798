package cn.nengshang.ledger.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's edge as an attacker or a careless user meets it, over real HTTP: no page without signing in, no form
 * without its CSRF token, a fresh session at sign-in, no way back to another site, no document that is not one,
 * names shown as text, and the API still stateless beside it.
 */
class ConsoleEdgeTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser without a script: a cookie jar, no redirects followed. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String path) throws IOException, InterruptedException {
            Matcher found = CSRF.matcher(get(path).body());
            assertThat(found.find()).as("a CSRF token on " + path).isTrue();
            return found.group(1);
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        Browser signedIn(String sub, String role, String institution, String department) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", csrf("/console/sign-in"), "sub", sub,
                    "role", role, "institution", institution, "department", department));
            HttpResponse<String> signed = post("/console/sign-in", form);
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
            return this;
        }
    }

    @Test
    void noPageWithoutSigningInAndTheSignInPageRunsNoInlineScript() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get("/console/hr");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in");
        HttpResponse<String> signIn = browser.get("/console/sign-in");
        String policy = signIn.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline';  script", "unsafe-eval");
        assertThat(signIn.body()).doesNotContain("<script>").contains("as-hr-officer");
    }

    @Test
    void aSignInWithoutItsTokenOrWithAnUnknownRoleSignsNobodyInAndTheSessionIsNewAtSignIn() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.post("/console/sign-in", Map.of("sub", "x", "role", "HR_CENTER")).statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> unknown = browser.post("/console/sign-in", Map.of("_csrf", browser.csrf("/console/sign-in"),
                "sub", "x", "role", "SUPERUSER"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("roles: ");
        assertThat(browser.get("/console/hr").statusCode()).isEqualTo(302);
        String before = browser.session();
        assertThat(before).as("the sign-in page's session (its CSRF token)").isNotNull();
        browser.signedIn("hr-officer", "HR_CENTER", "", "");
        assertThat(browser.session()).as("a session fixed before sign-in is not carried over").isNotEqualTo(before);
        assertThat(browser.get("/console/hr").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'hr-officer'",
                Integer.class)).as("kept in the database, for every replica").isPositive();
    }

    @Test
    void aFormWithoutItsTokenWritesNothingAndSuccessNeverLeadsToAnotherSite() throws Exception {
        String termId = aSurgeonWithATermFrom("CON-E1", THIS_MONTH.minusMonths(2));
        String month = THIS_MONTH.minusMonths(1).toString();
        Browser browser = new Browser().signedIn("surgery-head", "DEPARTMENT", HOSPITAL, SURGERY);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : new String[]{"businessLearning", "caseDiscussions", "teachingRounds", "skillsTrainings",
                "difficultCases", "grade4Operations", "countyConsultations", "grassrootsServices",
                "grassrootsGrade2Operations", "grassrootsBusinessLearning", "grassrootsCaseDiscussions",
                "grassrootsTeachingRounds", "grassrootsSkillsTrainings"}) {
            form.put(field, "1");
        }
        form.put("grassrootsDays", THIS_MONTH.minusMonths(1).atDay(2).toString());
        form.put("path.termId", termId);
        form.put("path.month", month);
        form.put("key", "console-edge-1");
        form.put("back", "//attacker.example/console");
        assertThat(browser.post("/console/forms/monthly-report", form).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(hr.get("/terms/" + termId + "/monthly-reports/" + month).status()).isEqualTo(404);

        form.put("_csrf", browser.csrf("/console/terms/" + termId + "/months/" + month));
        HttpResponse<String> sent = browser.post("/console/forms/monthly-report", form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/console?done=monthly-report");
        assertThat(hr.get("/terms/" + termId + "/monthly-reports/" + month).body().path("recordedBy").asText())
                .as("written as the signed-in clerk, through the API").isEqualTo("surgery-head");
        HttpResponse<String> again = browser.post("/console/forms/monthly-report", form);
        assertThat(again.statusCode()).as("the same form sent twice").isEqualTo(302);
        assertThat(hr.get("/terms/" + termId + "/monthly-reports/" + month).body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void theApisRefusalsAreTheConsolesAndOnlyDocumentsArePassedOn() throws Exception {
        Browser clerk = new Browser().signedIn("surgery-head", "DEPARTMENT", HOSPITAL, SURGERY);
        HttpResponse<String> other = clerk.get("/console/department?department=" + MEDICINE);
        assertThat(other.statusCode()).as("another department's month").isEqualTo(403);
        assertThat(other.body()).contains("FORBIDDEN");
        assertThat(clerk.get("/console/files/staff.json").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/console/files/progress.xlsx").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/console/department?month=not-a-month").statusCode()).isEqualTo(400);
        Browser hrBrowser = new Browser().signedIn("hr-officer", "HR_CENTER", "", "");
        HttpResponse<String> workbook = hrBrowser.get("/console/files/progress.xlsx?status=BEHIND");
        assertThat(workbook.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
    }

    @Test
    void namesAreShownAsTextNeverAsMarkupAndTheApiStaysWithoutASession() throws Exception {
        Api.Reply registered = hr.post("/staff", Map.of("staffId", "CON-E2", "name", "<img src=x onerror=alert(1)>",
                "institutionId", HOSPITAL, "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Browser browser = new Browser().signedIn("hr-officer", "HR_CENTER", "", "");
        String page = browser.get("/console/staff/CON-E2").body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        Api.Reply api = hr.get("/staff/CON-E2");
        assertThat(api.header("Set-Cookie")).as("the API keeps no session").isNull();
    }
}
