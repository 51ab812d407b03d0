package dev.lsorg.serve;

/** A problem that stops {@code lsorg serve} before it serves anyone, told in one line the operator can act on. */
public final class ServeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem with this one-line message. */
    public ServeException(String message) {
        super(message);
    }
}
