package dev.lsorg.ui;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Status;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The {@code :} command line: runs {@code ws}, {@code pane}, {@code theme}, {@code export}, {@code refresh},
 * {@code help}, {@code messages}, {@code journal}, {@code activity} and {@code q}, and completes command names and
 * their arguments with Tab.
 */
final class CommandLine {
    static final List<String> COMMANDS = List.of("ws", "pane", "theme", "export", "refresh", "help", "q",
            "messages", "journal", "activity", "quit");

    /** What the console offers the command line. */
    interface Host {
        /** The state now. */
        AppState state();

        /** The shown rows and columns of the current pane (for export). */
        RowView view();

        /** The columns of the current pane. */
        List<Column> columns();

        /** Theme names for completion. */
        List<String> themes();

        /** Loads the theme off the GUI thread, then switches to it and reports in the status line. */
        void applyTheme(String name);

        /** Opens the confirmation for a change command (the shell's grammar); false when {@code line} is not one. */
        default boolean change(String line) {
            return false;
        }
    }

    private final Host host;

    CommandLine(Host host) {
        this.host = host;
    }

    /** Runs {@code line}, sending the resulting actions to {@code out}. */
    void run(String line, Instant now, Consumer<Action> out) {
        String trimmed = line.strip();
        out.accept(new Action.OverlayChanged(Overlay.NONE));
        if (trimmed.isEmpty()) {
            return;
        }
        out.accept(new Action.CommandRun(trimmed));
        String[] parts = trimmed.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case "q", "quit" -> out.accept(new Action.QuitConfirmed());
            case "ws" -> workspace(arg, now, out);
            case "pane" -> pane(arg, now, out);
            case "theme" -> theme(arg, now, out);
            case "export" -> export(arg, now, out);
            case "refresh" -> out.accept(new Action.RefreshRequested(EnumSet.allOf(Resource.class), now));
            case "help" -> out.accept(new Action.OverlayChanged(new Overlay.Help(0)));
            case "journal" -> out.accept(new Action.JournalRequested());
            case "messages" -> out.accept(new Action.MessagesRequested());
            case "activity" -> ActivityCommandLine.run(host.state(), arg, now, out);
            default -> unknown(trimmed, parts[0], now, out);
        }
    }

    private void unknown(String line, String word, Instant now, Consumer<Action> out) {
        if (!host.change(line)) {
            out.accept(new Action.StatusShown(Status.warn("Unknown command '" + word
                    + "' (try " + String.join(", ", COMMANDS.subList(0, 7)) + ")", now)));
        }
    }

    private void workspace(String name, Instant now, Consumer<Action> out) {
        List<TenantForUser> found = findWorkspaces(name);
        if (found.size() == 1) {
            out.accept(new Action.WorkspaceSelected(found.get(0).id(), now));
        } else {
            out.accept(new Action.StatusShown(Status.warn(found.isEmpty() ? "No workspace named '" + name + "'"
                    : "'" + name + "' matches " + found.size() + " workspaces; type more of the name", now)));
        }
    }

    private List<TenantForUser> findWorkspaces(String name) {
        List<TenantForUser> all = host.state().data().workspaces();
        if (all == null || name.isEmpty()) {
            return List.of();
        }
        String n = name.toLowerCase(Locale.ROOT);
        List<TenantForUser> live = all.stream().filter(w -> !w.isDeleted()).toList();
        List<TenantForUser> exact = live.stream().filter(w -> w.displayName().equalsIgnoreCase(n)
                || String.valueOf(w.id()).equals(n)).toList();
        return exact.isEmpty() ? live.stream().filter(w -> w.displayName().toLowerCase(Locale.ROOT).startsWith(n))
                .toList() : exact;
    }

    private static void pane(String name, Instant now, Consumer<Action> out) {
        PaneId.find(name).ifPresentOrElse(p -> out.accept(new Action.PaneSwitched(p)),
                () -> out.accept(new Action.StatusShown(Status.warn("No pane '" + name + "'", now))));
    }

    private void theme(String name, Instant now, Consumer<Action> out) {
        if (name.isEmpty()) {
            out.accept(new Action.StatusShown(Status.warn("Usage: :theme NAME|FILE (" + String.join(", ",
                    host.themes()) + ")", now)));
        } else {
            host.applyTheme(name);
        }
    }

    private void export(String arg, Instant now, Consumer<Action> out) {
        String[] a = arg.split("\\s+", 2);
        if (a.length < 2 || !(a[0].equals("csv") || a[0].equals("json"))) {
            out.accept(new Action.StatusShown(Status.warn("Usage: :export csv|json FILE", now)));
            return;
        }
        List<Column> cols = host.columns();
        List<String> header = cols.stream().map(Column::title).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Row r : host.view().rows()) {
            rows.add(Arrays.asList(r.cells()));
        }
        out.accept(new Action.ExportRequested(Path.of(a[1]), a[0], header, rows, now));
    }

    /** Completes {@code text}; returns the new text and a hint with the candidates when several remain. */
    Overlay.CommandLine complete(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return pick(text, "", COMMANDS.subList(0, 10), " ");
        }
        String cmd = text.substring(0, space);
        String arg = text.substring(space + 1);
        List<String> options = switch (cmd) {
            case "ws" -> workspaceNames();
            case "pane" -> Arrays.stream(PaneId.values()).map(PaneId::commandName).toList();
            case "theme" -> host.themes();
            case "export" -> arg.contains(" ") ? List.of() : List.of("csv", "json");
            case "activity" -> arg.contains(" ") ? List.of() : List.of("since", "op", "ws", "actor", "clear");
            default -> List.<String>of();
        };
        return pick(arg, cmd + " ", options, cmd.equals("export") || cmd.equals("activity") ? " " : "");
    }

    private List<String> workspaceNames() {
        List<TenantForUser> all = host.state().data().workspaces();
        return all == null ? List.of() : all.stream().filter(w -> !w.isDeleted()).map(TenantForUser::displayName)
                .toList();
    }

    private static Overlay.CommandLine pick(String word, String before, List<String> options, String after) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> hits = options.stream().filter(o -> o.toLowerCase(Locale.ROOT).startsWith(w)).toList();
        if (hits.isEmpty()) {
            return new Overlay.CommandLine(before + word, -1, "no completion for '" + word + "'");
        }
        if (hits.size() == 1) {
            return new Overlay.CommandLine(before + hits.get(0) + after, -1, "");
        }
        String common = commonPrefix(hits);
        String shown = String.join("  ", hits.size() > 12 ? hits.subList(0, 12) : hits);
        return new Overlay.CommandLine(before + (common.length() > word.length() ? common : word), -1, shown);
    }

    static String commonPrefix(List<String> words) {
        String p = words.get(0);
        for (String s : words) {
            int i = 0;
            while (i < p.length() && i < s.length()
                    && Character.toLowerCase(p.charAt(i)) == Character.toLowerCase(s.charAt(i))) {
                i++;
            }
            p = p.substring(0, i);
        }
        return p;
    }
}
