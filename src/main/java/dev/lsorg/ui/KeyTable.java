package dev.lsorg.ui;

import dev.lsorg.config.ConfigException;
import dev.lsorg.config.TextFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;

/**
 * The console's keys as data: one list of {@link Binding}s that dispatch looks keys up in, and that the hint bar
 * and the help screen are drawn from. A keymap file ({@code verb = key key}) can rebind any verb outside an input;
 * clashes are reported. Change keys (n e x Del i o a Space U) are the change verbs; what each does in which pane,
 * and whether it can be used, the context on screen says ({@code app.console.ChangeOffers}).
 */
public final class KeyTable {
    private static final Set<Mode> TABLE = EnumSet.of(Mode.TABLE);
    private static final Set<Mode> VIEWING = EnumSet.of(Mode.TABLE, Mode.DETAIL, Mode.HELP);
    private static final Set<Mode> SCROLLING = VIEWING;
    private static final Set<Mode> INPUT = EnumSet.of(Mode.INPUT);
    // A keymap is a few lines; anything larger is the wrong file and is not read.
    private static final int MAX_KEYMAP_BYTES = 64 * 1024;
    private final List<Binding> bindings;

    private KeyTable(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    /** The default keys. */
    public static KeyTable defaults() {
        List<Binding> b = new ArrayList<>();
        b.add(Binding.of(Verb.MOVE_UP, List.of("Up", "k"), SCROLLING));
        b.add(Binding.of(Verb.MOVE_DOWN, List.of("Down", "j"), SCROLLING));
        b.add(Binding.of(Verb.PAGE_UP, List.of("PgUp", "C-b"), SCROLLING));
        b.add(Binding.of(Verb.PAGE_DOWN, List.of("PgDn", "C-f"), SCROLLING));
        b.add(Binding.of(Verb.FIRST, List.of("g", "Home"), SCROLLING));
        b.add(Binding.of(Verb.LAST, List.of("G", "End"), SCROLLING));
        b.add(Binding.of(Verb.LEFT, List.of("Left", "h"), TABLE));
        b.add(Binding.of(Verb.RIGHT, List.of("Right", "l"), TABLE));
        b.add(Binding.of(Verb.OPEN, List.of("Enter"), TABLE));
        b.add(Binding.of(Verb.DESCRIBE, List.of("d"), TABLE));
        b.add(Binding.of(Verb.RAW_JSON, List.of("y"), EnumSet.of(Mode.DETAIL)));
        b.add(Binding.of(Verb.BACK, List.of("Esc", "q"), EnumSet.of(Mode.DETAIL, Mode.HELP)));
        b.add(Binding.of(Verb.FILTER, List.of("/"), TABLE));
        b.add(Binding.of(Verb.CLEAR_FILTER, List.of("Esc"), TABLE));
        b.add(Binding.of(Verb.PREVIOUS_VIEW, List.of("-"), TABLE));
        b.add(Binding.of(Verb.SORT_NEXT, List.of("s"), TABLE));
        b.add(Binding.of(Verb.SORT_REVERSE, List.of("S"), TABLE));
        b.add(Binding.of(Verb.REFRESH, List.of("r"), TABLE));
        b.add(Binding.of(Verb.REFRESH_ALL, List.of("R"), TABLE));
        b.add(Binding.of(Verb.WORKSPACE_PICKER, List.of("w"), TABLE));
        b.add(Binding.of(Verb.COPY, List.of("c"), EnumSet.of(Mode.TABLE, Mode.DETAIL)));
        b.add(Binding.of(Verb.TOGGLE_DELETED, List.of("D"), TABLE));
        b.add(Binding.of(Verb.NEXT_PANE, List.of("Tab"), TABLE));
        b.add(Binding.of(Verb.PREV_PANE, List.of("S-Tab"), TABLE));
        for (int i = 1; i <= 9; i++) {
            b.add(Binding.of(Verb.valueOf("PANE_" + i), List.of(String.valueOf(i)), TABLE));
        }
        changes(b);
        b.add(Binding.of(Verb.HELP, List.of("?", "F1"), EnumSet.of(Mode.TABLE, Mode.DETAIL)));
        b.add(Binding.of(Verb.COMMAND_LINE, List.of(":"), TABLE));
        b.add(Binding.of(Verb.QUIT, List.of("q"), TABLE));
        b.add(Binding.of(Verb.INTERRUPT, List.of("C-c"), VIEWING));
        input(b);
        return new KeyTable(b);
    }

    private static void changes(List<Binding> b) {
        b.add(Binding.of(Verb.NEW, List.of("n"), TABLE));
        b.add(Binding.of(Verb.RENAME, List.of("e"), TABLE));
        b.add(Binding.of(Verb.INVITE, List.of("i"), TABLE));
        b.add(Binding.of(Verb.ADD, List.of("a"), TABLE));
        b.add(Binding.of(Verb.ROLE, List.of("o"), TABLE));
        b.add(Binding.of(Verb.DELETE, List.of("x", "Del"), TABLE));
        b.add(Binding.of(Verb.MARK, List.of("Space"), TABLE));
        b.add(Binding.of(Verb.UNSHARE, List.of("U"), TABLE));
        b.add(Binding.of(Verb.JOURNAL, List.of("J"), TABLE));
    }

    // While typing, only keys that cannot be typed mean something; every other character goes into the input.
    private static void input(List<Binding> b) {
        b.add(Binding.of(Verb.SUBMIT, List.of("Enter"), INPUT));
        b.add(Binding.of(Verb.CANCEL, List.of("Esc"), INPUT));
        b.add(Binding.of(Verb.COMPLETE, List.of("Tab"), INPUT));
        b.add(Binding.of(Verb.PREVIOUS, List.of("S-Tab"), INPUT));
        b.add(Binding.of(Verb.MOVE_UP, List.of("Up"), INPUT));
        b.add(Binding.of(Verb.MOVE_DOWN, List.of("Down"), INPUT));
        b.add(Binding.of(Verb.LEFT, List.of("Left"), INPUT));
        b.add(Binding.of(Verb.RIGHT, List.of("Right"), INPUT));
        b.add(Binding.of(Verb.PAGE_UP, List.of("PgUp"), INPUT));
        b.add(Binding.of(Verb.PAGE_DOWN, List.of("PgDn"), INPUT));
        b.add(Binding.of(Verb.ERASE, List.of("Backspace"), INPUT));
        b.add(Binding.of(Verb.CLEAR_LINE, List.of("C-u"), INPUT));
        b.add(Binding.of(Verb.INTERRUPT, List.of("C-c"), INPUT));
    }

    /** This table with the keymap file's bindings applied; problems (bad lines, clashes) go to {@code problems}. */
    public KeyTable withKeymap(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return this;
        }
        try {
            return withKeymap(file.toString(), TextFiles.read(file, MAX_KEYMAP_BYTES, "a keymap").lines().toList(),
                    problems);
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return this;
        }
    }

    /**
     * This table with keymap lines applied; {@code source} names them in problems. A problem names the line and says
     * what was expected, never what the line holds (a file named by mistake may hold a key).
     */
    public KeyTable withKeymap(String source, List<String> lines, List<String> problems) {
        Map<Verb, List<String>> overrides = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("=", 2);
            Verb c = kv.length == 2 ? Verb.ofKey(kv[0].strip()) : null;
            List<String> keys = c == null ? List.of() : Arrays.asList(kv[1].strip().split("\\s+"));
            String where = source + ":" + (i + 1) + ": ";
            if (c == null) {
                problems.add(where + (kv.length == 2 ? "unknown command (the names are listed in the README and help)"
                        : "expected 'command = key key'"));
            } else if (!keys.stream().allMatch(KeyNames::isValid)) {
                problems.add(where + c.key() + ": not a key name (a character, C-x, M-x, Up, Down, Enter, Esc, Tab,"
                        + " F1, Space ...)");
            } else {
                overrides.put(c, keys);
            }
        }
        List<Binding> out = new ArrayList<>();
        // The keys that edit typed text are fixed: a keymap rebinds what keys mean outside an input.
        bindings.forEach(b -> out.add(overrides.containsKey(b.verb()) && !b.modes().contains(Mode.INPUT)
                ? b.withKeys(overrides.get(b.verb())) : b));
        KeyTable table = new KeyTable(out);
        problems.addAll(table.conflicts());
        return table;
    }

    /** Keys bound to two commands in the same context (Esc and q mean "back" outside the table by design). */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        Map<String, Verb> seen = new HashMap<>();
        for (Mode ctx : Mode.values()) {
            seen.clear();
            for (Binding b : bindings(ctx, false)) {
                for (String k : b.keys()) {
                    Verb other = seen.putIfAbsent(k, b.verb());
                    if (other != null && other != b.verb()) {
                        out.add("key '" + k + "' is bound to both " + other.key() + " and " + b.verb().key()
                                + " in " + ctx.name().toLowerCase());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The verb for key {@code name} in {@code ctx}, or null. Change keys are found in read-only mode too: the
     * context says that the change is off, rather than the key doing nothing.
     */
    public Verb lookup(Mode ctx, String name, boolean readOnly) {
        for (Binding b : bindings(ctx, false)) {
            if (b.keys().contains(name)) {
                return b.verb();
            }
        }
        return null;
    }

    /** The bindings that work in {@code ctx}; mutating ones are left out in read-only mode. */
    public List<Binding> bindings(Mode ctx, boolean readOnly) {
        return bindings.stream().filter(b -> b.modes().contains(ctx) && !(readOnly && b.mutating())).toList();
    }

    /** Every binding, in table order (for help). */
    public List<Binding> all(boolean readOnly) {
        return bindings.stream().filter(b -> !(readOnly && b.mutating())).toList();
    }

    /** The first key of {@code v} outside an input, for messages like "press ? for help". */
    public String keyFor(Verb v) {
        return bindings.stream().filter(b -> b.verb() == v && !b.modes().contains(Mode.INPUT))
                .map(b -> b.keys().get(0)).findFirst().orElse("?");
    }
}
