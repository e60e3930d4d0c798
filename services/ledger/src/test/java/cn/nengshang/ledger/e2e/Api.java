package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client of the real HTTP API, as an outside caller uses it: JSON in, status, headers and JSON out. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;
    private final Map<String, String> headers;

    Api(int port) {
        this("http://localhost:" + port + "/api/v1", null, Map.of());
    }

    /** A caller of the server's own paths outside the API, such as the OpenAPI document. */
    static Api server(int port) {
        return new Api("http://localhost:" + port, null, Map.of());
    }

    private Api(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The body as JSON, or as a text node when it is not JSON. */
    private static JsonNode parsed(String body) {
        if (body.isEmpty()) return JSON.nullNode();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    record Reply(int status, Map<String, List<String>> headers, JsonNode body, String text) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String code() {
            return body.path("code").asText(null);
        }
    }

    /** A caller holding a development token with these claims. */
    Api as(String sub, String institution, String department, String... roles) {
        ObjectNode request = JSON.createObjectNode().put("sub", sub);
        request.putArray("roles").addAll(java.util.Arrays.stream(roles).map(JSON.getNodeFactory()::textNode).toList());
        if (institution != null) request.put("institution", institution);
        if (department != null) request.put("department", department);
        Reply issued = post("/dev/tokens", request);
        if (issued.status() != 200) {
            throw new IllegalStateException("no token: " + issued);
        }
        return new Api(base, issued.body().path("token").asText(), headers);
    }

    String token() {
        return token;
    }

    /** A caller presenting this bearer token, whatever it holds. */
    Api bearer(String rawToken) {
        return new Api(base, rawToken, headers);
    }

    Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, token, more);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** Any method with a body sent as it is (not JSON-encoded), for requests a well-behaved client never makes. */
    Reply raw(String method, String path, String body) {
        return send(method, path, body == null ? null : new RawBody(body));
    }

    private record RawBody(String text) {
    }

    /** A file from a GET, as its bytes; the status and headers beside them. */
    record Download(int status, Map<String, List<String>> headers, byte[] bytes) {
    }

    Download download(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray(),
                r -> new Download(r.statusCode(), r.headers().map(), r.body()));
    }

    /** A file uploaded as a browser's form would send it: {@code multipart/form-data} with one part. */
    Reply upload(String path, String part, String filename, byte[] content) {
        String boundary = "----nengshang" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                r -> new Reply(r.statusCode(), r.headers().map(), parsed(r.body()), r.body()));
    }

    private <B, T> T exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<B> handler,
                              java.util.function.Function<HttpResponse<B>, T> reply) {
        if (token != null) request.header("Authorization", "Bearer " + token);
        headers.forEach(request::setHeader);
        try {
            return reply.apply(http.send(request.build(), handler));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof RawBody raw ? raw.text()
                            : body instanceof String s ? s : JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json");
            return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                    r -> new Reply(r.statusCode(), r.headers().map(), parsed(r.body()), r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
