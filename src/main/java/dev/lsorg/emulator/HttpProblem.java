package dev.lsorg.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer on its way out of a handler: the status and the JSON body LangSmith would send. The body
 * never holds a secret, so the message is safe to log.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object body;

    private HttpProblem(int status, Object body, String message) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    Object body() {
        return body;
    }

    /** A FastAPI-style error: {@code {"detail": "..."}}. */
    static HttpProblem detail(int status, String detail) {
        return new HttpProblem(status, Map.of("detail", detail), status + " " + detail);
    }

    static HttpProblem unauthorized(String detail) {
        return detail(401, detail);
    }

    static HttpProblem forbidden(String detail) {
        return detail(403, detail);
    }

    static HttpProblem notFound(String detail) {
        return detail(404, detail);
    }

    static HttpProblem conflict(String detail) {
        return detail(409, detail);
    }

    static HttpProblem badRequest(String detail) {
        return detail(400, detail);
    }

    /** The 403 an org-scoped key gets on a workspace operation without {@code X-Tenant-Id}. */
    static HttpProblem orgKeyNeedsWorkspace() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "org_scoped_key_requires_workspace");
        body.put("detail", "Organization-scoped API keys must send X-Tenant-Id for workspace-scoped operations");
        return new HttpProblem(403, body, "403 org_scoped_key_requires_workspace");
    }

    /** A FastAPI 422 with every validation error found. */
    static HttpProblem validation(List<Map<String, Object>> errors) {
        return new HttpProblem(422, Map.of("detail", errors), "422 " + errors);
    }
}
