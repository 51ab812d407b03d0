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

/**
 * The console's keys as data: one list of {@link Binding}s that dispatch looks keys up in, and that the hint bar
 * and the help screen are drawn from. A keymap file ({@code command = key key}) can rebind any command; clashes
 * are reported. Change keys (n e x Del i o a Space U) are marked mutating; {@link ChangeKeys} says what each does
 * in which pane.
 */
public final class KeyTable {
    private static final Set<KeyContext> TABLE = EnumSet.of(KeyContext.TABLE);
    private static final Set<KeyContext> ALL = EnumSet.allOf(KeyContext.class);
    private static final Set<KeyContext> SCROLLING = EnumSet.allOf(KeyContext.class);
    // A keymap is a few lines; anything larger is the wrong file and is not read.
    private static final int MAX_KEYMAP_BYTES = 64 * 1024;
    private final List<Binding> bindings;

    private KeyTable(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    /** The default keys. */
    public static KeyTable defaults() {
        List<Binding> b = new ArrayList<>();
        b.add(Binding.of(Command.MOVE_UP, List.of("Up", "k"), "", "Move up", SCROLLING));
        b.add(Binding.of(Command.MOVE_DOWN, List.of("Down", "j"), "move", "Move down", SCROLLING));
        b.add(Binding.of(Command.PAGE_UP, List.of("PgUp", "C-b"), "", "Page up", SCROLLING));
        b.add(Binding.of(Command.PAGE_DOWN, List.of("PgDn", "C-f"), "", "Page down", SCROLLING));
        b.add(Binding.of(Command.FIRST, List.of("g", "Home"), "", "First row", SCROLLING));
        b.add(Binding.of(Command.LAST, List.of("G", "End"), "", "Last row", SCROLLING));
        b.add(Binding.of(Command.DETAIL, List.of("Enter"), "detail",
                "Details of the selected row (Audit, Activity: go to its object)", TABLE));
        b.add(Binding.of(Command.RAW_JSON, List.of("y"), "json", "Raw JSON of the row (toggle)",
                EnumSet.of(KeyContext.DETAIL)));
        b.add(Binding.of(Command.BACK, List.of("Esc", "q"), "back", "Back to the table",
                EnumSet.of(KeyContext.DETAIL, KeyContext.HELP)));
        b.add(Binding.of(Command.FILTER, List.of("/"), "filter", "Filter rows (! inverts, Esc clears)", TABLE));
        b.add(Binding.of(Command.CLEAR_FILTER, List.of("Esc"), "", "Clear the filter (after a jump from Audit: go back)",
                TABLE));
        b.add(Binding.of(Command.SORT_NEXT, List.of("s"), "sort", "Sort by the next column", TABLE));
        b.add(Binding.of(Command.SORT_REVERSE, List.of("S"), "", "Reverse the sort", TABLE));
        b.add(Binding.of(Command.REFRESH, List.of("r"), "refresh", "Refresh this pane", TABLE));
        b.add(Binding.of(Command.REFRESH_ALL, List.of("R"), "", "Refresh everything", TABLE));
        b.add(Binding.of(Command.WORKSPACE_PICKER, List.of("w"), "ws", "Pick the workspace", TABLE));
        b.add(Binding.of(Command.COPY, List.of("c"), "copy", "Copy the row's id or email (OSC 52)",
                EnumSet.of(KeyContext.TABLE, KeyContext.DETAIL)));
        b.add(Binding.of(Command.TOGGLE_DELETED, List.of("d"), "",
                "Show or hide deleted workspaces (Audit, Activity: the row's details)", TABLE));
        b.add(Binding.of(Command.NEXT_PANE, List.of("Tab"), "", "Next pane", TABLE));
        b.add(Binding.of(Command.PREV_PANE, List.of("S-Tab"), "", "Previous pane", TABLE));
        panes(b);
        ChangeKeys.bindings(b);
        b.add(Binding.of(Command.HELP, List.of("?", "F1"), "help", "This help", EnumSet.of(KeyContext.TABLE,
                KeyContext.DETAIL)));
        b.add(Binding.of(Command.COMMAND_LINE, List.of(":"), "cmd", "Command line (:ws :pane :theme :export :q)",
                TABLE));
        b.add(Binding.of(Command.QUIT, List.of("q"), "quit", "Quit", TABLE));
        b.add(Binding.of(Command.INTERRUPT, List.of("C-c"), "", "Ask to quit", ALL));
        return new KeyTable(b);
    }

    private static void panes(List<Binding> b) {
        Command[] cmds = {Command.PANE_1, Command.PANE_2, Command.PANE_3, Command.PANE_4, Command.PANE_5,
                Command.PANE_6, Command.PANE_7, Command.PANE_8, Command.PANE_9};
        String[] names = {"Workspaces", "Members", "Workspace members", "API keys", "Roles", "Security", "Requests",
            "Audit", "Activity"};
        for (int i = 0; i < cmds.length; i++) {
            b.add(Binding.of(cmds[i], List.of(String.valueOf(i + 1)), "", "Go to " + names[i], TABLE));
        }
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
        Map<Command, List<String>> overrides = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("=", 2);
            Command c = kv.length == 2 ? Command.ofKey(kv[0].strip()) : null;
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
        bindings.forEach(b -> out.add(overrides.containsKey(b.command()) ? b.withKeys(overrides.get(b.command())) : b));
        KeyTable table = new KeyTable(out);
        problems.addAll(table.conflicts());
        return table;
    }

    /** Keys bound to two commands in the same context (Esc and q mean "back" outside the table by design). */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        Map<String, Command> seen = new HashMap<>();
        for (KeyContext ctx : KeyContext.values()) {
            seen.clear();
            for (Binding b : bindings(ctx, false)) {
                for (String k : b.keys()) {
                    Command other = seen.putIfAbsent(k, b.command());
                    if (other != null && other != b.command()) {
                        out.add("key '" + k + "' is bound to both " + other.key() + " and " + b.command().key()
                                + " in " + ctx.name().toLowerCase());
                    }
                }
            }
        }
        return out;
    }

    /** The command for key {@code name} in {@code ctx}, or null. */
    public Command lookup(KeyContext ctx, String name, boolean readOnly) {
        for (Binding b : bindings(ctx, readOnly)) {
            if (b.keys().contains(name)) {
                return b.command();
            }
        }
        return null;
    }

    /** The bindings that work in {@code ctx}; mutating ones are left out in read-only mode. */
    public List<Binding> bindings(KeyContext ctx, boolean readOnly) {
        return bindings.stream().filter(b -> b.contexts().contains(ctx) && !(readOnly && b.mutating())).toList();
    }

    /** Every binding, in table order (for help). */
    public List<Binding> all(boolean readOnly) {
        return bindings.stream().filter(b -> !(readOnly && b.mutating())).toList();
    }

    /** The first key of {@code c}, for messages like "press ? for help". */
    public String keyFor(Command c) {
        return bindings.stream().filter(b -> b.command() == c).map(b -> b.keys().get(0)).findFirst().orElse("?");
    }
}
