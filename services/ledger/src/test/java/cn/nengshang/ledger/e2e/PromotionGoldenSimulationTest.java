package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promotion golden table (seeds/golden/promotion.md) through the API, in simulated time early in 2028 so that
 * every fact of the table can be recorded: each row's person registered with no term (an accident then opens no case,
 * as in the table), its facts recorded as the HR centre and the commission would, its answer asked for the row's
 * review year and compared condition by condition. The down-graded row is the rules' alone (a down-grade is the
 * end of a whole procedure, which CaseworkSimulationTest drives).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nengshang.simulation.start=2028-01-05T09:00:00+08:00", "nengshang.demo=false"})
@ActiveProfiles("simulation")
class PromotionGoldenSimulationTest {

    private static final List<String> CONDITIONS = List.of("TARGET", "YEARS_IN_TITLE", "ANNUAL_RATINGS",
            "PRACTICE_EXAM", "CONTINUING_EDUCATION", "VETOES", "SCHEME");
    private static final Map<String, String> RATING = Map.of("E", "EXCELLENT", "C", "COMPETENT", "B",
            "BASICALLY_COMPETENT", "I", "INCOMPETENT");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("nengshang-promotion").toString();
        registry.add("nengshang.data-dir", () -> data);
        registry.add("nengshang.db.url", () -> "");
    }

    private static Path table() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("seeds/golden"))) dir = dir.getParent();
        return dir.resolve("seeds/golden/promotion.md");
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheTableIsTheApisAnswer() throws IOException {
        List<String[]> rows = Files.readAllLines(table()).stream().filter(l -> l.startsWith("| P"))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|", -1)).map(String::strip)
                        .toArray(String[]::new))
                .filter(cells -> !"DOWNGRADED".equals(cells[10])).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        Api anonymous = new Api(port);
        Api hr = anonymous.as("hr-officer", null, null, "HR_CENTER");
        Api commission = anonymous.as("commission-director", null, null, "COMMISSION");
        return rows.stream().map(cells -> DynamicTest.dynamicTest(cells[0] + " " + cells[1], () -> {
            String staffId = "GOLD-" + cells[0];
            expect(hr.post("/staff", Map.of("staffId", staffId, "name", "对照表 " + cells[0], "institutionId", "cele-people-hospital",
                    "departmentId", "cele-people-hospital.general-surgery", "rank", cells[2], "titleName", "副主任医师",
                    "profession", "CLINICAL", "specialtyCode", "0115")), 201);
            Map<String, Object> qualifications = new LinkedHashMap<>(Map.of("education", cells[3],
                    "titleObtainedOn", cells[4]));
            if (!cells[5].isEmpty()) qualifications.put("exceptional", Map.of("achievement", cells[5], "recordedOn", "2025-12-31"));
            expect(hr.put("/staff/" + staffId + "/qualifications", qualifications), 200);
            for (String rating : list(cells[6])) {
                String[] parts = rating.split(" ");
                expect(commission.put("/staff/" + staffId + "/annual-ratings/" + parts[0],
                        Map.of("rating", RATING.get(parts[1]))), 200);
            }
            for (String passed : list(cells[7])) expect(hr.post("/staff/" + staffId + "/exams", Map.of("passedOn", passed)), 201);
            for (String year : list(cells[8])) {
                String[] parts = year.split(" ");
                expect(hr.put("/staff/" + staffId + "/cme/" + parts[0], Map.of("met", parts[1].equals("yes"))), 200);
            }
            for (String veto : list(cells[9])) expect(hr.post("/staff/" + staffId + "/incidents", incident(veto)), 201);
            if (cells[11].equals("open")) {
                expect(hr.post("/staff/" + staffId + "/cases", Map.of("kind", "DOWNGRADE", "notes", "领导小组认定")), 201);
            }
            Api.Reply answer = hr.get("/staff/" + staffId + "/promotion-eligibility?reviewYear=" + cells[12]);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            for (int i = 0; i < CONDITIONS.size(); i++) {
                JsonNode condition = answer.body().path("conditions").get(i);
                assertThat(condition.path("condition").asText()).isEqualTo(CONDITIONS.get(i));
                assertThat(condition.path("met").asBoolean()).as("%s %s: %s", cells[0], CONDITIONS.get(i),
                        condition.path("detail").asText()).isEqualTo("✓".equals(cells[13 + i]));
            }
            assertThat(answer.body().path("eligible").asBoolean()).isEqualTo("✓".equals(cells[20]));
        }));
    }

    /** {@code TYPE [grade|severity] [responsibility] date} or {@code SANCTION until date}, as an incident. */
    private static Map<String, Object> incident(String written) {
        String[] parts = written.split(" ");
        Map<String, Object> incident = new LinkedHashMap<>(Map.of("type", parts[0], "description", written));
        if (parts[0].equals("SANCTION")) {
            LocalDate until = LocalDate.parse(parts[2]);
            incident.put("occurredOn", until.minusYears(1).toString());
            incident.put("impactUntil", until.toString());
            return incident;
        }
        incident.put("occurredOn", parts[parts.length - 1]);
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].matches("[1-4]")) incident.put("grade", Integer.parseInt(parts[i]));
            else if (parts[0].equals("REVIEW_RULE_BREACH")) incident.put("grade", parts[i]);
            else incident.put("responsibility", parts[i]);
        }
        return incident;
    }

    private static void expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    }
}
