package dev.lsorg.api;

/**
 * The exception every failed {@code Future} of the api layer carries: it wraps one {@link ApiError} and names the
 * operation ({@code "POST /api/v1/orgs/current/members"}) in its message. It never contains a key and has no stack
 * trace worth printing, so it skips capturing one.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiError error;
    private final String operation;

    /** Wraps {@code error} raised by {@code operation}. */
    public ApiException(ApiError error, String operation) {
        super(operation + ": " + error.message(), null, false, false);
        this.error = error;
        this.operation = operation;
    }

    /** What went wrong. */
    public ApiError error() {
        return error;
    }

    /** Method and path of the failed operation. */
    public String operation() {
        return operation;
    }

    /**
     * The {@link ApiError} behind any failure of an api future; anything else (a bug) becomes a
     * {@link ApiError.MalformedResponse} so that callers can always switch on the error.
     */
    public static ApiError errorOf(Throwable t) {
        if (t instanceof ApiException e) {
            return e.error();
        }
        return new ApiError.MalformedResponse(t == null ? "unknown failure" : t.getClass().getSimpleName());
    }
}
