package dev.lsorg.ui;

import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;
import java.util.List;
import java.util.Set;

/**
 * One row of the key table: the keys of a verb and the modes they work in. The same rows drive dispatch, the hint
 * bar, the help screen and the README's key table; what the verb does and says comes from the context on screen.
 *
 * @param verb  what the keys mean
 * @param keys  key names (see {@link KeyNames}); the first is shown in hints
 * @param modes where the keys work
 */
public record Binding(Verb verb, List<String> keys, Set<Mode> modes) {
    /** A binding. */
    public static Binding of(Verb v, List<String> keys, Set<Mode> modes) {
        return new Binding(v, List.copyOf(keys), modes);
    }

    /** The same binding with other keys (from a keymap file). */
    public Binding withKeys(List<String> other) {
        return new Binding(verb, List.copyOf(other), modes);
    }

    /** Short label for the hint bar, or "" to keep it out of the bar. */
    public String hint() {
        return verb.hint();
    }

    /** The sentence help shows. */
    public String help() {
        return verb.help();
    }

    /** Whether the verb changes the org. */
    public boolean mutating() {
        return verb.change();
    }
}
