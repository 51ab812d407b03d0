package dev.lsorg.app.mutation;

/**
 * What became of one request of a change. The server's answer makes it {@link #DONE} or {@link #REFUSED}; a
 * request whose answer was lost is unknown until the org is read again, which makes it
 * {@link #DONE_AFTER_CHECK}, {@link #NOT_DONE_AFTER_CHECK}, {@link #UNCHECKABLE} or, when the reads never got an
 * answer either, leaves it {@link #UNKNOWN}.
 */
public enum Verdict {
    /** LangSmith answered that it did it. */
    DONE("done"),
    /** LangSmith answered no (or the request provably never left: nothing was sent). */
    REFUSED("refused"),
    /** The answer was lost; reading the org again shows it done. */
    DONE_AFTER_CHECK("unknown → done"),
    /** The answer was lost; reading the org again shows it not done. */
    NOT_DONE_AFTER_CHECK("unknown → not done"),
    /** The answer was lost and no read can tell what happened. */
    UNCHECKABLE("unknown, cannot be checked"),
    /** The answer was lost and the reads that would tell got no answer either. */
    UNKNOWN("unknown, could not check");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict as people read it, e.g. {@code unknown → done}. */
    public String words() {
        return words;
    }

    /** Whether the request took effect, as far as is known. */
    public boolean done() {
        return this == DONE || this == DONE_AFTER_CHECK;
    }

    /** Whether it is known not to have taken effect. */
    public boolean notDone() {
        return this == REFUSED || this == NOT_DONE_AFTER_CHECK;
    }

    /** Whether what happened is still not known. */
    public boolean open() {
        return this == UNCHECKABLE || this == UNKNOWN;
    }
}
