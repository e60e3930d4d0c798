package cn.nengshang.ledger.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The product's own API, called over the loopback with the signed-in user's token: what the console shows and does
 * is exactly what the API answers to that user, checks, scope, idempotence and audit included.
 */
@Component
class ConsoleApi {

    private static final String PREFIX = "/api/v1";
    private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {
    };

    private final ApplicationContext context;
    private final ObjectMapper json;
    private final String configuredBase;
    private volatile RestClient client;

    ConsoleApi(ApplicationContext context, ObjectMapper json,
               @Value("${nengshang.console.api-url:}") String configuredBase) {
        this.context = context;
        this.json = json;
        this.configuredBase = configuredBase;
    }

    /** A path under {@code /api/v1} with its variables encoded as whole segments (a '/' in one stays inside it). */
    static String path(String template, Map<String, ?> variables) {
        return UriComponentsBuilder.fromPath(PREFIX + template).encode().buildAndExpand(variables).toUriString();
    }

    static String path(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(PREFIX + template).encode().buildAndExpand(variables).toUriString();
    }

    /** A read: the answer as maps and lists. */
    Object get(ConsoleUser user, String path) {
        return exchange(user, HttpMethod.GET, path, null, null, null);
    }

    /** A read that may find nothing: null for 404. */
    Object find(ConsoleUser user, String path) {
        try {
            return get(user, path);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) return null;
            throw problem;
        }
    }

    /** A write with its JSON body, idempotent by the key the form was rendered with. */
    Object send(ConsoleUser user, HttpMethod method, String path, Object body, String idempotencyKey) {
        return exchange(user, method, path, body, MediaType.APPLICATION_JSON, idempotencyKey);
    }

    /** A workbook uploaded as the API's multipart {@code file} part. */
    Object upload(ConsoleUser user, String path, String filename, byte[] content, String idempotencyKey) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename == null || filename.isBlank() ? "upload.xlsx" : filename;
            }
        });
        return exchange(user, HttpMethod.POST, path, parts, MediaType.MULTIPART_FORM_DATA, idempotencyKey);
    }

    record Download(byte[] content, String contentType, String disposition) {
    }

    /** A document (a workbook, a PDF) as the API serves it. */
    Download download(ConsoleUser user, String pathAndQuery) {
        return request(user, HttpMethod.GET, pathAndQuery, null, null, null).exchange((req, res) -> {
            byte[] body = res.getBody().readAllBytes();
            if (res.getStatusCode().isError()) throw problem(res.getStatusCode().value(), body);
            return new Download(body, res.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                    res.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        });
    }

    private Object exchange(ConsoleUser user, HttpMethod method, String path, Object body, MediaType type,
                            String idempotencyKey) {
        return request(user, method, path, body, type, idempotencyKey).exchange((req, res) -> {
            byte[] answer = res.getBody().readAllBytes();
            if (res.getStatusCode().isError()) throw problem(res.getStatusCode().value(), answer);
            return answer.length == 0 ? null : json.readValue(answer, Object.class);
        });
    }

    private RestClient.RequestBodySpec request(ConsoleUser user, HttpMethod method, String path, Object body,
                                               MediaType type, String idempotencyKey) {
        RestClient.RequestBodySpec spec = client().method(method).uri(base() + path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token())
                .header(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
        if (idempotencyKey != null && !idempotencyKey.isBlank()) spec.header("Idempotency-Key", idempotencyKey);
        if (body != null) spec.contentType(type).body(body);
        return spec;
    }

    private ApiProblem problem(int status, byte[] body) {
        try {
            Map<String, Object> problem = body.length == 0 ? Map.of() : json.readValue(body, PROBLEM);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = problem.get("errors") instanceof List<?> list
                    ? (List<Map<String, Object>>) list : List.of();
            return new ApiProblem(status, String.valueOf(problem.getOrDefault("code", "HTTP_" + status)),
                    (String) problem.get("title"), (String) problem.get("detail"), errors);
        } catch (IOException e) {
            return new ApiProblem(status, "HTTP_" + status, null, null, List.of());
        }
    }

    private RestClient client() {
        if (client == null) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
            factory.setReadTimeout(Duration.ofMinutes(2));
            client = RestClient.builder().requestFactory(factory).build();
        }
        return client;
    }

    private String base() {
        if (configuredBase != null && !configuredBase.isBlank()) return configuredBase;
        if (context instanceof WebServerApplicationContext web) {
            return "http://127.0.0.1:" + web.getWebServer().getPort();
        }
        throw new UncheckedIOException(new IOException("the console needs nengshang.console.api-url outside a web server"));
    }
}
