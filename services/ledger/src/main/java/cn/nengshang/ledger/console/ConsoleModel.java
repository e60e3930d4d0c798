package cn.nengshang.ledger.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every console page has: who is signed in, the language, this page's address, the menu of the user's roles. */
@ControllerAdvice(assignableTypes = {ConsolePages.class, ConsoleActions.class, SignIn.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleModel {

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ConsoleUser user = authentication != null && authentication.getPrincipal() instanceof ConsoleUser u ? u : null;
        model.addAttribute("user", user);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        String query = request.getQueryString();
        model.addAttribute("here", request.getRequestURI() + (query == null ? "" : "?" + query));
        model.addAttribute("done", request.getParameter("done"));
        model.addAttribute("nav", user == null ? List.of() : menu(user));
    }

    /** The pages of the user's roles, in the order of their work. */
    static List<Map<String, String>> menu(ConsoleUser user) {
        List<Map<String, String>> items = new ArrayList<>();
        if (user.hasAny("DEPARTMENT")) items.add(Map.of("href", "/console/department", "label", "console.nav.department"));
        if (user.hasAny("HR_CENTER", "ADMIN", "COMMISSION", "PARTY_COMMITTEE", "INSTITUTION", "PARTY_BRANCH")) {
            items.add(Map.of("href", "/console/hr", "label", "console.nav.hr"));
        }
        if (user.hasAny("HR_CENTER", "ADMIN")) {
            items.add(Map.of("href", "/console/rectifications", "label", "console.nav.rectifications"));
            items.add(Map.of("href", "/console/promotion", "label", "console.nav.promotion"));
        }
        if (user.hasAny("COMMISSION")) items.add(Map.of("href", "/console/commission", "label", "console.nav.commission"));
        if (user.hasAny("INSTITUTION", "PARTY_BRANCH")) {
            items.add(Map.of("href", "/console/institution", "label", "console.nav.institution"));
        }
        if (!user.hasAny("STAFF") || user.roles().size() > 1) {
            items.add(Map.of("href", "/console/cases", "label", "console.nav.cases"));
        }
        items.add(Map.of("href", "/console/notices", "label", "console.nav.notices"));
        return items;
    }

    /** The API refused: a token that has run out ends the session; anything else is shown with its code. */
    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == 401) {
            HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", ConsoleSecurity.SIGN_IN);
                response.setStatus(401);
                return new ModelAndView();
            }
            return new ModelAndView("redirect:" + ConsoleSecurity.SIGN_IN + "?expired");
        }
        ModelAndView page = new ModelAndView("console/problem");
        page.addObject("problem", problem);
        page.setStatus(org.springframework.http.HttpStatus.valueOf(problem.status() >= 500 ? 502 : problem.status()));
        return page;
    }

    @ExceptionHandler({DateTimeParseException.class, IllegalArgumentException.class})
    ModelAndView badAddress(RuntimeException e) {
        ModelAndView page = new ModelAndView("console/problem");
        page.addObject("problem", new ApiProblem(400, "MALFORMED_REQUEST", null, null, List.of()));
        page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        return page;
    }
}
