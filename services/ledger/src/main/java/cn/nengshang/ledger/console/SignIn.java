package cn.nengshang.ledger.console;

import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.dev.DevTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.nengshang.ledger.common.web.TokenClaimNames;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signing in to the console. In the local and simulation profiles a development page: pick a role and the scope it
 * acts for, and the console holds a development token for it, checked by the same decoder as every token. In
 * production the page sends the user to the configured OpenID Connect issuer.
 */
@Controller
class SignIn {

    private final ObjectProvider<DevTokens> devTokens;
    private final ObjectProvider<ClientRegistrationRepository> issuer;
    private final JwtDecoder decoder;
    private final TokenClaimNames claims;
    private final MessageSource messages;

    SignIn(ObjectProvider<DevTokens> devTokens, ObjectProvider<ClientRegistrationRepository> issuer, JwtDecoder decoder,
           TokenClaimNames claims, MessageSource messages) {
        this.devTokens = devTokens;
        this.issuer = issuer;
        this.decoder = decoder;
        this.claims = claims;
        this.messages = messages;
    }

    @GetMapping(ConsoleSecurity.SIGN_IN)
    String page(Model model) {
        model.addAttribute("development", devTokens.getIfAvailable() != null);
        model.addAttribute("issuer", issuer.getIfAvailable() != null ? ConsoleSecurity.REGISTRATION : null);
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("demo", demoPeople());
        return "console/sign-in";
    }

    /** The demo consortium's people, one per role, to sign in as with one click. */
    static List<Map<String, String>> demoPeople() {
        String hospital = "cele-people-hospital";
        return List.of(
                Map.of("sub", "clerk-general-surgery", "role", "DEPARTMENT", "institution", hospital,
                        "department", hospital + ".general-surgery"),
                Map.of("sub", "hr-officer", "role", "HR_CENTER", "institution", "", "department", ""),
                Map.of("sub", "commissioner-a", "role", "COMMISSION", "institution", "", "department", ""),
                Map.of("sub", "commissioner-b", "role", "COMMISSION", "institution", "", "department", ""),
                Map.of("sub", "party-committee", "role", "PARTY_COMMITTEE", "institution", "", "department", ""),
                Map.of("sub", "hospital-office", "role", "INSTITUTION", "institution", hospital, "department", ""),
                Map.of("sub", "party-branch", "role", "PARTY_BRANCH", "institution", hospital, "department", ""),
                Map.of("sub", "CL-0001", "role", "STAFF", "institution", "", "department", ""),
                Map.of("sub", "administrator", "role", "ADMIN", "institution", "", "department", ""));
    }

    @PostMapping(ConsoleSecurity.SIGN_IN)
    String signIn(@RequestParam(defaultValue = "") String sub, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String institution, @RequestParam(defaultValue = "") String department,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        DevTokens tokens = devTokens.getIfAvailable();
        if (tokens == null) return "redirect:" + ConsoleSecurity.SIGN_IN;
        try {
            DevTokens.Token token = tokens.issue(new DevTokens.TokenRequest(sub.strip(), List.of(role),
                    blankAsNull(institution), blankAsNull(department)));
            Jwt jwt = decoder.decode(token.token());
            ConsoleSecurity.signIn(ConsoleUser.of(claims.actor(jwt), jwt.getTokenValue(), jwt.getExpiresAt()),
                    request, response, new HttpSessionSecurityContextRepository());
            return "redirect:/console";
        } catch (LedgerException refused) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("refused", refused.problems().stream()
                    .map(p -> p.field() + ": " + messages.getMessage("field." + p.reason(), p.args().toArray(), p.reason(), locale))
                    .toList());
            model.addAttribute("given", Map.of("sub", sub, "role", role, "institution", institution,
                    "department", department));
            return page(model);
        }
    }

    /** The console's language: kept in the session, then back to the page the switch was on. */
    @GetMapping("/console/lang")
    String language(@RequestParam String to, @RequestParam(defaultValue = "/console") String back,
                    HttpServletRequest request) {
        request.getSession(true).setAttribute(ConsoleLanguage.ATTRIBUTE, "en".equals(to) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return "redirect:" + ConsolePages.local(back);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
