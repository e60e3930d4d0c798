package cn.nengshang.ledger.e2e;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataApiTest extends ApiTestBase {

    @Autowired
    DeadlineManager deadlines;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCatalogueHoldsThe105SpecialtiesWithTheSurgicalOnesMarked() {
        Api.Reply catalogue = surgery.get("/catalog/specialties");

        assertThat(catalogue.body().size()).isEqualTo(105);
        assertThat(catalogue.body().findValuesAsText("code")).contains("0115", "0137", "0912");
        assertThat(catalogue.body().get(14).path("name").asText()).isEqualTo("普通外科学");
        assertThat(catalogue.body().get(14).path("surgical").asBoolean()).isTrue();
        assertThat(catalogue.body().get(1).path("surgical").asBoolean()).isFalse();
    }

    @Test
    void theOrganisationAndTheDemoConsortiumAreLoaded() {
        Api.Reply organisation = hr.get("/organisation");
        Api.Reply demoStaff = hr.get("/staff?institution=" + HOSPITAL + "&size=200");

        assertThat(organisation.body().findValuesAsText("name")).contains("策勒县人民医院", "固拉哈玛镇中心卫生院");
        assertThat(organisation.body().size()).isEqualTo(9);
        assertThat(demoStaff.body().path("items").findValuesAsText("staffId")).contains("CL-0001", "CL-0024");
        assertThat(hr.get("/staff/CL-0001").body().path("appointment").path("termId").asText())
                .isEqualTo("CL-0001.T1");
    }

    @Test
    void aDepartmentListsOnlyItsOwnStaff() {
        Api.Reply listed = surgery.get("/staff?size=200");

        assertThat(listed.body().path("items").findValuesAsText("departmentId")).isNotEmpty().containsOnly(SURGERY);
    }

    @Test
    void registeringTheSameIdTwiceIsAConflict() {
        Map<String, Object> staff = Map.of("staffId", "CL-0001", "name", "重复", "institutionId", HOSPITAL,
                "departmentId", SURGERY, "rank", "FULL_SENIOR", "titleName", "主任医师", "profession", "CLINICAL",
                "specialtyCode", "0115");

        Api.Reply again = hr.post("/staff", staff);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("STAFF_ALREADY_REGISTERED");
        assertThat(hr.get("/staff/CL-0001").body().path("name").asText()).isNotEqualTo("重复");
    }

    @Test
    void eventsAreStoredAsByteaAndDeadlinesArePersistent() {
        String payloadType = jdbc.queryForObject("""
                select data_type from information_schema.columns
                where table_name = 'domain_event_entry' and column_name = 'payload'""", String.class);

        assertThat(payloadType).isEqualTo("bytea");
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void theContractIsServedAsOpenApi() {
        Api.Reply docs = Api.server(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/v1/terms/{termId}/monthly-reports/{month}")).isTrue();
    }

    @Test
    void everyOperationOfTheContractSaysWhoMayCallIt() {
        JsonNode paths = Api.server(port).get("/v3/api-docs").body().path("paths");
        java.util.List<String> withoutRoles = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String endpoint = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            if (!method.getValue().has("x-roles") && !endpoint.equals("POST /api/v1/dev/tokens")) {
                withoutRoles.add(endpoint);
            }
        }));
        assertThat(withoutRoles).as("operations missing from the role table").isEmpty();
        assertThat(paths.path("/api/v1/staff").path("post").path("description").asText()).contains("HR_CENTER");
    }
}
