package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.web.IdempotencyFilter;
import cn.nengshang.ledger.common.web.IdempotencyStore;
import cn.nengshang.ledger.common.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
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
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * OAuth2 resource server with JWT. Outside the local and simulation profiles tokens come only from the
 * configured issuer and must name the configured audience; every token must carry a usable subject and an
 * expiry, checked with a small clock skew. Health is open; the rest of Actuator is for administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String ROLES_CLAIM = "roles";
    static final String[] DOCS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, IdempotencyStore idempotency) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(DOCS).permitAll()
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
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(security.clockSkew()));
        validators.add(new TokenClaims(ROLES_CLAIM));
        NimbusJwtDecoder decoder;
        if (security.issuerUri() != null && !security.issuerUri().isBlank()) {
            decoder = NimbusJwtDecoder.withIssuerLocation(security.issuerUri()).build();
            validators.add(new JwtIssuerValidator(security.issuerUri()));
        } else if (environment.acceptsProfiles(Profiles.of("local", "simulation"))) {
            decoder = NimbusJwtDecoder.withSecretKey(devKey(properties)).macAlgorithm(MacAlgorithm.HS256).build();
        } else {
            throw new IllegalStateException(ProductionChecks.NO_ISSUER);
        }
        if (security.audience() != null && !security.audience().isBlank()) {
            validators.add(audience(security.audience()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** Only tokens issued for this service: its audience must be among the token's {@code aud}. */
    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "the token is not issued for " + audience, null));
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
            Collection<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
            return (roles == null ? List.<String>of() : roles).stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
        });
        return converter;
    }
}
