package dev.lsorg.app;

import java.time.Instant;
import java.util.Objects;

/**
 * Keeps keys typed ahead out of a dialog the user had not seen yet. The screen is drawn after each batch of keys
 * the terminal delivers, so a key read in the same batch as the Enter that opened a confirmation (a fast "Enter y",
 * a pasted line) would answer a question that was never on screen, and letters typed while a form was being checked
 * would land in the field it came back with. A key carries the {@link Overlay#sight()} of what was last drawn;
 * where the overlay on screen now asks for a different one, the key is not used, except Esc, which only ever
 * cancels.
 */
public final class TypeAhead {
    /** The sight of a key whose context is known to be the one on screen. */
    public static final Object ANY = new Object() {
        @Override
        public String toString() {
            return "any";
        }
    };

    /** What the status line says when a key was not used. */
    public static final String NOT_USED = "Not used: keys typed before this was on screen (read it, then type again)";

    private TypeAhead() {
    }

    /** Whether {@code i} reached a dialog that was not yet on screen when it was typed. */
    public static boolean unseen(AppState s, Action.Intended i) {
        Object wanted = s.overlay().sight();
        return wanted != null && i.seen() != ANY && i.intent() != Verb.CANCEL && !Objects.equals(wanted, i.seen());
    }

    /** The state after a key that was not used: unchanged but for the status line saying so. */
    public static Step notUsed(AppState s, Instant at) {
        return Step.of(s.say(Status.info(NOT_USED, at), false));
    }
}
