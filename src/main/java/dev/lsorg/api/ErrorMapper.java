package dev.lsorg.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTTP answers and transport failures into {@link ApiError}s: the one place that reads status codes and
 * LangSmith's error bodies ({@code {"detail": ...}}, FastAPI's 422 list, the {@code org_scoped_key_requires_workspace}
 * 403).
 */
final class ErrorMapper {
    private static final Pattern PERMISSION = Pattern.compile("\\b(organization|workspaces|projects|prompts)(:[a-z-]+)+");
    private static final int MAX_DETAIL = 300;

    private ErrorMapper() {
    }

    /** The error for a non-2xx answer. */
    static ApiError fromStatus(int status, String retryAfter, String body) {
        JsonNode json = parse(body);
        String detail = detail(json, body);
        return switch (status) {
            case 400 -> new ApiError.Validation(List.of(new ApiError.FieldError("", nonEmpty(detail, "bad request"))));
            case 401 -> new ApiError.Unauthorized(detail);
            case 403 -> forbidden(json, detail);
            case 404 -> new ApiError.NotFound(detail);
            case 405 -> new ApiError.MethodNotAllowed(detail);
            case 409 -> new ApiError.Conflict(detail);
            case 422 -> validation(json, detail);
            case 429 -> new ApiError.RateLimited(retryAfter(retryAfter).orElse(Duration.ofSeconds(1)));
            default -> new ApiError.ServerError("HTTP " + status + (detail == null ? "" : ": " + detail),
                    status == 502 || status == 504);
        };
    }

    /** The error for a request that got no HTTP answer. */
    static ApiError fromFailure(Throwable t, Duration requestTimeout) {
        if (t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException) {
            return new ApiError.Timeout(requestTimeout);
        }
        if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
            // the TCP connection never opened: the request provably did not reach the server
            return new ApiError.Network(reason(t), true);
        }
        // closed or reset mid-exchange (HttpClosedException, IOException): the server may have acted on it
        return new ApiError.Network(reason(t), false);
    }

    private static String reason(Throwable t) {
        if (t instanceof UnknownHostException) {
            return "unknown host " + t.getMessage();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : truncate(m);
    }

    private static ApiError forbidden(JsonNode json, String detail) {
        boolean needsWorkspace = json != null && "org_scoped_key_requires_workspace".equals(json.path("error").asText());
        String permission = null;
        if (detail != null) {
            Matcher m = PERMISSION.matcher(detail);
            permission = m.find() ? m.group() : null;
        }
        return new ApiError.Forbidden(permission, needsWorkspace, detail);
    }

    private static ApiError validation(JsonNode json, String detail) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        JsonNode list = json == null ? null : json.get("detail");
        if (list != null && list.isArray()) {
            list.forEach(e -> errors.add(new ApiError.FieldError(field(e.path("loc")), e.path("msg").asText("invalid"))));
        }
        if (errors.isEmpty()) {
            errors.add(new ApiError.FieldError("", nonEmpty(detail, "invalid request")));
        }
        return new ApiError.Validation(errors);
    }

    /** {@code ["body", "email"]} → {@code email}; the location word is kept only when nothing follows it. */
    private static String field(JsonNode loc) {
        List<String> parts = new ArrayList<>();
        loc.forEach(p -> parts.add(p.asText()));
        if (parts.size() > 1 && List.of("body", "query", "path", "header").contains(parts.get(0))) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static String detail(JsonNode json, String body) {
        if (json == null) {
            return body == null || body.isBlank() ? null : truncate(body.strip());
        }
        for (String name : List.of("detail", "message", "error")) {
            JsonNode n = json.get(name);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                return truncate(n.asText());
            }
        }
        return null;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode n = Json.mapper().readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable error body still yields an error with the raw text as detail
        }
    }

    /** {@code Retry-After} as seconds or an HTTP date. */
    static java.util.Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return java.util.Optional.empty();
        }
        String h = header.strip();
        try {
            return java.util.Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(h) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return java.util.Optional.empty();
            }
        }
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String truncate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX_DETAIL ? one : one.substring(0, MAX_DETAIL) + "…";
    }
}
