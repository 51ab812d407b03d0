package dev.lsorg.app.console;

import dev.lsorg.app.Intent;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.util.List;
import java.util.Optional;

/** Line editing shared by the filter, the command line, the picker and the forms: typing, erasing, history. */
final class Editing {
    private Editing() {
    }

    /** The text after {@code i}, or empty when {@code i} does not edit text. */
    static Optional<String> edit(String text, Intent i) {
        if (i instanceof Intent.Typed t) {
            return Optional.of(text + t.text());
        }
        if (i == Verb.ERASE && !text.isEmpty()) {
            return Optional.of(text.substring(0, text.length() - 1));
        }
        return i == Verb.CLEAR_LINE ? Optional.of("") : Optional.empty();
    }

    /** Browses {@code history} from the command line; older with {@code up}. */
    static Overlay.CommandLine history(List<String> history, Overlay.CommandLine cl, boolean up) {
        if (history.isEmpty()) {
            return cl;
        }
        int pos = cl.history() < 0 ? history.size() : cl.history();
        pos = up ? Math.max(0, pos - 1) : pos + 1;
        if (pos >= history.size()) {
            return new Overlay.CommandLine("", -1, "");
        }
        return new Overlay.CommandLine(history.get(pos), pos, "");
    }
}
