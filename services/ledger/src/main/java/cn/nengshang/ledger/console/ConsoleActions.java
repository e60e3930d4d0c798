package cn.nengshang.ledger.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the console's forms, uploads and document links do: one API request each, its answer shown in place. */
@Controller
class ConsoleActions {

    private final ConsoleApi api;

    ConsoleActions(ConsoleApi api) {
        this.api = api;
    }

    /**
     * A form sent: the request the form stands for, with the key it was rendered with (a second click writes nothing);
     * on success back to the page (with what was done), on a refusal the form again with the API's messages in place.
     */
    @PostMapping("/console/forms/{formId}")
    String submit(@AuthenticationPrincipal ConsoleUser user, @PathVariable String formId,
                  @RequestParam MultiValueMap<String, String> typed, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        ConsoleForms.Form form = ConsoleForms.find(formId)
                .orElseThrow(() -> new ApiProblem(404, "NOT_FOUND", null, null, List.of()));
        Map<String, String> vars = new LinkedHashMap<>();
        for (String name : form.variables()) {
            String value = typed.getFirst("path." + name);
            if (value == null || value.isBlank()) {
                throw new ApiProblem(400, "VALIDATION_FAILED", null, null, List.of(Map.of("field", name, "message", "—")));
            }
            vars.put(name, value);
        }
        String back = ConsolePages.local(typed.getFirst("back"));
        FormView view = new FormView(form, vars, Map.of(), Map.of(), null, null, typed.getFirst("key"), back);
        try {
            api.send(user, form.method(), ConsoleApi.path(form.path(), vars), ConsoleForms.body(form, typed::get),
                    view.key());
        } catch (ApiProblem problem) {
            if (problem.status() == 401) throw problem;
            Map<String, String> values = new LinkedHashMap<>();
            form.fields().forEach(f -> {
                List<String> given = typed.get(f.name());
                if (given != null) values.put(f.name(), String.join(", ", given));
            });
            model.addAttribute("f", view.refused(values, problem));
            response.setStatus(problem.status() >= 500 ? 502 : 422);
            return request.getHeader("HX-Request") != null ? "console/fragments :: editor" : "console/form-page";
        }
        String done = org.springframework.web.util.UriComponentsBuilder.fromUriString(back)
                .replaceQueryParam("done", formId).build().toUriString();
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", done);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        return "redirect:" + done;
    }

    /** A department's month uploaded as its workbook: submitted by the API; its answer (counts, refused rows) shown. */
    @PostMapping("/console/department/upload")
    String upload(@AuthenticationPrincipal ConsoleUser user, @RequestParam String department,
                  @RequestParam String month, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("month", month);
        model.addAttribute("departmentId", department);
        try {
            model.addAttribute("answer", api.upload(user, ConsoleApi.path("/departments/{d}/monthly-reports/{m}",
                    department, month), file.getOriginalFilename(), file.getBytes(), null));
        } catch (ApiProblem problem) {
            if (problem.status() == 401) throw problem;
            model.addAttribute("problem", problem);
        }
        return "console/department :: result";
    }

    /** A document of the API (a workbook, a PDF), fetched with the user's token and handed to the browser as served. */
    @GetMapping({"/console/files/**"})
    ResponseEntity<byte[]> file(@AuthenticationPrincipal ConsoleUser user, HttpServletRequest request) {
        String path = request.getRequestURI().substring("/console/files".length());
        if (!(path.endsWith(".xlsx") || path.endsWith(".pdf")) || path.contains("..")) {
            throw new ApiProblem(404, "NOT_FOUND", null, null, List.of());
        }
        String query = request.getQueryString();
        ConsoleApi.Download download = api.download(user, "/api/v1" + path + (query == null ? "" : "?" + query));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(download.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(download.contentType()));
        answer.header(HttpHeaders.CONTENT_DISPOSITION, download.disposition() != null ? download.disposition()
                : ContentDisposition.attachment().filename(path.substring(path.lastIndexOf('/') + 1)).build().toString());
        return answer.body(download.content());
    }
}
