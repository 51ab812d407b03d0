package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Resource;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.model.TenantForUser;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a {@code :} line runs: {@code ws}, {@code pane}, {@code theme}, {@code export}, {@code refresh},
 * {@code help}, {@code messages}, {@code journal}, {@code activity}, {@code profile} (or {@code ctx}) and {@code q};
 * any other line is a change in the shell's grammar ({@link ChangeStarts#line}).
 */
final class ConsoleCommands {
    static final List<String> NAMES = List.of("ws", "pane", "theme", "export", "refresh", "help", "q",
            "messages", "journal", "activity", "profile", "ctx", "quit");
    private final Panes panes;
    private final ChangeStarts starts;
    private final List<String> themes;
    private final Supplier<List<String>> profiles;

    ConsoleCommands(Panes panes, ChangeStarts starts, List<String> themes, Supplier<List<String>> profiles) {
        this.panes = panes;
        this.starts = starts;
        this.themes = themes;
        this.profiles = profiles;
    }

    /** Runs {@code line}. */
    void run(AppState s, String line, Out out) {
        String trimmed = line.strip();
        out.show(Overlay.NONE);
        if (trimmed.isEmpty()) {
            return;
        }
        out.add(new Action.CommandRun(trimmed));
        String[] parts = trimmed.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case "q", "quit" -> out.add(new Action.QuitConfirmed());
            case "ws" -> workspace(s, arg, out);
            case "pane" -> pane(arg, out);
            case "theme" -> theme(arg, out);
            case "export" -> export(s, arg, out);
            case "refresh" -> out.add(new Action.RefreshRequested(EnumSet.allOf(Resource.class), out.at()));
            case "help" -> out.show(new Overlay.Help(0));
            case "journal" -> out.add(new Action.JournalRequested());
            case "messages" -> out.add(new Action.MessagesRequested());
            case "activity" -> ActivityLine.run(s, arg, out);
            case "profile", "ctx" -> profile(arg, out);
            default -> unknown(s, trimmed, parts[0], out);
        }
    }

    private void unknown(AppState s, String line, String word, Out out) {
        if (!starts.line(s, line, out)) {
            out.warn("Unknown command '" + word + "' (try " + String.join(", ", NAMES.subList(0, 7)) + ")");
        }
    }

    private static void workspace(AppState s, String name, Out out) {
        List<TenantForUser> found = findWorkspaces(s, name);
        if (found.size() == 1) {
            out.add(new Action.WorkspaceSelected(found.get(0).id(), out.at()));
        } else {
            out.warn(found.isEmpty() ? "No workspace named '" + name + "'"
                    : "'" + name + "' matches " + found.size() + " workspaces; type more of the name");
        }
    }

    private static List<TenantForUser> findWorkspaces(AppState s, String name) {
        List<TenantForUser> all = s.data().workspaces();
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

    private static void pane(String name, Out out) {
        PaneId.find(name).ifPresentOrElse(p -> TableContext.go(p, out), () -> out.warn("No pane '" + name + "'"));
    }

    private void theme(String name, Out out) {
        if (name.isEmpty()) {
            out.warn("Usage: :theme NAME|FILE (" + String.join(", ", themes) + ")");
        } else {
            out.add(new Action.ThemeRequested(name, out.at()));
        }
    }

    // Another configured org, in place (k9s' contexts): the session is opened off the GUI thread.
    private void profile(String name, Out out) {
        List<String> known = profiles.get();
        if (name.isEmpty() || !known.contains(name)) {
            out.warn((name.isEmpty() ? "Usage: :profile NAME" : "No profile '" + name + "'") + (known.isEmpty()
                    ? " (the config file has no profiles)" : " (" + String.join(", ", known) + ")"));
        } else {
            out.add(new Action.ProfileRequested(name, out.at()));
        }
    }

    private void export(AppState s, String arg, Out out) {
        String[] a = arg.split("\\s+", 2);
        if (a.length < 2 || !(a[0].equals("csv") || a[0].equals("json"))) {
            out.warn("Usage: :export csv|json FILE");
            return;
        }
        out.add(Exports.of(panes.get(s.pane()).columns(), panes.view(s, s.pane()).rows(), Path.of(a[1]), a[0],
                out.at()));
    }
}
