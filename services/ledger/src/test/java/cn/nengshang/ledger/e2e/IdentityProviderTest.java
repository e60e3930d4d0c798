package cn.nengshang.ledger.e2e;

import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import cn.nengshang.ledger.NengshangApplication;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile against a real OpenID Connect server started in the test: the issuer is found by
 * discovery, its keys from its JWKS, a rotated key is fetched when a token names it; the audience and the
 * expiry are checked with a small clock skew; roles come from a Keycloak realm's {@code realm_access.roles}.
 * Every kind of bad token is refused with 401, and each refusal is in the audit.
 */
class IdentityProviderTest {

    private static final String REALM = "cele";
    private static final String AUDIENCE = "nengshang-ledger";

    /** The issuer's signing key, which the test rotates; its JWKS shows the key in use only. */
    static final class RotatingKeys extends KeyProvider {
        volatile RSAKey current = generate();

        static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JWK signingKey(String issuerId) {
            return REALM.equals(issuerId) ? current : super.signingKey(issuerId);
        }
    }

    private static final RotatingKeys keys = new RotatingKeys();
    private static MockOAuth2Server issuer;
    private static ConfigurableApplicationContext service;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        issuer = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)));
        issuer.start();
        String data = Files.createTempDirectory("identity").toString();
        service = new SpringApplicationBuilder(NengshangApplication.class).profiles("production")
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=",
                        "--nengshang.db.allow-embedded=true",
                        "--nengshang.security.issuer-uri=" + issuer.issuerUrl(REALM),
                        "--nengshang.security.audience=" + AUDIENCE,
                        "--nengshang.security.claims.roles=realm_access.roles",
                        "--nengshang.console.client-id=nengshang-console", "--nengshang.console.client-secret=console-secret",
                        // the test's browser speaks plain HTTP to the service
                        "--server.servlet.session.cookie.secure=false");
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
        if (issuer != null) issuer.shutdown();
    }

    private static Map<String, Object> realmRoles(String... roles) {
        return Map.of("realm_access", Map.of("roles", List.of(roles)));
    }

    /** A token the issuer signs, as its token endpoint would give it. */
    private static String issued(String realm, String sub, List<String> audience, Map<String, Object> claims,
                                 long seconds) {
        return issuer.issueToken(realm, "console",
                new DefaultOAuth2TokenCallback(realm, sub, "JWT", audience, claims, seconds)).serialize();
    }

    private static String hrToken() {
        return issued(REALM, "hr-officer", List.of(AUDIENCE), realmRoles("HR_CENTER", "offline_access"), 600);
    }

    /** Claims as the issuer gives them, for a token of ten minutes that expires then. */
    private static Map<String, Object> claims(Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer.issuerUrl(REALM).toString());
        claims.put("sub", "operator");
        claims.put("aud", AUDIENCE);
        claims.put("iat", expires.minusSeconds(600).getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("realm_access", Map.of("roles", List.of("ADMIN")));
        return claims;
    }

    private static String signed(RSAKey key, Map<String, Object> claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                JWTClaimsSet.parse(claims));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Api.Reply staffList(String token) {
        Api api = new Api(port);
        return (token == null ? api : api.bearer(token)).get("/staff");
    }

    @Test
    void aTokenOfTheIssuerActsWithTheRolesOfItsRealm() {
        Api hr = new Api(port).bearer(hrToken());
        assertThat(hr.get("/staff").status()).isEqualTo(200);
        Api.Reply registered = hr.post("/staff", Map.of("staffId", "OIDC-1", "name", "身份测试",
                "institutionId", "cele-people-hospital", "departmentId", "cele-people-hospital.orthopaedics",
                "rank", "FULL_SENIOR", "titleName", "主任医师", "profession", "CLINICAL", "specialtyCode", "0116"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(hr.get("/staff/OIDC-1/history").body().path(0).path("actor").asText()).isEqualTo("hr-officer");
        // a role the realm does not give is not had: HR may not publish policies
        assertThat(hr.post("/policies", Map.of("document", "{}")).status()).isEqualTo(403);
    }

    @Test
    void everyKindOfBadTokenIsRefusedWith401() throws Exception {
        RSAKey stranger = RotatingKeys.generate();
        RSAKey sameIdOtherKey = new RSAKeyGenerator(2048).keyID(keys.current.getKeyID()).generate();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("garbage", "not-a-token");
        bad.put("alg none", new PlainJWT(JWTClaimsSet.parse(claims(Instant.now().plusSeconds(600)))).serialize());
        bad.put("unknown key", signed(stranger, claims(Instant.now().plusSeconds(600))));
        bad.put("wrong key under the issuer's key id", signed(sameIdOtherKey, claims(Instant.now().plusSeconds(600))));
        bad.put("expired beyond the skew", signed(keys.current, claims(Instant.now().minusSeconds(60))));
        bad.put("another issuer", issued("elsewhere", "hr-officer", List.of(AUDIENCE), realmRoles("HR_CENTER"), 600));
        bad.put("another audience", issued(REALM, "hr-officer", List.of("payroll"), realmRoles("HR_CENTER"), 600));
        bad.put("no audience", issued(REALM, "hr-officer", List.of(), realmRoles("HR_CENTER"), 600));
        assertThat(staffList(null).status()).as("no token").isEqualTo(401);
        bad.forEach((kind, token) -> {
            Api.Reply reply = staffList(token);
            assertThat(reply.status()).as(kind).isEqualTo(401);
            assertThat(reply.header("Content-Type")).as(kind).startsWith("application/problem+json");
            assertThat(reply.code()).as(kind).isEqualTo("UNAUTHENTICATED");
        });
        // within the clock skew an expiry just passed is still accepted
        assertThat(staffList(signed(keys.current, claims(Instant.now().minusSeconds(10)))).status()).isEqualTo(200);

        Api admin = new Api(port).bearer(issued(REALM, "auditor", List.of(AUDIENCE), realmRoles("ADMIN"), 600));
        Api.Reply denied = admin.get("/admin/audit?outcome=DENIED&path=/api/v1/staff&size=200");
        assertThat(denied.status()).isEqualTo(200);
        List<String> reasons = denied.body().path("items").findValuesAsText("reason");
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(bad.size() + 1)
                .allSatisfy(reason -> assertThat(reason).startsWith("UNAUTHENTICATED"));
        assertThat(denied.body().path("items").findValuesAsText("actor")).containsOnly("anonymous");
    }

    @Test
    void aRotatedKeyIsFetchedWhenATokenNamesItAndTheRetiredOneNoLongerPasses() throws java.text.ParseException {
        String before = hrToken();
        assertThat(staffList(before).status()).isEqualTo(200);
        RSAKey retired = keys.current;
        keys.current = RotatingKeys.generate();
        String after = hrToken();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(retired.getKeyID());
        assertThat(staffList(after).status()).as("a token signed with the new key").isEqualTo(200);
        assertThat(staffList(before).status()).as("a token signed with the retired key").isEqualTo(401);
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(new Api(port).bearer(hrToken()).get("/staff").status()).isEqualTo(200);
        Api server = Api.server(port);
        assertThat(server.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(server.bearer(hrToken()).get("/actuator/prometheus").status()).isEqualTo(403);
        Api.Reply metrics = server.bearer(issued(REALM, "operator", List.of(AUDIENCE), realmRoles("ADMIN"), 600))
                .get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_server_requests_seconds_count")
                .contains("nengshang_processor_position").contains("nengshang_deadlines_due");
        assertThat(Set.of(metrics.text().split("\n")).stream().anyMatch(l -> l.startsWith("commandBus") || l.startsWith("commands")))
                .as("command metrics").isTrue();
    }

    /** A browser's visit: cookies kept, every redirect followed, across the issuer and the service. */
    private static HttpResponse<String> visit(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    @Test
    void theConsoleSignsInThroughTheIssuerAndActsWithTheAccessTokenItIssues() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> signIn = visit(browser, "/console/hr");
        assertThat(signIn.uri().getPath()).isEqualTo("/console/sign-in");
        assertThat(signIn.body()).contains("/oauth2/authorization/nengshang").doesNotContain("as-hr-officer");
        issuer.enqueueCallback(new DefaultOAuth2TokenCallback(REALM, "hr-officer", "JWT", List.of(AUDIENCE),
                realmRoles("HR_CENTER"), 600));
        HttpResponse<String> landed = visit(browser, "/oauth2/authorization/nengshang");
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/console/hr");
        assertThat(landed.body()).contains("hr-officer").contains("HR_CENTER");
    }

    @Test
    void anIssuersTokenWithoutARoleOrForAnotherAudienceSignsNobodyIntoTheConsole() throws Exception {
        for (DefaultOAuth2TokenCallback callback : List.of(
                new DefaultOAuth2TokenCallback(REALM, "nobody", "JWT", List.of(AUDIENCE), realmRoles(), 600),
                new DefaultOAuth2TokenCallback(REALM, "elsewhere", "JWT", List.of("another-service"),
                        realmRoles("HR_CENTER"), 600))) {
            HttpClient browser = browser();
            issuer.enqueueCallback(callback);
            HttpResponse<String> refused = visit(browser, "/oauth2/authorization/nengshang");
            assertThat(refused.uri().getPath()).isEqualTo("/console/sign-in");
            assertThat(refused.uri().getQuery()).isEqualTo("refused");
            assertThat(visit(browser, "/console/hr").uri().getPath()).isEqualTo("/console/sign-in");
        }
    }
}
