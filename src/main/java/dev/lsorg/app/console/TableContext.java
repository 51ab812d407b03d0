package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.PaneState;
import dev.lsorg.app.Place;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Verb;
import dev.lsorg.app.pane.ActivityPane;
import dev.lsorg.app.pane.FindingJump;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.SortKeys;
import dev.lsorg.audit.Finding;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A pane's table: moving, filtering, sorting, refreshing, opening a row (or going to a finding's or an activity
 * record's object, with Esc to come back), switching panes, and the pane's change verbs.
 */
final class TableContext implements Context {
    private final Panes panes;
    private final Selection selection;
    private final ChangeStarts starts;
    private final ChangeOffers changeOffers;

    TableContext(Panes panes, Selection selection, ChangeStarts starts, ChangeOffers changeOffers) {
        this.panes = panes;
        this.selection = selection;
        this.starts = starts;
        this.changeOffers = changeOffers;
    }

    @Override
    public Mode mode() {
        return Mode.TABLE;
    }

    /** The pane's own keys first, then the verbs that work alike in every pane. */
    @Override
    public List<Offer> offers(AppState s) {
        List<Offer> out = new ArrayList<>(changeOffers.offers(s));
        for (Verb v : GLOBAL) {
            if (out.stream().noneMatch(o -> o.verb() == v)) {
                out.add(v == Verb.LEFT || v == Verb.RIGHT ? new Offer(v, "", v == Verb.LEFT
                        ? "Scroll the columns left (the first stays)" : "Scroll the columns right, to what is cut",
                        null) : Offer.of(v));
            }
        }
        return out;
    }

    // The verbs every pane's table answers to alike, in the order help lists them.
    private static final List<Verb> GLOBAL = List.of(Verb.MOVE_UP, Verb.MOVE_DOWN, Verb.PAGE_UP, Verb.PAGE_DOWN,
            Verb.FIRST, Verb.LAST, Verb.LEFT, Verb.RIGHT, Verb.OPEN, Verb.FILTER, Verb.CLEAR_FILTER, Verb.PREVIOUS_VIEW, Verb.SORT_NEXT,
            Verb.SORT_REVERSE, Verb.REFRESH, Verb.REFRESH_ALL, Verb.WORKSPACE_PICKER, Verb.COPY, Verb.NEXT_PANE,
            Verb.PREV_PANE, Verb.PANE_1, Verb.PANE_2, Verb.PANE_3, Verb.PANE_4, Verb.PANE_5, Verb.PANE_6,
            Verb.PANE_7, Verb.PANE_8, Verb.PANE_9, Verb.JOURNAL, Verb.HELP, Verb.COMMAND_LINE, Verb.QUIT,
            Verb.INTERRUPT);

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (i instanceof Intent.Typed t) {
            sortBy(s, t.text(), out);
            return;
        }
        if (i instanceof Intent.Clicked c) {
            clicked(s, c.rowId(), out);
            return;
        }
        if (!(i instanceof Verb v)) {
            return;
        }
        PaneId pane = s.pane();
        switch (v) {
            case MOVE_UP -> selection.move(s, -1, out);
            case MOVE_DOWN -> selection.move(s, 1, out);
            case PAGE_UP -> selection.move(s, -s.viewport().bodyRows(), out);
            case PAGE_DOWN -> selection.move(s, s.viewport().bodyRows(), out);
            case FIRST -> selection.move(s, Integer.MIN_VALUE, out);
            case LAST -> selection.move(s, Integer.MAX_VALUE, out);
            case OPEN -> open(s, true, out);
            case DESCRIBE -> open(s, false, out);
            case FILTER -> out.show(new Overlay.FilterInput());
            case CLEAR_FILTER -> clearFilterOrGoBack(s, out);
            case SORT_NEXT -> sortNext(s, out);
            case SORT_REVERSE -> out.add(new Action.SortChanged(pane, Math.max(0, s.paneState(pane).sortColumn()),
                    !s.paneState(pane).descending()));
            case REFRESH -> refresh(pane.resources().isEmpty() ? EnumSet.noneOf(Resource.class)
                    : EnumSet.copyOf(pane.resources()), out);
            case REFRESH_ALL -> refresh(EnumSet.allOf(Resource.class), out);
            default -> more(s, v, out);
        }
    }

    private void more(AppState s, Verb v, Out out) {
        switch (v) {
            case WORKSPACE_PICKER -> out.show(new Overlay.Picker("", Math.max(0, indexOfWorkspace(s))));
            case COPY -> copy(s, out);
            case TOGGLE_DELETED -> {
                if (s.pane() == PaneId.WORKSPACES) {
                    out.add(new Action.DeletedToggled(PaneId.WORKSPACES));
                }
            }
            case PREVIOUS_VIEW -> previous(s, out);
            case LEFT, RIGHT -> scroll(s, v == Verb.LEFT ? -1 : 1, out);
            case NEXT_PANE -> go(s.pane().step(1), out);
            case PREV_PANE -> go(s.pane().step(-1), out);
            case HELP -> out.show(new Overlay.Help(0));
            case COMMAND_LINE -> out.show(new Overlay.CommandLine("", -1, ""));
            case QUIT -> out.add(new Action.QuitConfirmed());
            case JOURNAL -> out.add(new Action.JournalRequested());
            default -> {
                if (v.change()) {
                    starts.verb(s, v, out);
                } else if (v.pane() != null) {
                    go(v.pane(), out);
                }
            }
        }
    }

    /** Goes to {@code pane} directly: the way back a jump left is forgotten, the pane left remembered for '-'. */
    static void go(PaneId pane, Out out) {
        out.add(new Action.WentTo(pane));
    }

    // Left and Right scroll the columns after the first, which stays: what 80 columns cut can be read.
    private void scroll(AppState s, int delta, Out out) {
        int last = Math.max(0, panes.get(s.pane()).columns().size() - 2);
        int to = Math.max(0, Math.min(last, s.paneState(s.pane()).column() + delta));
        if (to != s.paneState(s.pane()).column()) {
            out.add(new Action.ColumnsScrolled(s.pane(), to));
        }
    }

    // '-' goes back one level, filter or not; at the top, to the pane the user came from.
    private static void previous(AppState s, Out out) {
        if (!s.trail().isEmpty()) {
            out.add(new Action.WentBack());
        } else if (s.previous() != null) {
            go(s.previous().pane(), out);
        } else {
            out.info("No previous view");
        }
    }

    void copy(AppState s, Out out) {
        selection.selected(s).ifPresent(r -> out.add(new Action.CopyRequested(r.copy(),
                r.copy() != null && r.copy().contains("@") ? "email" : "id", out.at())));
    }

    // Esc undoes one thing: the jump from Audit or Activity, else the filter, else the message that stays on the
    // status line.
    private static void clearFilterOrGoBack(AppState s, Out out) {
        boolean noFilter = s.paneState(s.pane()).filter().isEmpty();
        if (!s.trail().isEmpty() && noFilter) {
            out.add(new Action.WentBack());
        } else if (noFilter && s.status().sticky() && s.status().present()) {
            out.add(new Action.StatusDismissed());
        } else {
            out.add(new Action.FilterChanged(s.pane(), ""));
        }
    }

    // Enter opens what a row holds (a drill-down) or goes to the object a finding or activity record is about;
    // else, and with d, the row itself opens in the detail view.
    private void open(AppState s, boolean enter, Out out) {
        selection.selected(s).ifPresent(r -> {
            Optional<List<Action>> drill = enter ? Drills.into(s, r) : Optional.empty();
            Optional<FindingJump> target = !enter || drill.isPresent() ? Optional.empty() : target(r, s);
            if (drill.isPresent()) {
                drill.get().forEach(out::add);
            } else if (target.isPresent()) {
                out.add(new Action.TrailPushed(Place.of(s)));
                target.get().actions(out.at()).forEach(out::add);
            } else {
                if (enter && r.source() instanceof ActivityRecord) {
                    out.info("Nothing this change touched is listed now; here is the record");
                }
                out.show(new Overlay.Detail(s.pane(), r.id(), false, 0));
            }
        });
    }

    private Optional<FindingJump> target(Row r, AppState s) {
        if (r.source() instanceof Finding f) {
            return Optional.of(FindingJump.of(f));
        }
        return r.source() instanceof ActivityRecord a ? ((ActivityPane) panes.get(PaneId.ACTIVITY)).jump(a, s)
                : Optional.empty();
    }

    private static void refresh(EnumSet<Resource> what, Out out) {
        if (what.isEmpty()) {
            out.info("This pane fills itself as requests are made");
        } else {
            out.add(new Action.RefreshRequested(what, out.at()));
        }
    }

    // A click selects a row; a click on the row already selected opens it, as Enter does.
    private void clicked(AppState s, String rowId, Out out) {
        if (rowId.equals(selection.selected(s).map(Row::id).orElse(null))) {
            open(s, true, out);
        } else {
            out.add(new Action.RowSelected(s.pane(), rowId));
        }
    }

    // A column's key (the underlined capital of its title) sorts by it; pressed again, the other way.
    private void sortBy(AppState s, String typed, Out out) {
        if (typed.length() != 1 || !Character.isUpperCase(typed.charAt(0))) {
            return;
        }
        int col = SortKeys.column(panes.get(s.pane()).columns(), typed.charAt(0));
        if (col >= 0) {
            PaneState ps = s.paneState(s.pane());
            out.add(new Action.SortChanged(s.pane(), col, ps.sortColumn() == col && !ps.descending()));
        }
    }

    private void sortNext(AppState s, Out out) {
        PaneState ps = s.paneState(s.pane());
        int n = panes.get(s.pane()).columns().size();
        int next = ps.sortColumn() + 1 >= n ? -1 : ps.sortColumn() + 1;
        out.add(new Action.SortChanged(s.pane(), next, false));
    }

    private static int indexOfWorkspace(AppState s) {
        List<TenantForUser> live = PickerContext.matches(s.data().workspaces(), "");
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).id().equals(s.workspace())) {
                return i;
            }
        }
        return 0;
    }
}
