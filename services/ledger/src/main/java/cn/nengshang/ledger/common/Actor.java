package cn.nengshang.ledger.common;

import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts: the token's subject, roles and, for scoped roles, institution and department. Travels in the
 * metadata of every command and so of every event, which is how each write records who did it.
 */
public record Actor(String sub, Set<Role> roles, String institution, String department) {

    public static final String SUB = "actorSub";
    public static final String ROLES = "actorRoles";
    public static final String INSTITUTION = "actorInstitution";
    public static final String DEPARTMENT = "actorDepartment";

    /** The product itself, loading seeds: it has no scope and acts as administrator. */
    public static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMIN, Role.HR_CENTER), null, null);

    public Actor {
        Objects.requireNonNull(sub, "sub");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean inDepartment(String institutionId, String departmentId) {
        return Objects.equals(institution, institutionId) && Objects.equals(department, departmentId);
    }

    public boolean inInstitution(String institutionId) {
        return Objects.equals(institution, institutionId);
    }

    public Map<String, String> toMetaData() {
        Map<String, String> values = new HashMap<>();
        values.put(SUB, sub);
        values.put(ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        if (institution != null) values.put(INSTITUTION, institution);
        if (department != null) values.put(DEPARTMENT, department);
        return values;
    }

    public static Actor from(MetaData metaData) {
        Object sub = metaData.get(SUB);
        if (sub == null) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        String roles = String.valueOf(metaData.getOrDefault(ROLES, ""));
        return new Actor(sub.toString(),
                Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf)
                        .collect(Collectors.toSet()),
                (String) metaData.get(INSTITUTION), (String) metaData.get(DEPARTMENT));
    }
}
