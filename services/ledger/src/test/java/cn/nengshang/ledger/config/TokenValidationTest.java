package cn.nengshang.ledger.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder's checks: the audience when one is configured, expiry with a small clock skew. */
class TokenValidationTest {

    private static final String KEY = "a-development-key-of-at-least-thirty-two-bytes";

    private static JwtDecoder decoder(String audience) {
        NengshangProperties properties = new NengshangProperties(Path.of("data"), Path.of("seeds"), null, false,
                new NengshangProperties.Security(KEY, null, audience, Duration.ofSeconds(30), null));
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        return new SecurityConfig().jwtDecoder(properties, local);
    }

    private static String token(Consumer<JWTClaimsSet.Builder> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("hr-officer")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).claim("roles", List.of("HR_CENTER"));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(KEY.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void withAnAudienceConfiguredOnlyTokensForItPass() throws JOSEException {
        JwtDecoder decoder = decoder("nengshang-ledger");
        assertThat(decoder.decode(token(c -> c.audience("nengshang-ledger"))).getSubject()).isEqualTo("hr-officer");
        assertThat(decoder.decode(token(c -> c.audience(List.of("payroll", "nengshang-ledger")))).getSubject())
                .isEqualTo("hr-officer");
        assertThatThrownBy(() -> decoder.decode(token(c -> c.audience("payroll"))))
                .isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(token(c -> { }))).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void expiryIsCheckedWithASmallClockSkew() throws JOSEException {
        JwtDecoder decoder = decoder(null);
        assertThat(decoder.decode(token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(10)))))
                .getSubject()).isEqualTo("hr-officer");
        assertThatThrownBy(() -> decoder.decode(token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(60))))))
                .isInstanceOf(JwtValidationException.class);
    }
}
