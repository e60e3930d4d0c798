package cn.nengshang.ledger.dev;

import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issues tokens signed with the development key; they pass the same security chain as real ones. Used by the
 * development sign-in of the API and of the console.
 */
@Component
@Profile({"local", "simulation"})
public class DevTokens {

    private static final Duration LIFETIME = Duration.ofHours(12);

    /** Tokens live in real time, also when business time is simulated: they are checked against it. */
    private final Clock clock = Clock.systemUTC();
    private final JwtEncoder encoder;

    DevTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    public record TokenRequest(String sub, List<String> roles, String institution, String department) {
    }

    public record Token(String token, Instant expiresAt) {
    }

    /** A token for the request, or VALIDATION_FAILED with what is wrong in it. */
    public Token issue(TokenRequest request) {
        List<Role> roles = validate(request);
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("nengshang-dev")
                .subject(request.sub())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("roles", roles.stream().map(Role::name).toList());
        if (request.institution() != null) claims.claim("institution", request.institution());
        if (request.department() != null) claims.claim("department", request.department());
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new Token(token, now.plus(LIFETIME));
    }

    private static List<Role> validate(TokenRequest request) {
        List<FieldProblem> problems = new ArrayList<>(new Checks().name("sub", request.sub())
                .optionalText("institution", request.institution())
                .optionalText("department", request.department()).problems());
        if (request.sub() != null && !request.sub().equals(request.sub().strip())) {
            problems.add(FieldProblem.of("sub", "INVALID"));
        }
        List<Role> roles = new ArrayList<>();
        if (request.roles() == null || request.roles().isEmpty()) {
            problems.add(FieldProblem.of("roles", "REQUIRED"));
        } else {
            for (String name : request.roles()) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                        .ifPresentOrElse(roles::add, () -> problems.add(FieldProblem.of("roles", "UNKNOWN_ROLE", String.valueOf(name))));
            }
        }
        if (roles.stream().anyMatch(Role::scopedToInstitution) && request.institution() == null) {
            problems.add(FieldProblem.of("institution", "REQUIRED"));
        }
        if (roles.contains(Role.DEPARTMENT) && request.department() == null) {
            problems.add(FieldProblem.of("department", "REQUIRED"));
        }
        LedgerException.failIfAny(problems);
        return roles;
    }
}
