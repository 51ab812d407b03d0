package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import dev.lsorg.model.TenantForUser;
import java.util.List;
import java.util.Locale;

/** The workspace picker: type to narrow the list, Up/Down to choose, Enter picks, Esc cancels. */
public final class PickerContext implements Context {
    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.SUBMIT, "pick", "Pick the highlighted workspace", null),
                new Offer(Verb.CANCEL, "cancel", "Close the picker", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.Picker p)) {
            return;
        }
        List<TenantForUser> matches = matches(s.data().workspaces(), p.query());
        if (i == Verb.SUBMIT && !matches.isEmpty()) {
            TenantForUser w = matches.get(Math.min(p.index(), matches.size() - 1));
            out.add(new Action.WorkspaceSelected(w.id(), out.at()));
        } else if (i == Verb.CANCEL) {
            out.show(Overlay.NONE);
        } else if (i == Verb.MOVE_UP || i == Verb.MOVE_DOWN) {
            int to = Math.max(0, Math.min(matches.size() - 1, p.index() + (i == Verb.MOVE_UP ? -1 : 1)));
            out.show(new Overlay.Picker(p.query(), to));
        } else {
            Editing.edit(p.query(), i).ifPresent(q -> out.show(new Overlay.Picker(q, 0)));
        }
    }

    /** Live workspaces whose name or handle contains {@code query}, case-insensitively. */
    public static List<TenantForUser> matches(List<TenantForUser> all, String query) {
        if (all == null) {
            return List.of();
        }
        String q = query.toLowerCase(Locale.ROOT);
        return all.stream().filter(w -> !w.isDeleted())
                .filter(w -> contains(w.displayName(), q) || contains(w.tenantHandle(), q)).toList();
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }
}
