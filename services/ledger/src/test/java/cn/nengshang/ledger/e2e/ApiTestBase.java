package cn.nengshang.ledger.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

/**
 * The whole service over real HTTP on an embedded PostgreSQL in a fresh folder, with the demo consortium
 * loaded. One context serves every test class that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestBase {

    static final String HOSPITAL = "cele-people-hospital";
    static final String SURGERY = "cele-people-hospital.general-surgery";
    static final String MEDICINE = "cele-people-hospital.internal-medicine";
    /** Months are relative to today, so the tests hold whenever they run. */
    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    private static final Path DATA = temporaryFolder();

    @LocalServerPort
    int port;

    Api anonymous;
    Api hr;
    Api surgery;
    Api medicine;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("nengshang.data-dir", DATA::toString);
        registry.add("nengshang.db.url", () -> "");
    }

    @BeforeEach
    void callers() {
        anonymous = new Api(port);
        hr = anonymous.as("hr-officer", null, null, "HR_CENTER");
        surgery = anonymous.as("surgery-head", HOSPITAL, SURGERY, "DEPARTMENT");
        medicine = anonymous.as("medicine-head", HOSPITAL, MEDICINE, "DEPARTMENT");
    }

    /** Registers a 副高 general surgeon in the surgery department and starts a 24-month term. */
    String aSurgeonWithATermFrom(String staffId, YearMonth start) {
        return Scenarios.aSurgeonWithATermFrom(hr, staffId, start);
    }

    /** Opens a case for the person by hand and carries it through every step to its public notice, from today. */
    String aCaseOnNotice(String staffId) {
        Api branch = anonymous.as("branch-secretary", HOSPITAL, null, "PARTY_BRANCH");
        Api assessor = anonymous.as("commission-assessor", null, null, "COMMISSION");
        Api committee = anonymous.as("committee-secretary", null, null, "PARTY_COMMITTEE");
        Api.Reply opened = hr.post("/staff/" + staffId + "/cases", Map.of("kind", "DOWNGRADE",
                "grounds", java.util.List.of("LEADERSHIP"), "notes", "领导小组认定"));
        if (opened.status() != 201) throw new IllegalStateException(opened.toString());
        String caseId = opened.body().path("caseId").asText();
        expect(branch.post("/cases/" + caseId + "/proposal", Map.of("reasons", "领导小组认定不适合",
                "evidence", java.util.List.of("会议纪要"))), 200);
        expect(hr.post("/cases/" + caseId + "/qualification", Map.of("outcome", "CONFIRMED", "notes", "属实")), 200);
        expect(assessor.post("/cases/" + caseId + "/assessment", Map.of("quantitative", 60, "democratic", 70,
                "defence", 65, "weights", Map.of("quantitative", 0.7, "democratic", 0.2, "defence", 0.1))), 200);
        expect(committee.post("/cases/" + caseId + "/committee-decision", Map.of("members", 9, "present", 8,
                "inFavour", 7, "outcome", "DOWNGRADE", "postGrade", 8)), 200);
        expect(hr.post("/cases/" + caseId + "/notice", Map.of("startsOn",
                java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())), 200);
        return caseId;
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) throw new IllegalStateException(reply.toString());
    }

    static Map<String, Object> report(int each, String... days) {
        Map<String, Object> report = new java.util.LinkedHashMap<>();
        for (String field : new String[]{"businessLearning", "caseDiscussions", "teachingRounds", "skillsTrainings",
                "difficultCases", "grade4Operations", "countyConsultations", "grassrootsServices",
                "grassrootsGrade2Operations", "grassrootsBusinessLearning", "grassrootsCaseDiscussions",
                "grassrootsTeachingRounds", "grassrootsSkillsTrainings"}) {
            report.put(field, each);
        }
        report.put("grassrootsDays", java.util.List.of(days));
        return report;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("nengshang-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
