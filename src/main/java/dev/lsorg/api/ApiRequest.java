package dev.lsorg.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.model.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One API operation as a value, built but not sent: method, path, query, scope, JSON body and the type of the
 * answer. {@link LangSmithClient#send(ApiRequest)} sends it; {@link #preview()} shows exactly what would be sent,
 * with the key masked, for the confirm dialog and {@code --dry-run}.
 *
 * @param method       HTTP method
 * @param path         path below {@code /api/v1}, e.g. {@code /orgs/current/members}
 * @param query        query parameters in order (a list value repeats the parameter)
 * @param scope        org or workspace: decides the scope headers
 * @param body         the object serialised as the JSON body, or null for none
 * @param responseType the Java type the answer is decoded to ({@code Void} ignores it)
 * @param target       where it goes and as whom (base URL, org id, key short form)
 * @param <T>          the decoded answer
 */
public record ApiRequest<T>(String method, String path, Map<String, List<String>> query, Scope scope, Object body,
                            JavaType responseType, Target target) {

    /**
     * The destination of a request, for previews: API base URL, organization id (null until discovered) and the
     * key's short form.
     */
    public record Target(String apiBase, UUID organizationId, String keyShortForm) {
    }

    public ApiRequest {
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    /** Whether this request changes state (anything but GET): never retried unless provably unsent. */
    public boolean isMutation() {
        return !"GET".equals(method);
    }

    /** {@code "METHOD /api/v1/path"}, the name used in messages. */
    public String operation() {
        return method + " " + ClientConfig.API_PREFIX + path;
    }

    /** The path with its encoded query string, below the endpoint root. */
    public String pathAndQuery() {
        String q = query.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return ClientConfig.API_PREFIX + path + (q.isEmpty() ? "" : "?" + q);
    }

    /** The body as compact JSON, or null when there is none. */
    public String bodyJson() {
        return body == null ? null : writeJson(false);
    }

    /** What would be sent, headers included, with the key shown only in its short form. */
    public RequestPreview preview() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", target.keyShortForm() + " (masked)");
        headers.put("X-Organization-Id", target.organizationId() == null ? "(discovered from /orgs/current/info)"
                : target.organizationId().toString());
        if (scope instanceof Scope.Workspace w) {
            headers.put("X-Tenant-Id", w.workspaceId().toString());
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        String base = target.apiBase().substring(0, target.apiBase().length() - ClientConfig.API_PREFIX.length());
        return new RequestPreview(method, base + pathAndQuery(), headers, body == null ? null : writeJson(true));
    }

    private String writeJson(boolean pretty) {
        try {
            return pretty ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body)
                    : Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A query map built from name/value pairs; null values are skipped, lists repeat the parameter. */
    public static Map<String, List<String>> query(Object... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v instanceof List<?> list && !list.isEmpty()) {
                List<String> values = new ArrayList<>();
                list.forEach(x -> values.add(String.valueOf(x)));
                q.put((String) namesAndValues[i], values);
            } else if (v != null && !(v instanceof List<?>)) {
                q.put((String) namesAndValues[i], List.of(String.valueOf(v)));
            }
        }
        return q;
    }
}
