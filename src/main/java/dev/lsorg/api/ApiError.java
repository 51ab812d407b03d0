package dev.lsorg.api;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every way an API call can fail, as one closed set of values with a sentence for people; the layers above
 * {@code api} switch on these types and never see an HTTP status code.
 */
public sealed interface ApiError {
    /** One sentence that explains the failure to the person at the keyboard. */
    String message();

    /** Whether trying the same read again later may succeed. */
    default boolean transientFailure() {
        return this instanceof RateLimited || this instanceof ServerError || this instanceof Timeout
                || this instanceof Network;
    }

    /**
     * For a change: whether the request may have reached LangSmith and been applied although no reliable answer
     * says so (the connection broke after sending, no answer in time, an unreadable answer, a 5xx after the body
     * was sent). Such a change is neither done nor refused until the org is read again. Every other error is a
     * refusal: LangSmith said no, or (a refused connection) nothing was sent.
     */
    default boolean outcomeUnknown() {
        return this instanceof ServerError || this instanceof Timeout || this instanceof MalformedResponse
                || (this instanceof Network n && !n.refused());
    }

    /**
     * Whether LangSmith may still be working on the request: no complete answer came back (a timeout, a broken
     * connection, a gateway's 502 or 504), so a read made at once may not see a change that lands a moment later.
     */
    default boolean mayStillApply() {
        return this instanceof Timeout || (this instanceof Network n && !n.refused())
                || (this instanceof ServerError s && s.gateway());
    }

    /** The key is missing, wrong, revoked or expired. */
    record Unauthorized(String detail) implements ApiError {
        public String message() {
            return "LangSmith rejected the API key (missing, wrong, revoked or expired)" + suffix(detail);
        }
    }

    /**
     * The key may not do this: either it lacks {@code permission}, or it is an org-scoped key used on a
     * workspace operation without naming the workspace ({@code needsWorkspace}).
     */
    record Forbidden(String permission, boolean needsWorkspace, String detail) implements ApiError {
        public String message() {
            if (needsWorkspace) {
                return "This org-scoped key needs a workspace: the operation is workspace-scoped and must name"
                        + " its workspace (X-Tenant-Id)";
            }
            if (permission != null) {
                return "The key is not allowed to do this: it lacks the permission " + permission;
            }
            return "The key is not allowed to do this" + suffix(detail);
        }
    }

    /** The workspace, member, invite, role or key does not exist (any more). */
    record NotFound(String detail) implements ApiError {
        public String message() {
            return "Not found: it does not exist or was already removed" + suffix(detail);
        }
    }

    /** The server has the path but not this method on it (HTTP 405): an older server without the operation. */
    record MethodNotAllowed(String detail) implements ApiError {
        public String message() {
            return "This server does not offer the operation (HTTP 405)" + suffix(detail);
        }
    }

    /** The change collides with the current state (for example an invite that already exists). */
    record Conflict(String detail) implements ApiError {
        public String message() {
            return "Conflict with the current state of the org" + suffix(detail);
        }
    }

    /** LangSmith refused the request's content; one entry per field. */
    record Validation(List<FieldError> errors) implements ApiError {
        public Validation {
            errors = List.copyOf(errors);
        }

        public String message() {
            return "LangSmith refused the request: " + errors.stream().map(FieldError::text)
                    .collect(Collectors.joining("; "));
        }
    }

    /** One field LangSmith complained about ({@code field} is empty when the complaint is about the whole request). */
    record FieldError(String field, String message) {
        String text() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }

    /** Too many requests with this key; {@code retryAfter} is how long LangSmith asked us to wait. */
    record RateLimited(Duration retryAfter) implements ApiError {
        public String message() {
            return "Rate limited by LangSmith: try again in " + Math.max(1, (retryAfter.toMillis() + 999) / 1000) + " s";
        }
    }

    /**
     * LangSmith failed or was unavailable; {@code detail} names the HTTP answer for the log; {@code gateway} when a
     * proxy answered for it (502, 504), so LangSmith itself may still be working on the request.
     */
    record ServerError(String detail, boolean gateway) implements ApiError {
        /** A failure LangSmith itself answered with. */
        public ServerError(String detail) {
            this(detail, false);
        }

        public String message() {
            return "LangSmith failed to handle the request (" + detail + "); try again later";
        }
    }

    /** No complete answer within {@code after}. */
    record Timeout(Duration after) implements ApiError {
        public String message() {
            return "No answer from LangSmith within " + seconds(after);
        }
    }

    /**
     * The network failed; {@code refused} is true when the connection was never made, so the request provably
     * did not reach LangSmith.
     */
    record Network(String reason, boolean refused) implements ApiError {
        public String message() {
            return refused ? "Could not connect to LangSmith (" + reason + "); nothing was sent"
                    : "The connection to LangSmith broke before its answer came (" + reason + ")";
        }
    }

    /** LangSmith answered something lsorg cannot read as the expected JSON. */
    record MalformedResponse(String reason) implements ApiError {
        public String message() {
            return "LangSmith sent an answer lsorg could not read (" + reason + ")";
        }
    }

    private static String suffix(String detail) {
        return detail == null || detail.isBlank() ? "" : ": " + detail;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
