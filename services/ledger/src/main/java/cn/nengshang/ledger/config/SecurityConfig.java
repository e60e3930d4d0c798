package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.web.IdempotencyFilter;
import cn.nengshang.ledger.common.web.IdempotencyStore;
import cn.nengshang.ledger.common.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * OAuth2 resource server with JWT. Outside the local and simulation profiles tokens come from the
 * configured issuer, and the service refuses to start without one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] OPEN = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, IdempotencyStore idempotency)
            throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/dev/tokens").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, ErrorCode.UNAUTHENTICATED)))
                .addFilterAfter(new IdempotencyFilter(idempotency, problems), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, ErrorCode.UNAUTHENTICATED))
                        .accessDeniedHandler((req, res, e) -> problems.write(req, res, ErrorCode.FORBIDDEN)))
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(NengshangProperties properties, Environment environment) {
        NengshangProperties.Security security = properties.security();
        if (security != null && security.issuerUri() != null && !security.issuerUri().isBlank()) {
            return JwtDecoders.fromIssuerLocation(security.issuerUri());
        }
        if (!environment.acceptsProfiles(Profiles.of("local", "simulation"))) {
            throw new IllegalStateException(
                    "no token issuer configured (nengshang.security.issuer-uri): development tokens are only for the"
                            + " local and simulation profiles");
        }
        return NimbusJwtDecoder.withSecretKey(devKey(properties)).macAlgorithm(MacAlgorithm.HS256).build();
    }

    static SecretKey devKey(NengshangProperties properties) {
        String key = properties.security() == null ? null : properties.security().devKey();
        if (key == null || key.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("nengshang.security.dev-key must hold at least 32 bytes");
        }
        return new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static JwtAuthenticationConverter rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<String> roles = jwt.getClaimAsStringList("roles");
            return (roles == null ? List.<String>of() : roles).stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
        });
        return converter;
    }
}
