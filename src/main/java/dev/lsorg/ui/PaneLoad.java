package dev.lsorg.ui;

import dev.lsorg.app.AppState;
import dev.lsorg.app.LoadState;
import dev.lsorg.app.Resource;
import dev.lsorg.app.pane.Pane;

/**
 * Whether a pane's data has ever arrived, and what an empty pane says accordingly: "Loading workspaces…" before the
 * first answer, the error after a failed first load, and the pane's own "Nothing here." only once a load succeeded
 * with no rows. An empty table during the first load would otherwise read as an empty org.
 */
final class PaneLoad {
    private PaneLoad() {
    }

    /** The first load of one of the pane's resources has neither succeeded nor failed yet. */
    static boolean pending(AppState s, Pane pane) {
        return pane.id().resources().stream().map(r -> effective(s, r))
                .anyMatch(l -> l.loadedAt() == null && l.error() == null);
    }

    /** The error of a first load that failed (the pane has never had data), or null. */
    static String firstLoadError(AppState s, Pane pane) {
        return pane.id().resources().stream().map(r -> effective(s, r))
                .filter(l -> l.loadedAt() == null && l.error() != null).map(LoadState::error).findFirst()
                .orElse(null);
    }

    /** What the table says when it has no rows to show. */
    static String emptyText(AppState s, Pane pane, String ellipsis) {
        // While the first load runs there is nothing yet to match: "no rows match" would claim the filter found none.
        String error = firstLoadError(s, pane);
        if (error != null) {
            return "Could not load " + noun(pane) + ": " + error + " (r retries)";
        }
        if (pending(s, pane)) {
            return "Loading " + noun(pane) + ellipsis;
        }
        return s.paneState(pane.id()).filter().isEmpty() ? pane.emptyText(s)
                : "No rows match the filter (Esc clears it).";
    }

    /** The row count for the title: {@code ellipsis} while the first load runs, "?" after it failed. */
    static String count(AppState s, Pane pane, int shown, int total, String ellipsis) {
        if (total == 0 && firstLoadError(s, pane) != null) {
            return "?";
        }
        if (total == 0 && pending(s, pane)) {
            return ellipsis;
        }
        return shown == total ? String.valueOf(total) : shown + "/" + total;
    }

    // A resource never asked for is waiting for the workspace list (the member lists need a workspace) or for the
    // first tick, so it shares that list's fate: pending while it is, failed if it failed.
    private static LoadState effective(AppState s, Resource r) {
        LoadState l = s.load(r);
        return l.seq() == 0 && r != Resource.WORKSPACES ? s.load(Resource.WORKSPACES) : l;
    }

    // "workspaces", "workspace members", but "API keys" keeps its capitals.
    private static String noun(Pane pane) {
        String t = pane.id().title();
        boolean acronym = t.length() > 1 && Character.isUpperCase(t.charAt(1));
        return acronym ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}
