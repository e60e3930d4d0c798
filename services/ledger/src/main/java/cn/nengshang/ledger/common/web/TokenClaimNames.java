package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a token carries the actor's roles and scope: each a claim name, or a dotted path into nested claims
 * (a Keycloak realm's {@code realm_access.roles}). The subject is always {@code sub}. Role names the product
 * does not know (an identity provider's own, such as {@code offline_access}) are ignored.
 */
public record TokenClaimNames(String roles, String institution, String department) {

    public static final TokenClaimNames DEFAULT = new TokenClaimNames("roles", "institution", "department");

    public TokenClaimNames {
        roles = blankAs(roles, "roles");
        institution = blankAs(institution, "institution");
        department = blankAs(department, "department");
    }

    /** The value at a claim path, or null where any step of it is missing or not an object. */
    public static Object at(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) return null;
            value = map.get(step);
        }
        return value;
    }

    /** The role names the token claims; the decoder has checked that they are a list of texts. */
    public List<String> roleNames(Jwt jwt) {
        return at(jwt, roles) instanceof Collection<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }

    public Actor actor(Jwt jwt) {
        Set<Role> known = roleNames(jwt).stream().map(TokenClaimNames::role).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Actor(jwt.getSubject(), known, text(jwt, institution), text(jwt, department));
    }

    private static String text(Jwt jwt, String path) {
        return at(jwt, path) instanceof String s ? s : null;
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static String blankAs(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
