package dev.lsorg.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one writer of {@link AppState}: a pure function from a state and an action to the next state and the I/O to
 * perform. It runs on the GUI thread only; it never blocks and never does I/O itself.
 */
public final class Reducer {
    /** How long changed rows stay highlighted. */
    static final Duration HIGHLIGHT = Duration.ofSeconds(3);
    private static final int MAX_HISTORY = 500;

    /** The next state and effects for {@code a}. */
    public Step reduce(AppState s, Action a) {
        return AuditRun.after(reduceView(s, a));
    }

    private Step reduceView(AppState s, Action a) {
        if (a instanceof Action.PaneSwitched p) {
            return Step.of(s.withPane(p.pane()).withOverlay(Overlay.NONE));
        } else if (a instanceof Action.RowSelected r) {
            return Step.of(s.withPaneState(r.pane(), s.paneState(r.pane()).select(r.rowId())));
        } else if (a instanceof Action.OverlayChanged o) {
            return Step.of(s.withOverlay(o.overlay()));
        } else if (a instanceof Action.FilterChanged f) {
            return Step.of(s.withPaneState(f.pane(), s.paneState(f.pane()).filter(f.text())));
        } else if (a instanceof Action.SortChanged o) {
            return Step.of(s.withPaneState(o.pane(), s.paneState(o.pane()).sort(o.column(), o.descending())));
        } else if (a instanceof Action.ColumnsScrolled c) {
            return Step.of(s.withPaneState(c.pane(), s.paneState(c.pane()).scrolled(c.first())));
        } else if (a instanceof Action.DeletedToggled d) {
            PaneState ps = s.paneState(d.pane());
            return Step.of(s.withPaneState(d.pane(), ps.deleted(!ps.showDeleted())));
        }
        return reduceData(s, a);
    }

    private Step reduceData(AppState s, Action a) {
        if (a instanceof Action.RefreshRequested r) {
            return refresh(s, r);
        } else if (a instanceof Action.ResourceLoaded l) {
            return Loads.settled(ChangeReducer.reloaded(s, l.resource(), l.seq(), Loads.loaded(s, l)));
        } else if (a instanceof Action.LoadFailed f) {
            return Loads.settled(ChangeReducer.reloaded(s, f.resource(), f.seq(), Loads.failed(s, f)));
        } else if (a instanceof Action.WorkspaceSelected w) {
            return workspace(s, w);
        } else if (a instanceof Action.RequestLogged r) {
            return Step.of(requestLogged(s, r.entry()));
        } else if (a instanceof Action.Tick t) {
            return tick(s, t.now());
        }
        return reduceUser(s, a);
    }

    private Step reduceUser(AppState s, Action a) {
        if (a instanceof Action.StatusShown m) {
            return Step.of(s.say(m.status(), false));
        } else if (a instanceof Action.StatusDismissed) {
            return Step.of(s.dismissed());
        } else if (a instanceof Action.MessagesRequested) {
            return Step.of(s.withOverlay(new Overlay.Change(new ChangeDialog.TextView("Messages of this session",
                    messages(s), 0))));
        } else if (a instanceof Action.CopyRequested c) {
            return copy(s, c);
        } else if (a instanceof Action.ExportRequested e) {
            return Step.of(s.say(Status.info("Exporting " + e.rows().size() + " rows to " + e.file(), e.at()), false),
                    new Effect.Export(e.file(), e.format(), e.header(), e.rows()));
        } else if (a instanceof Action.CommandRun c) {
            return Step.of(s.withHistory(append(s.history(), c.line(), MAX_HISTORY)),
                    new Effect.AppendHistory(c.line()));
        } else if (a instanceof Action.ConnectionChanged c) {
            return Step.of(s.withConnection(c.connection()));
        } else if (a instanceof Action.ActivityFilterChanged f) {
            return ActivityReducer.filterChanged(s, f);
        } else if (a instanceof Action.Navigation n) {
            return Trail.reduce(s, n);
        } else if (ProfileSwitch.handles(a)) {
            return ProfileSwitch.reduce(s, a);
        } else if (a instanceof Action.AuditFinished f) {
            return AuditRun.finished(s, f);
        } else if (a instanceof Action.SharedLoaded l) {
            return SharedLoads.loaded(s, l);
        } else if (a instanceof Action.ChangedElsewhere c) {
            return SharedLoads.changedElsewhere(s, c);
        } else if (a instanceof Action.QuitConfirmed) {
            return Step.of(s.quit(), new Effect.Quit());
        } else if (a instanceof Action.ChangeEvent c) {
            return ChangeReducer.reduce(s, c);
        }
        throw new IllegalArgumentException("unhandled action " + a.getClass().getSimpleName());
    }

    private static Step refresh(AppState s, Action.RefreshRequested r) {
        boolean whole = r.resources().containsAll(EnumSet.allOf(Resource.class));
        Step step = Loads.refresh(s, r.resources(), whole, whole ? Loads.WHOLE : "r: " + s.pane().title(), r.at());
        if (step.effects().isEmpty() && !r.resources().isEmpty()) {
            return Step.of(step.state().say(Status.info("Already loading", r.at()), false));
        }
        return step;
    }

    private static Step workspace(AppState s, Action.WorkspaceSelected w) {
        if (w.workspace().equals(s.workspace())) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        // A load for the old workspace may still be in flight: forget it so its answer is stale.
        AppState next = s.withWorkspace(w.workspace()).withOverlay(Overlay.NONE)
                .withLoad(Resource.WS_MEMBERS, s.load(Resource.WS_MEMBERS).abandoned(s.nextSeq()))
                .withNextSeq(s.nextSeq() + 1).withPaneState(PaneId.WS_MEMBERS,
                        s.paneState(PaneId.WS_MEMBERS).select(null));
        String name = next.data().workspace(w.workspace()) == null ? w.workspace().toString()
                : next.data().workspace(w.workspace()).displayName();
        next = next.say(Status.info("Workspace: " + name, w.at()), false);
        return Loads.request(next, EnumSet.of(Resource.WS_MEMBERS), w.at());
    }

    // A failed attempt is retried by the client for a while; say so at once rather than only "loading".
    private static AppState requestLogged(AppState s, RequestEntry e) {
        AppState next = s.withRequests(append(s.requests(), e, AppState.MAX_REQUESTS))
                .withRefreshes(s.refreshes().sent());
        boolean failed = e.status() == 0 || e.status() >= 500 || e.status() == 429;
        if (!failed || s.status().level() == Status.Level.ERROR) {
            return next;
        }
        String what = e.status() == 0 ? "no answer" : "HTTP " + e.status();
        // A routine notice: listed in :messages, never over a change's result or a warning.
        return next.say(new Status(Status.Level.WARN, e.method() + " " + e.path() + ": " + what + "; retrying",
                e.at().plusSeconds(8)), true);
    }

    private static Step copy(AppState s, Action.CopyRequested c) {
        if (c.text() == null || c.text().isEmpty()) {
            return Step.of(s.say(Status.warn("Nothing to copy here", c.at()), false));
        }
        return Step.of(s.say(Status.info("Copied " + c.what() + " to the clipboard (OSC 52)", c.at()), false),
                new Effect.Copy(c.text()));
    }

    private static Step tick(AppState s, Instant now) {
        s = s.withClock(now, s.ticks() + 1);
        s = fadeHighlights(s, now);
        if (!s.status().sticky() && s.status().expires() != null && !now.isBefore(s.status().expires())) {
            s = s.withStatus(Status.NONE);
        }
        return Loads.tick(s, now);
    }

    private static List<String> messages(AppState s) {
        List<String> out = new ArrayList<>();
        out.add(s.messages().isEmpty() ? "No messages yet." : s.messages().size() + " messages, newest first"
                + " (times in UTC)");
        out.add("");
        for (int i = s.messages().size() - 1; i >= 0; i--) {
            out.add(s.messages().get(i).line());
        }
        return out;
    }

    private static AppState fadeHighlights(AppState s, Instant now) {
        Map<Resource, LoadState> faded = new HashMap<>();
        s.loads().forEach((r, ls) -> {
            if (ls.changedAt() != null && !now.isBefore(ls.changedAt().plus(HIGHLIGHT))) {
                faded.put(r, ls.faded());
            }
        });
        for (Map.Entry<Resource, LoadState> e : faded.entrySet()) {
            s = s.withLoad(e.getKey(), e.getValue());
        }
        return s;
    }

    private static <T> List<T> append(List<T> list, T item, int max) {
        List<T> copy = new ArrayList<>(list.size() >= max ? list.subList(list.size() - max + 1, list.size()) : list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
