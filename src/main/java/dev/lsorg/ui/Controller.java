package dev.lsorg.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Status;
import dev.lsorg.audit.Finding;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.ui.dialog.WorkspacePicker;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.app.pane.ActivityPane;
import dev.lsorg.app.pane.FindingJump;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns key strokes into actions: text input for the filter, command line and picker, and the key table for
 * everything else. It reads the state and the pane views; it never changes state itself.
 */
final class Controller {
    private final KeyTable keys;
    private final Panes panes;
    private final CommandLine commandLine;
    private final Clock clock;
    private final Consumer<Action> out;
    private final java.util.function.Supplier<AppState> state;
    private final java.util.function.IntSupplier pageRows;
    // The pane an Enter on a finding or an activity record went to, and where from: Esc there (with no filter to
    // clear) goes back, as in k9s.
    private PaneId jumpedTo;
    private PaneId jumpedFrom;
    private ChangeController changes;
    private ChangeDialogKeys dialogKeys;

    Controller(KeyTable keys, Panes panes, CommandLine commandLine, Clock clock, Consumer<Action> out,
               java.util.function.Supplier<AppState> state, java.util.function.IntSupplier pageRows) {
        this.keys = keys;
        this.panes = panes;
        this.commandLine = commandLine;
        this.clock = clock;
        this.out = out;
        this.state = state;
        this.pageRows = pageRows;
    }

    /** Turns on the change keys and dialogs (the console works read-only without them). */
    void changes(ChangeController controller, ChangeDialogKeys keysInDialogs) {
        this.changes = controller;
        this.dialogKeys = keysInDialogs;
    }

    void onKey(KeyStroke k) {
        // Esc followed quickly by a key arrives as Alt+key (over ssh, tmux, or from fast fingers): treat it as both.
        if (k.getKeyType() == KeyType.Character && k.isAltDown() && !k.isCtrlDown()) {
            handle(new KeyStroke(KeyType.Escape));
            handle(new KeyStroke(k.getCharacter(), false, false));
        } else {
            handle(k);
        }
    }

    private void handle(KeyStroke k) {
        AppState s = state.get();
        String name = KeyNames.of(k);
        Overlay o = s.overlay();
        if (name.equals("C-c") && !(o instanceof Overlay.QuitConfirm)) {
            out.accept(new Action.OverlayChanged(new Overlay.QuitConfirm()));
        } else if (o instanceof Overlay.QuitConfirm) {
            out.accept(name.equals("y") || name.equals("q") || name.equals("C-c") ? new Action.QuitConfirmed()
                    : new Action.OverlayChanged(Overlay.NONE));
        } else if (o instanceof Overlay.FilterInput) {
            TextInput.filter(s, k, out);
        } else if (o instanceof Overlay.CommandLine cl) {
            commandKey(s, cl, k);
        } else if (o instanceof Overlay.Picker p) {
            pickerKey(s, p, k);
        } else if (o instanceof Overlay.Change ch) {
            if (dialogKeys != null) {
                dialogKeys.key(s, ch.dialog(), k);
            }
        } else {
            Command c = keys.lookup(ChromeView.context(s), name, s.connection().readOnly());
            if (c != null) {
                run(s, c);
            }
        }
    }

    private void run(AppState s, Command c) {
        Overlay o = s.overlay();
        if (o instanceof Overlay.Detail d) {
            detail(s, d, c);
        } else if (o instanceof Overlay.Help h) {
            help(h, c);
        } else {
            table(s, c);
        }
    }

    private void table(AppState s, Command c) {
        PaneId pane = s.pane();
        if (pane != jumpedTo) {
            jumpedTo = null;
        }
        switch (c) {
            case MOVE_UP -> move(s, -1);
            case MOVE_DOWN -> move(s, 1);
            case PAGE_UP -> move(s, -pageRows.getAsInt());
            case PAGE_DOWN -> move(s, pageRows.getAsInt());
            case FIRST -> move(s, Integer.MIN_VALUE / 2);
            case LAST -> move(s, Integer.MAX_VALUE / 2);
            case DETAIL -> open(s, pane == PaneId.AUDIT || pane == PaneId.ACTIVITY);
            case FILTER -> out.accept(new Action.OverlayChanged(new Overlay.FilterInput()));
            case CLEAR_FILTER -> clearFilterOrGoBack(s);
            case SORT_NEXT -> sortNext(s);
            case SORT_REVERSE -> out.accept(new Action.SortChanged(pane, Math.max(0, s.paneState(pane).sortColumn()),
                    !s.paneState(pane).descending()));
            case REFRESH -> refresh(pane.resources().isEmpty() ? EnumSet.noneOf(Resource.class)
                    : EnumSet.copyOf(pane.resources()));
            case REFRESH_ALL -> refresh(EnumSet.allOf(Resource.class));
            default -> tableMore(s, c);
        }
    }

    private void tableMore(AppState s, Command c) {
        switch (c) {
            case WORKSPACE_PICKER -> out.accept(new Action.OverlayChanged(new Overlay.Picker("",
                    Math.max(0, indexOfWorkspace(s)))));
            case COPY -> selected(s).ifPresent(r -> out.accept(new Action.CopyRequested(r.copy(),
                    r.copy() != null && r.copy().contains("@") ? "email" : "id", clock.instant())));
            case TOGGLE_DELETED -> {
                if (s.pane() == PaneId.AUDIT || s.pane() == PaneId.ACTIVITY) {
                    open(s, false);
                } else {
                    out.accept(new Action.DeletedToggled(PaneId.WORKSPACES));
                }
            }
            case NEXT_PANE -> out.accept(new Action.PaneSwitched(s.pane().step(1)));
            case PREV_PANE -> out.accept(new Action.PaneSwitched(s.pane().step(-1)));
            case HELP -> out.accept(new Action.OverlayChanged(new Overlay.Help(0)));
            case COMMAND_LINE -> out.accept(new Action.OverlayChanged(new Overlay.CommandLine("", -1, "")));
            case QUIT -> out.accept(new Action.QuitConfirmed());
            case INTERRUPT -> out.accept(new Action.OverlayChanged(new Overlay.QuitConfirm()));
            case JOURNAL -> out.accept(new Action.JournalRequested());
            default -> paneKey(s, c);
        }
    }

    private void paneKey(AppState s, Command c) {
        if (ChangeKeys.isChange(c) && changes != null) {
            changes.command(s, c);
        } else if (c.name().startsWith("PANE_")) {
            out.accept(new Action.PaneSwitched(PaneId.values()[Integer.parseInt(c.name().substring(5)) - 1]));
        }
    }

    // Esc undoes one thing: the jump from Audit or Activity, else the filter, else the message that stays on the status line.
    private void clearFilterOrGoBack(AppState s) {
        boolean noFilter = s.paneState(s.pane()).filter().isEmpty();
        if (s.pane() == jumpedTo && noFilter) {
            jumpedTo = null;
            out.accept(new Action.PaneSwitched(jumpedFrom));
        } else if (noFilter && s.status().sticky() && s.status().present()) {
            out.accept(new Action.StatusDismissed());
        } else {
            out.accept(new Action.FilterChanged(s.pane(), ""));
        }
    }

    // A finding or activity record is opened by going to its object; the row itself opens in the detail view (d).
    private void open(AppState s, boolean jump) {
        selected(s).ifPresent(r -> {
            Optional<FindingJump> target = !jump ? Optional.empty()
                    : r.source() instanceof Finding f ? Optional.of(FindingJump.of(f))
                    : r.source() instanceof ActivityRecord a ? activityPane().jump(a, s) : Optional.empty();
            if (target.isPresent()) {
                target.get().actions(clock.instant()).forEach(out);
                jumpedTo = target.get().pane();
                jumpedFrom = s.pane();
            } else {
                if (jump && r.source() instanceof ActivityRecord) {
                    out.accept(new Action.StatusShown(Status.info("Nothing this change touched is listed now; here is"
                            + " the record", clock.instant())));
                }
                out.accept(new Action.OverlayChanged(new Overlay.Detail(s.pane(), r.id(), false, 0)));
            }
        });
    }

    private ActivityPane activityPane() {
        return (ActivityPane) panes.get(PaneId.ACTIVITY);
    }

    private void refresh(EnumSet<Resource> what) {
        if (what.isEmpty()) {
            out.accept(new Action.StatusShown(Status.info("This pane fills itself as requests are made", clock.instant())));
        } else {
            out.accept(new Action.RefreshRequested(what, clock.instant()));
        }
    }

    private void move(AppState s, int delta) {
        RowView view = panes.view(s, s.pane());
        if (view.size() == 0) {
            return;
        }
        int cur = TableView.selectedIndex(s, s.pane(), view);
        long target = Math.max(0, Math.min((long) view.size() - 1, (long) cur + delta));
        out.accept(new Action.RowSelected(s.pane(), view.at((int) target).id()));
    }

    private void sortNext(AppState s) {
        var ps = s.paneState(s.pane());
        int n = panes.get(s.pane()).columns().size();
        int next = ps.sortColumn() + 1 >= n ? -1 : ps.sortColumn() + 1;
        out.accept(new Action.SortChanged(s.pane(), next, false));
    }

    private java.util.Optional<Row> selected(AppState s) {
        RowView view = panes.view(s, s.pane());
        return java.util.Optional.ofNullable(view.at(TableView.selectedIndex(s, s.pane(), view)));
    }

    private void detail(AppState s, Overlay.Detail d, Command c) {
        int page = pageRows.getAsInt();
        switch (c) {
            case MOVE_UP -> scroll(d, d.scroll() - 1);
            case MOVE_DOWN -> scroll(d, d.scroll() + 1);
            case PAGE_UP -> scroll(d, d.scroll() - page);
            case PAGE_DOWN -> scroll(d, d.scroll() + page);
            case FIRST -> scroll(d, 0);
            case LAST -> scroll(d, 1_000_000);
            case RAW_JSON -> out.accept(new Action.OverlayChanged(new Overlay.Detail(d.pane(), d.rowId(), !d.raw(), 0)));
            case BACK -> out.accept(new Action.OverlayChanged(Overlay.NONE));
            case COPY -> table(s, Command.COPY);
            case HELP -> out.accept(new Action.OverlayChanged(new Overlay.Help(0)));
            case INTERRUPT -> out.accept(new Action.OverlayChanged(new Overlay.QuitConfirm()));
            default -> { }
        }
    }

    private void scroll(Overlay.Detail d, int to) {
        out.accept(new Action.OverlayChanged(new Overlay.Detail(d.pane(), d.rowId(), d.raw(), Math.max(0, to))));
    }

    private void help(Overlay.Help h, Command c) {
        int page = pageRows.getAsInt();
        switch (c) {
            case MOVE_UP -> out.accept(new Action.OverlayChanged(new Overlay.Help(Math.max(0, h.scroll() - 1))));
            case MOVE_DOWN -> out.accept(new Action.OverlayChanged(new Overlay.Help(h.scroll() + 1)));
            case PAGE_UP -> out.accept(new Action.OverlayChanged(new Overlay.Help(Math.max(0, h.scroll() - page))));
            case PAGE_DOWN -> out.accept(new Action.OverlayChanged(new Overlay.Help(h.scroll() + page)));
            case BACK -> out.accept(new Action.OverlayChanged(Overlay.NONE));
            case INTERRUPT -> out.accept(new Action.OverlayChanged(new Overlay.QuitConfirm()));
            default -> { }
        }
    }

    private void commandKey(AppState s, Overlay.CommandLine cl, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter) {
            commandLine.run(cl.text(), clock.instant(), out);
        } else if (t == KeyType.Tab) {
            out.accept(new Action.OverlayChanged(commandLine.complete(cl.text())));
        } else if (t == KeyType.ArrowUp || t == KeyType.ArrowDown) {
            out.accept(new Action.OverlayChanged(TextInput.history(s.history(), cl, t == KeyType.ArrowUp)));
        } else {
            TextInput.edit(cl.text(), k).ifPresentOrElse(
                    text -> out.accept(new Action.OverlayChanged(new Overlay.CommandLine(text, -1, ""))),
                    () -> {
                        if (t == KeyType.Escape || (t == KeyType.Backspace && cl.text().isEmpty())) {
                            out.accept(new Action.OverlayChanged(Overlay.NONE));
                        }
                    });
        }
    }

    private void pickerKey(AppState s, Overlay.Picker p, KeyStroke k) {
        List<TenantForUser> matches = WorkspacePicker.matches(s.data().workspaces(), p.query());
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter && !matches.isEmpty()) {
            TenantForUser w = matches.get(Math.min(p.index(), matches.size() - 1));
            out.accept(new Action.WorkspaceSelected(w.id(), clock.instant()));
        } else if (t == KeyType.Escape) {
            out.accept(new Action.OverlayChanged(Overlay.NONE));
        } else if (t == KeyType.ArrowUp || t == KeyType.ArrowDown) {
            int i = Math.max(0, Math.min(matches.size() - 1, p.index() + (t == KeyType.ArrowUp ? -1 : 1)));
            out.accept(new Action.OverlayChanged(new Overlay.Picker(p.query(), i)));
        } else {
            TextInput.edit(p.query(), k).ifPresent(q -> out.accept(new Action.OverlayChanged(new Overlay.Picker(q, 0))));
        }
    }

    private static int indexOfWorkspace(AppState s) {
        List<TenantForUser> live = WorkspacePicker.matches(s.data().workspaces(), "");
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).id().equals(s.workspace())) {
                return i;
            }
        }
        return 0;
    }
}
