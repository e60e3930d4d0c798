package cn.nengshang.ledger.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens signed with the right key but without what acting in the record needs: a subject, an expiry, roles
 * as a list. Each is refused with 401, like a token with a bad signature.
 */
class TokenClaimsApiTest extends ApiTestBase {

    private static final byte[] DEV_KEY = "nengshang-local-development-signing-key-not-for-production"
            .getBytes(StandardCharsets.UTF_8);

    private static String token(Consumer<JWTClaimsSet.Builder> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("hr-officer")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", List.of("HR_CENTER"));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(DEV_KEY));
        return jwt.serialize();
    }

    private void refused(String token) {
        Api.Reply reply = anonymous.bearer(token).get("/staff?size=1");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aWellFormedTokenIsAccepted() throws JOSEException {
        assertThat(anonymous.bearer(token(c -> { })).get("/staff?size=1").status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutAUsableSubjectIsRefused() throws JOSEException {
        refused(token(c -> c.subject(null)));
        refused(token(c -> c.subject("")));
        refused(token(c -> c.subject("  ")));
        refused(token(c -> c.subject("hr\u0000officer")));
        refused(token(c -> c.subject("x".repeat(256))));
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() throws JOSEException {
        refused(token(c -> c.expirationTime(null)));
        refused(token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(3600)))));
    }

    @Test
    void rolesMustBeAListOfNames() throws JOSEException {
        refused(token(c -> c.claim("roles", "HR_CENTER")));
        refused(token(c -> c.claim("roles", List.of(1, 2))));
        refused(token(c -> c.claim("institution", 7)));
        refused(token(c -> c.claim("department", "普外\u202E科")));
    }

    @Test
    void aScopedRoleMustNameTheScopeItActsFor() throws JOSEException {
        refused(token(c -> c.claim("roles", List.of("INSTITUTION"))));
        refused(token(c -> c.claim("roles", List.of("PARTY_BRANCH"))));
        refused(token(c -> c.claim("roles", List.of("DEPARTMENT"))));
        refused(token(c -> c.claim("roles", List.of("DEPARTMENT")).claim("institution", HOSPITAL)));
        assertThat(anonymous.bearer(token(c -> c.claim("roles", List.of("DEPARTMENT")).claim("institution", HOSPITAL)
                .claim("department", SURGERY))).get("/staff?size=1").status()).isEqualTo(200);
    }
}
