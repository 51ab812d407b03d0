package dev.lsorg.app;

import java.time.Instant;
import java.util.Objects;

/**
 * Keeps keys typed ahead out of a dialog the user had not seen yet. The screen is drawn after each batch of keys
 * the terminal delivers, so a key read in the same batch as the Enter that opened a confirmation (a fast "Enter y",
 * a pasted line) would answer a question that was never on screen, and letters typed while a form was being checked
 * would land in the field it came back with. A key carries the {@link Overlay#sight()} of what was last drawn;
 * where the overlay on screen now asks for a different one, the key is not used, except Esc, which only ever
 * cancels. A dialog that sends (a confirmation) must also have been on screen for {@link #DWELL} before a key
 * answers it: over ssh the keys of a fast "Enter y" can arrive in two reads with a frame drawn between them, and
 * nobody reads a confirmation in a few milliseconds.
 */
public final class TypeAhead {
    /** The sight of a key whose context is known to be the one on screen. */
    public static final Object ANY = new Object() {
        @Override
        public String toString() {
            return "any";
        }
    };

    /** How long a confirmation is on screen before a key may answer it. */
    public static final java.time.Duration DWELL = java.time.Duration.ofMillis(300);

    /** The sight of a key typed too soon after a confirmation appeared: it matches no dialog. */
    public static final Object TOO_SOON = new Object() {
        @Override
        public String toString() {
            return "too soon";
        }
    };

    /** What the status line says when a key was not used. */
    public static final String NOT_USED = "Not used: typed before this was on screen; read it, then type again";

    private TypeAhead() {
    }

    /** Whether {@code i} reached a dialog that was not yet on screen when it was typed. */
    public static boolean unseen(AppState s, Action.Intended i) {
        Object wanted = s.overlay().sight();
        if (wanted == null || i.seen() == ANY || i.intent() == Verb.CANCEL) {
            return false;
        }
        // Typing the name a confirmation asks for is deliberate however soon it starts; only answers wait.
        return i.seen() == TOO_SOON ? !typingTheName(s, i.intent()) : !Objects.equals(wanted, i.seen());
    }

    private static boolean typingTheName(AppState s, Intent i) {
        return s.overlay() instanceof Overlay.Change ch && ch.dialog() instanceof ChangeDialog.Confirm c
                && c.mutation().typedConfirmation()
                && (i instanceof Intent.Typed || i == Verb.ERASE || i == Verb.CLEAR_LINE);
    }

    /** The state after a key that was not used: unchanged but for the status line saying so. */
    public static Step notUsed(AppState s, Instant at) {
        return Step.of(s.say(Status.info(NOT_USED, at), false));
    }
}
