package cn.nengshang.ledger.config;

import cn.nengshang.ledger.audit.AuditLog;
import cn.nengshang.ledger.audit.AuditTrail;
import cn.nengshang.ledger.common.web.ActorResolver;
import cn.nengshang.ledger.common.web.TokenClaimNames;
import cn.nengshang.ledger.common.web.DateParameters;
import cn.nengshang.ledger.common.web.ProblemReportValve;
import cn.nengshang.ledger.common.web.ProblemWriter;
import cn.nengshang.ledger.common.web.ReadinessGate;
import cn.nengshang.ledger.common.web.RequestJson;
import cn.nengshang.ledger.common.web.RequestLimits;
import cn.nengshang.ledger.console.ConsoleLanguage;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The web edge: languages (zh-CN by default, en on request), the actor argument, strict request bodies,
 * dates in parameters, the body size limit, the readiness gate, and problem documents from the container.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final RequestJson requestJson;
    private final TokenClaimNames claims;

    WebConfig(ObjectMapper general, NengshangProperties properties) {
        this.requestJson = new RequestJson(general);
        this.claims = properties.security() == null ? TokenClaimNames.DEFAULT : properties.security().claims();
    }

    /** The claim names tokens are read by, for whoever reads a token outside a controller (the console's sign-in). */
    @Bean
    TokenClaimNames tokenClaimNames() {
        return claims;
    }

    @Bean
    RequestJson requestJson() {
        return requestJson;
    }

    /**
     * The API's language follows Accept-Language; the console's is Chinese unless its user switched to English (kept
     * in the session), whatever language the browser asks for.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (!request.getRequestURI().startsWith("/console")) return super.resolveLocale(request);
                HttpSession session = request.getSession(false);
                return session != null && session.getAttribute(ConsoleLanguage.ATTRIBUTE) instanceof Locale chosen
                        ? chosen : Locale.SIMPLIFIED_CHINESE;
            }
        };
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorResolver(claims));
    }

    /** Request bodies are read strictly; answers are written as before. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(c -> c.setObjectMapper(requestJson.mapper()));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DateParameters());
    }

    /** First after the correlation id: every other refusal, at the edge or of access, is audited. */
    @Bean
    FilterRegistrationBean<AuditTrail> auditTrail(AuditLog audit) {
        FilterRegistrationBean<AuditTrail> registration = new FilterRegistrationBean<>(new AuditTrail(audit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(ProblemWriter problems,
                                                        @Value("${nengshang.max-request-size:1MB}") DataSize max) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(max, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability, ProblemWriter problems) {
        FilterRegistrationBean<ReadinessGate> registration =
                new FilterRegistrationBean<>(new ReadinessGate(availability, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** The container answers what it refuses itself (an invalid path) with a problem document, not an HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
