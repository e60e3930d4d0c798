package cn.nengshang.ledger.e2e;

import java.time.YearMonth;
import java.util.Map;

/** What several tests set up through the API, as HR would. */
final class Scenarios {

    static final String HOSPITAL = "cele-people-hospital";
    static final String SURGERY = "cele-people-hospital.general-surgery";

    private Scenarios() {
    }

    /** Registers a 副高 general surgeon in the surgery department and starts a 24-month term; its id. */
    static String aSurgeonWithATermFrom(Api hr, String staffId, YearMonth start) {
        Api.Reply registered = hr.post("/staff", Map.of("staffId", staffId, "name", "测试外科医生",
                "institutionId", HOSPITAL, "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115"));
        if (registered.status() != 201) throw new IllegalStateException(registered.toString());
        Api.Reply term = hr.post("/staff/" + staffId + "/terms", Map.of("startMonth", start.toString(),
                "postGrade", 6));
        if (term.status() != 201) throw new IllegalStateException(term.toString());
        return term.body().path("termId").asText();
    }
}
