package dev.lsorg.app.mutation;

import java.util.UUID;

/**
 * What one read of the org says about a change whose answer was lost: it is there, it is not (yet) there, or no
 * read can tell; in words a person can check, and for a new object the id it was found under.
 *
 * @param done    true when the change is visible, false when it is not, null when no read can tell
 * @param words   the evidence, e.g. {@code an invite for ann@x.com is pending}
 * @param subject the id of the object found (a new key, a new workspace), or null
 */
public record Evidence(Boolean done, String words, UUID subject) {
    /** The change is visible in the org. */
    static Evidence done(String words) {
        return new Evidence(Boolean.TRUE, words, null);
    }

    /** The change is visible: {@code subject} is the object it made. */
    static Evidence found(String words, UUID subject) {
        return new Evidence(Boolean.TRUE, words, subject);
    }

    /** The change is not visible (yet). */
    static Evidence notDone(String words) {
        return new Evidence(Boolean.FALSE, words, null);
    }

    /** No read can tell whether the change happened. */
    static Evidence cannotTell(String words) {
        return new Evidence(null, words, null);
    }
}
