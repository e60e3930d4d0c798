package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.common.web.TokenClaimNames;
import cn.nengshang.policy.TextRule;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.List;

/**
 * The claims a token must carry to act in the record: a subject (who is recorded as having acted) that is
 * a visible line of at most 255 characters, an expiry, roles as a list of names, and institution and
 * department, where given, as texts; a scoped role needs the scope it acts for (an institution for
 * INSTITUTION and PARTY_BRANCH, both for DEPARTMENT). A token without them is refused with 401, like a badly
 * signed one.
 */
final class TokenClaims implements OAuth2TokenValidator<Jwt> {

    static final int MAX_SUBJECT = 255;
    static final int MAX_SCOPE = 100;

    private final TokenClaimNames claims;

    TokenClaims(TokenClaimNames claims) {
        this.claims = claims;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String sub = jwt.getClaims().get("sub") instanceof String s ? s : null;
        if (!text(sub, MAX_SUBJECT)) return refused("the token has no usable subject (sub)");
        if (jwt.getExpiresAt() == null) return refused("the token has no expiry (exp)");
        Object roles = TokenClaimNames.at(jwt, claims.roles());
        if (roles != null && !(roles instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance))) {
            return refused("the token's " + claims.roles() + " is not a list of role names");
        }
        for (String claim : List.of(claims.institution(), claims.department())) {
            Object value = TokenClaimNames.at(jwt, claim);
            if (value != null && !(value instanceof String s && text(s, MAX_SCOPE))) {
                return refused("the token's " + claim + " is not a usable text");
            }
        }
        Collection<?> named = roles instanceof Collection<?> list ? list : List.of();
        for (Role role : Role.values()) {
            if (!named.contains(role.name())) continue;
            if (role.scopedToInstitution() && TokenClaimNames.at(jwt, claims.institution()) == null) {
                return refused("the role " + role + " acts for its own institution, which the token does not name");
            }
            if (role == Role.DEPARTMENT && TokenClaimNames.at(jwt, claims.department()) == null) {
                return refused("the role " + role + " acts for its own department, which the token does not name");
            }
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max && value.strip().equals(value)
                && TextRule.problem(value, false).isEmpty() && TextRule.visible(value);
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
