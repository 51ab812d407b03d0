package dev.lsorg.app;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;

/**
 * Tells "this org's activity log cannot be read here" (the key lacks {@code organization:manage}, the plan has no
 * audit logs, the server has no such endpoint) from a passing failure, and says which in words. The console shows
 * the first in the Activity pane instead of an error, and the audit reports it instead of failing.
 */
public final class ActivityAccess {
    private ActivityAccess() {
    }

    /** Why the log is unavailable, or null when {@code failure} is a passing one (network, server, timeout). */
    public static String unavailable(Throwable failure) {
        ApiError e = ApiException.errorOf(failure);
        if (e instanceof ApiError.Forbidden f) {
            return f.permission() != null ? "the API key lacks the permission " + f.permission()
                    : "LangSmith refused it" + (f.detail() == null || f.detail().isBlank() ? "" : ": " + f.detail());
        }
        if (e instanceof ApiError.NotFound) {
            return "this LangSmith has no audit-log endpoint (404)";
        }
        return null;
    }

    /** Why the log could not be read, for any failure: {@link #unavailable} or the failure's own sentence. */
    public static String reason(Throwable failure) {
        String why = unavailable(failure);
        return why != null ? why : ApiException.errorOf(failure).message();
    }
}
