package cn.nengshang.ledger.console;

import cn.nengshang.ledger.audit.AuditTrail;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.web.TokenClaimNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The console's own security chain: a session (the token stays on the server), CSRF on every form, a strict content
 * policy (no inline script), sign-in by the development page in the local and simulation profiles or by OpenID
 * Connect against the configured issuer, and the signed-in user recorded in the audit of every console request.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsoleSecurity.class);

    static final String SIGN_IN = "/console/sign-in";
    static final String REGISTRATION = "nengshang";
    static final String[] PATHS = {"/", "/console", "/console/**", "/oauth2/**", "/login/oauth2/**", "/webjars/**"};
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                                ObjectProvider<OAuth2AuthorizedClientService> clients, JwtDecoder decoder,
                                TokenClaimNames claims) throws Exception {
        SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        http.securityMatcher(PATHS)
                .securityContext(c -> c.securityContextRepository(sessions))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(SIGN_IN, "/console/assets/**", "/webjars/**", "/console/lang").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ConsoleSecurity::toSignIn))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SIGN_IN + "?out"))
                .addFilterAfter(new Audited(), BasicAuthenticationFilter.class);
        ClientRegistrationRepository registry = registrations.getIfAvailable();
        if (registry != null) {
            http.oauth2Login(login -> login.loginPage(SIGN_IN)
                    // who signed in is the verified ID token; what they may do, the access token: no UserInfo call
                    .userInfoEndpoint(info -> info.oidcUserService(request ->
                            new org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser(
                                    java.util.List.of(), request.getIdToken())))
                    .failureHandler((request, response, e) -> {
                        log.warn("console sign-in through the issuer failed: {}", e.getMessage());
                        response.sendRedirect(SIGN_IN + "?refused");
                    })
                    .successHandler((request, response, authentication) -> {
                        ConsoleUser user = fromIssuer(authentication, clients.getObject(), decoder, claims);
                        if (user == null) {
                            log.warn("console sign-in refused: the issuer's access token for {} is not one the API takes",
                                    authentication.getName());
                            request.getSession().invalidate();
                            response.sendRedirect(SIGN_IN + "?refused");
                            return;
                        }
                        signIn(user, request, response, sessions);
                        response.sendRedirect("/console");
                    }));
        }
        return http.build();
    }

    /**
     * Production's sign-in: the console as an OpenID Connect client of the issuer the API trusts, when a client id is
     * configured ({@code NENGSHANG_CONSOLE_CLIENT_ID}, {@code NENGSHANG_CONSOLE_CLIENT_SECRET}, optionally
     * {@code NENGSHANG_CONSOLE_SCOPES}); the access token it receives is what the console sends to the API.
     */
    @Bean
    @Conditional(OidcConfigured.class)
    ClientRegistrationRepository consoleClients(Environment environment) {
        String issuer = environment.getProperty("nengshang.security.issuer-uri");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("the console's OpenID Connect sign-in needs NENGSHANG_ISSUER_URI");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                .clientId(environment.getProperty("nengshang.console.client-id"))
                .clientSecret(environment.getProperty("nengshang.console.client-secret", ""))
                .scope(environment.getProperty("nengshang.console.scopes", "openid").split(","))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    static final class OidcConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String id = context.getEnvironment().getProperty("nengshang.console.client-id");
            return id != null && !id.isBlank();
        }
    }

    /** The access token the issuer gave, checked exactly as the API will check it, or null when it would be refused. */
    private static ConsoleUser fromIssuer(Authentication authentication, OAuth2AuthorizedClientService clients,
                                          JwtDecoder decoder, TokenClaimNames claims) {
        if (!(authentication instanceof OAuth2AuthenticationToken oauth)) return null;
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(oauth.getAuthorizedClientRegistrationId(),
                oauth.getName());
        if (client == null) return null;
        try {
            Jwt jwt = decoder.decode(client.getAccessToken().getTokenValue());
            Actor actor = claims.actor(jwt);
            return actor.roles().isEmpty() ? null : ConsoleUser.of(actor, jwt.getTokenValue(), jwt.getExpiresAt());
        } catch (JwtException refused) {
            return null;
        }
    }

    /** Keeps the user in a fresh session (a session fixed before sign-in is not carried over). */
    static void signIn(ConsoleUser user, HttpServletRequest request, HttpServletResponse response,
                       SecurityContextRepository sessions) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.authentication());
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response,
                                 org.springframework.security.core.AuthenticationException e) throws IOException {
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", SIGN_IN);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(SIGN_IN);
        }
    }

    /** The signed-in user, for the audit entry of a console request that writes or is refused. */
    private static final class Audited extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
                AuditTrail.actedBy(request, user.actor());
            }
            chain.doFilter(request, response);
        }
    }
}
