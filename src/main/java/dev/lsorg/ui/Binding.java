package dev.lsorg.ui;

import java.util.List;
import java.util.Set;

/**
 * One row of the key table: the keys of a command, where they work, and how hints and help describe them. The same
 * rows drive dispatch, the hint bar, the help screen and read-only mode.
 *
 * @param command  what the keys do
 * @param keys     key names (see {@link KeyNames}); the first is shown in hints
 * @param hint     short label for the bottom bar, or "" to keep it out of the bar
 * @param help     sentence for the help screen
 * @param contexts where the keys work
 * @param mutating changes the org: absent in read-only mode
 */
public record Binding(Command command, List<String> keys, String hint, String help, Set<KeyContext> contexts,
                      boolean mutating) {
    /** A read-only binding. */
    public static Binding of(Command c, List<String> keys, String hint, String help, Set<KeyContext> contexts) {
        return new Binding(c, List.copyOf(keys), hint, help, contexts, false);
    }

    /** A binding that changes the org: left out of dispatch, hints and help in read-only mode. */
    public static Binding change(Command c, List<String> keys, String help, Set<KeyContext> contexts) {
        return new Binding(c, List.copyOf(keys), "", help, contexts, true);
    }

    /** The same binding with other keys (from a keymap file). */
    public Binding withKeys(List<String> other) {
        return new Binding(command, List.copyOf(other), hint, help, contexts, mutating);
    }
}
