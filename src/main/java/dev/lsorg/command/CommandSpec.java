package dev.lsorg.command;

import java.util.List;
import java.util.Set;

/**
 * One command of the shell grammar as data: its name, usage line, summary, the flags it takes and the fixed words
 * its first argument may be. The parser, {@code help} and tab completion all read this one description.
 *
 * @param name       the verb
 * @param usage      the usage line shown by {@code help}
 * @param summary    one sentence on what it does
 * @param valueFlags flags that take a value ({@code --workspace NAME})
 * @param boolFlags  flags that stand alone ({@code --yes})
 * @param words      fixed words for the first argument ({@code workspaces}, {@code on}), empty if free
 * @param mutates    whether the command changes the org (hidden and refused in read-only mode)
 */
public record CommandSpec(String name, String usage, String summary, Set<String> valueFlags,
        Set<String> boolFlags, List<String> words, boolean mutates) {

    /** Every flag the command accepts. */
    public List<String> flags() {
        return java.util.stream.Stream.concat(valueFlags.stream(), boolFlags.stream()).sorted().toList();
    }
}
