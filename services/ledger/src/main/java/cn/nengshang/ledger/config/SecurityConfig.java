package cn.nengshang.ledger.config;

import cn.nengshang.ledger.audit.AuditTrail;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.web.IdempotencyFilter;
import cn.nengshang.ledger.common.web.IdempotencyStore;
import cn.nengshang.ledger.common.web.ProblemWriter;
import cn.nengshang.ledger.common.web.TokenClaimNames;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * OAuth2 resource server with JWT. Outside the local and simulation profiles tokens come only from the
 * configured issuer and must name the configured audience; every token must carry a usable subject and an
 * expiry, checked with a small clock skew. Health is open; the rest of Actuator is for administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Answers are JSON; the only pages are the API documentation's, from the service itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'"
            + " 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final long HSTS_SECONDS = 31_536_000;
    static final String[] DOCS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, IdempotencyStore idempotency,
                            NengshangProperties properties) throws Exception {
        TokenClaimNames claims = properties.security().claims();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)))
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
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter(claims)))
                        .authenticationEntryPoint((req, res, e) -> unauthenticated(problems, req, res, e)))
                .addFilterAfter(new AuditTrail.Authenticated(claims), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new IdempotencyFilter(idempotency, problems, claims), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> unauthenticated(problems, req, res, e))
                        .accessDeniedHandler((req, res, e) -> {
                            req.setAttribute(ProblemWriter.REASON, "FORBIDDEN: " + req.getRequestURI()
                                    + " is not granted to the token's roles");
                            problems.write(req, res, ErrorCode.FORBIDDEN);
                        }))
                .build();
    }

    /** 401, with why the token was refused kept for the audit (never shown: the caller learns only that it was). */
    private static void unauthenticated(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        request.setAttribute(ProblemWriter.REASON, "UNAUTHENTICATED: " + e.getMessage());
        problems.write(request, response, ErrorCode.UNAUTHENTICATED);
    }

    @Bean
    JwtDecoder jwtDecoder(NengshangProperties properties, Environment environment) {
        NengshangProperties.Security security = properties.security();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(security.clockSkew()));
        validators.add(new TokenClaims(security.claims()));
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

    private static JwtAuthenticationConverter rolesConverter(TokenClaimNames claims) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> claims.actor(jwt).roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList());
        return converter;
    }
}
