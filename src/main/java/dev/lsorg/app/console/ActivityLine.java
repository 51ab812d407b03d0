package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.ActivityFilter;
import dev.lsorg.app.ActivitySpan;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.TenantForUser;
import java.util.List;
import java.util.Locale;

/**
 * The {@code :activity} line: {@code since 24h}, {@code op delete_org_member}, {@code ws Research},
 * {@code actor ana} (the rest of the line), {@code all} for an operation or workspace, and {@code clear}; several
 * may follow each other ({@code :activity since 30d op delete_org_member}). It goes to the Activity pane.
 */
final class ActivityLine {
    static final String USAGE = "Usage: :activity since 24h | op NAME | ws NAME | actor TEXT | clear";
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("since", "last", "op", "operation", "ws",
            "workspace", "actor", "clear");

    private ActivityLine() {
    }

    /** Runs {@code :activity arg} in state {@code s}. */
    static void run(AppState s, String arg, Out out) {
        if (arg.isBlank()) {
            TableContext.go(PaneId.ACTIVITY, out);
            out.info(USAGE);
            return;
        }
        try {
            out.add(new Action.ActivityFilterChanged(parse(s, s.activity().filter(), arg.strip()), out.at()));
        } catch (IllegalArgumentException e) {
            out.warn(":activity: " + e.getMessage());
        }
    }

    static ActivityFilter parse(AppState s, ActivityFilter f, String arg) {
        String[] words = arg.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("clear")) {
                f = ActivityFilter.DEFAULT;
                continue;
            }
            if (w.equals("actor")) {
                return f.withActor(String.join(" ", List.of(words).subList(i + 1, words.length)));
            }
            if (i + 1 >= words.length) {
                throw new IllegalArgumentException("'" + w + "' needs a value. " + USAGE);
            }
            // A workspace name may have spaces: it runs up to the next keyword.
            int end = w.startsWith("w") ? nextKeyword(words, i + 1) : i + 2;
            String v = String.join(" ", List.of(words).subList(i + 1, end));
            i = end - 1;
            f = switch (w) {
                case "since", "last" -> f.withWindow(ActivitySpan.parse(v));
                case "op", "operation" -> f.withOperation(v.equalsIgnoreCase("all") ? null : operation(v));
                case "ws", "workspace" -> f.withWorkspace(v.equalsIgnoreCase("all") ? null : workspace(s, v));
                default -> throw new IllegalArgumentException("unknown word '" + w + "'. " + USAGE);
            };
        }
        return f;
    }

    private static int nextKeyword(String[] words, int from) {
        int i = from + 1;
        while (i < words.length && !KEYWORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }

    private static String operation(String v) {
        if (!v.matches("[a-z][a-z_]{0,99}")) {
            throw new IllegalArgumentException("an operation is a name such as delete_org_member");
        }
        return v;
    }

    private static java.util.UUID workspace(AppState s, String name) {
        List<TenantForUser> all = s.data().workspaces() == null ? List.of() : s.data().workspaces();
        List<TenantForUser> hits = all.stream().filter(w -> w.displayName().equalsIgnoreCase(name)
                || w.id().toString().equalsIgnoreCase(name)).toList();
        if (hits.isEmpty()) {
            hits = all.stream().filter(w -> !w.isDeleted()
                    && w.displayName().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))).toList();
        }
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.isEmpty() ? "no workspace named '" + name + "'"
                    : "'" + name + "' matches " + hits.size() + " workspaces; type more of the name");
        }
        return hits.get(0).id();
    }
}
