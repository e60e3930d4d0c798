package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Reach;
import cn.nengshang.ledger.common.Role;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the OpenAPI document, asked by every role from inside and from outside its scope, is
 * answered as the README's role table says: 403 where the table grants nothing, never 401 or 403 (and never
 * a failure) where it grants the call. Writes carry an empty body, so an allowed one is refused for its
 * content at most; the cell is about who gets past the door.
 */
class RoleMatrixTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(3);
    private static final String TOWNSHIP = "cele-cele-town-thc";
    private static final String STAFF_ID = "E2E-MATRIX";
    /** The simulated clock's endpoints are in the document of the simulation profile only. */
    private static final Set<String> OTHER_PROFILES = Set.of("POST /sim/clock", "GET /sim/clock");

    /** One caller: a role, and whether the subject (a surgeon of the surgery department) is within its reach. */
    private record Caller(Role role, boolean inside, Api api) {

        @Override
        public String toString() {
            return role + (inside ? " (inside)" : " (outside)");
        }
    }

    @Test
    void everyCellOfTheMatrixIsAsTheRoleTableSays() throws IOException {
        JsonNode paths = Api.server(port).get("/v3/api-docs").body().path("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/dev/")) continue;
            path.getValue().fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase() + " " + path.getKey().substring("/api/v1".length())));
        }
        Set<String> tabled = Arrays.stream(Operation.values()).flatMap(o -> o.endpoints().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("every documented endpoint is in the role table").isSubsetOf(tabled);
        Set<String> undocumented = new TreeSet<>(tabled);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("every endpoint of the role table is documented").isSubsetOf(OTHER_PROFILES);

        String termId = aSurgeonWithATermFrom(STAFF_ID, START);
        String caseId = aCaseOnNotice(STAFF_ID);
        String calendarId = hr.get("/calendars").body().findValuesAsText("calendarId").get(0);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{staffId}", STAFF_ID);
        values.put("{termId}", termId);
        values.put("{month}", START.toString());
        values.put("{quarter}", START.getYear() + "-Q" + ((START.getMonthValue() - 1) / 3 + 1));
        values.put("{year}", String.valueOf(START.getYear()));
        values.put("{caseId}", caseId);
        values.put("{departmentId}", SURGERY);
        values.put("{policyId}", "cele-2026-v1");
        values.put("{calendarId}", calendarId);
        values.put("{menteeId}", "NO-SUCH-MENTEE");
        values.put("{objectionId}", "NO-SUCH-OBJECTION");
        values.put("{group}", "no-such-group");
        values.put("{name}", "no-such-projection");

        List<Caller> callers = everyRoleInAndOutOfScope();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int denied = 0;
        for (String endpoint : documented) {
            Operation operation = Operation.of(endpoint).orElseThrow();
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            boolean aboutSomeone = path.contains("{");
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            assertThat(path).as(endpoint).doesNotContain("{");
            for (Caller caller : callers) {
                boolean allowed = operation.grants().stream().anyMatch(grant -> grant.role() == caller.role()
                        && (grant.reach() == Reach.CONSORTIUM || caller.inside() || !aboutSomeone));
                Api.Reply reply = method.equals("GET") ? caller.api().get(path) : caller.api().raw(method, path, "{}");
                cells++;
                if (!allowed) denied++;
                boolean ok = allowed
                        ? reply.status() != 401 && reply.status() != 403 && reply.status() < 500
                        : reply.status() == 403 && "FORBIDDEN".equals(reply.code());
                if (!ok) {
                    wrong.add(endpoint + " by " + caller + ": expected " + (allowed ? "allowed" : "403") + ", got "
                            + reply.status() + " " + reply.code());
                }
            }
        }
        assertThat(wrong).as("%d cells, %d of them refused", cells, denied).isEmpty();
        assertThat(cells).isEqualTo(documented.size() * callers.size());
        assertThat(denied).as("refused cells").isPositive().isLessThan(cells);
        Files.writeString(Path.of("target/role-matrix.txt"), documented.size() + " endpoints × " + callers.size()
                + " callers = " + cells + " cells: " + (cells - denied) + " allowed, " + denied + " refused with 403\n");
    }

    /** Each role once where its reach is the whole consortium, twice (inside and outside) where it is scoped. */
    private List<Caller> everyRoleInAndOutOfScope() {
        List<Caller> callers = new ArrayList<>();
        for (Role role : Role.values()) {
            switch (role) {
                case INSTITUTION, PARTY_BRANCH -> {
                    callers.add(new Caller(role, true, anonymous.as("matrix-" + role, HOSPITAL, null, role.name())));
                    callers.add(new Caller(role, false, anonymous.as("matrix-" + role, TOWNSHIP, null, role.name())));
                }
                case DEPARTMENT -> {
                    callers.add(new Caller(role, true, anonymous.as("matrix-" + role, HOSPITAL, SURGERY, role.name())));
                    callers.add(new Caller(role, false, anonymous.as("matrix-" + role, HOSPITAL, MEDICINE, role.name())));
                }
                case STAFF -> {
                    callers.add(new Caller(role, true, anonymous.as(STAFF_ID, HOSPITAL, SURGERY, role.name())));
                    callers.add(new Caller(role, false, anonymous.as("E2E-MATRIX-OTHER", HOSPITAL, SURGERY,
                            role.name())));
                }
                default -> callers.add(new Caller(role, true, anonymous.as("matrix-" + role, null, null, role.name())));
            }
        }
        return callers;
    }
}
