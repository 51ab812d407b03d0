package dev.lsorg.app;

import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.trace.StartupTrace;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Performs the reducer's {@link Effect}s: API reads through {@link OrgReader} (answers come back as actions through
 * the {@link Dispatcher}), and local I/O (files, clipboard, quit) on a background executor, never on the GUI thread.
 */
public final class EffectRunner {
    private volatile OrgReader reader;
    private final Dispatcher dispatcher;
    private final Executor io;
    private final LocalIo local;
    private final Clock clock;
    private ChangeEffects changes;
    private Supplier<List<JournalEntry>> journal = List::of;

    /** Local side effects the console provides (terminal clipboard, files, quitting). */
    public interface LocalIo {
        /** Puts text on the clipboard (OSC 52); must not block (it is called on the GUI thread). */
        void copy(String text);

        /** Writes an export; returns a sentence for the status line. */
        String export(Effect.Export export) throws Exception;

        /** Appends a command to the history file. */
        void appendHistory(String line) throws Exception;

        /** Loads the theme {@code name} (a name or a file) and reports it with {@link Action.ThemeChanged}. */
        void loadTheme(String name) throws Exception;

        /**
         * Opens the org of profile {@code name} and switches the console to it, reporting with
         * {@link Action.ProfileSwitched} or {@link Action.ProfileFailed}; runs off the GUI thread.
         */
        default void switchProfile(String name) throws Exception {
            throw new IllegalStateException("this console has no profiles to switch to");
        }

        /** Ends the console. */
        void quit();
    }

    /** A runner reading through {@code reader}, reporting to {@code dispatcher}, doing file I/O on {@code io}. */
    public EffectRunner(OrgReader reader, Dispatcher dispatcher, Executor io, LocalIo local, Clock clock) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.io = io;
        this.local = local;
        this.clock = clock;
    }

    /** Sets who performs the change flow's effects (sending mutations, reading the journal). */
    public void changes(ChangeEffects runner) {
        this.changes = runner;
    }

    /** Sets where the journal is read from, to link the Activity pane's records to this lsorg's own changes. */
    public void journal(Supplier<List<JournalEntry>> entries) {
        this.journal = entries;
    }

    /** Starts every effect; returns at once. */
    public void run(List<Effect> effects) {
        effects.forEach(this::run);
    }

    private void run(Effect e) {
        if (e instanceof Effect.Fetch f) {
            report(f.resource(), f.seq(), fetch(f));
        } else if (e instanceof Effect.FetchAllWsMembers m) {
            report(Resource.ALL_WS_MEMBERS, m.seq(), allWsMembers(m.workspaces()));
        } else if (e instanceof Effect.FetchActivity a) {
            activity(a);
        } else if (e instanceof Effect.Copy c) {
            local.copy(c.text());
        } else if (e instanceof Effect.Export x) {
            io.execute(() -> exportFile(x));
        } else if (e instanceof Effect.AppendHistory h) {
            io.execute(() -> quietly(() -> local.appendHistory(h.line())));
        } else if (e instanceof Effect.RunAudit a) {
            audit(a);
        } else if (e instanceof Effect.SwitchProfile p) {
            io.execute(() -> profile(p.name()));
        } else if (e instanceof Effect.LoadTheme t) {
            io.execute(() -> theme(t.name()));
        } else if (e instanceof Effect.Quit) {
            local.quit();
        } else if (changes != null) {
            changes.run(e);
        }
    }

    private void audit(Effect.RunAudit a) {
        try {
            io.execute(() -> dispatcher.dispatch(new Action.AuditFinished(a.seq(),
                    AuditRun.audit(a.data(), a.activity(), a.now()))));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the console is closing: nobody will look at the findings
        }
    }

    private Future<?> fetch(Effect.Fetch f) {
        switch (f.resource()) {
            case INFO: return reader.orgInfo();
            case WORKSPACES: return reader.workspaces();
            case MEMBERS: return reader.orgMembers();
            case WS_MEMBERS: return reader.workspaceMembers(f.workspace());
            case KEYS: return reader.apiKeys();
            case ROLES: return reader.roles();
            default: return Future.failedFuture(new IllegalArgumentException(f.resource().name()));
        }
    }

    private Future<Map<UUID, TenantMembers>> allWsMembers(List<UUID> workspaces) {
        List<Future<TenantMembers>> all = workspaces.stream().map(reader::workspaceMembersInBackground).toList();
        return Future.all(all).map(done -> {
            Map<UUID, TenantMembers> out = new HashMap<>();
            for (int i = 0; i < workspaces.size(); i++) {
                out.put(workspaces.get(i), all.get(i).result());
            }
            return out;
        });
    }

    // "Cannot be read here" (403, 404) is an answer the pane shows; anything else is a failed load, retried later.
    private void activity(Effect.FetchActivity a) {
        reader.activity(a.query(), ActivityFeed.MAX_RECORDS).onComplete(ar -> {
            String unavailable = ar.failed() ? ActivityAccess.unavailable(ar.cause()) : null;
            if (ar.failed() && unavailable == null) {
                report(Resource.ACTIVITY, a.seq(), Future.failedFuture(ar.cause()));
                return;
            }
            io.execute(() -> {
                List<JournalEntry> lines = journalFrom(a.query().start().minus(JournalLinks.NEAR));
                ActivityPage page = unavailable != null ? ActivityPage.unavailable(a.query(), unavailable)
                        : new ActivityPage(a.query(), a.whole(), ar.result(), null, lines);
                dispatcher.dispatch(new Action.ResourceLoaded(Resource.ACTIVITY, a.seq(), page, clock.instant()));
            });
        });
    }

    // The journal helps the detail view; a journal that cannot be read must not hide the activity.
    private List<JournalEntry> journalFrom(java.time.Instant start) {
        try {
            return journal.get().stream().filter(e -> e.time() != null && !e.time().isBefore(start)).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void report(Resource r, long seq, Future<?> future) {
        future.onComplete(ar -> {
            if (StartupTrace.enabled()) {
                StartupTrace.mark("answer: " + r);
            }
            if (ar.succeeded()) {
                dispatcher.dispatch(new Action.ResourceLoaded(r, seq, ar.result(), clock.instant()));
            } else {
                OrgReader.Failure why = reader.describe(ar.cause());
                // Any read refused with 401, or the org itself refused with 403: the key is no good at all.
                boolean rejected = why.unauthorized() || (why.forbidden() && r == Resource.INFO);
                dispatcher.dispatch(new Action.LoadFailed(r, seq, why.message(), why.network(),
                        rejected ? why.message() : null, clock.instant()));
            }
        });
    }

    private void profile(String name) {
        try {
            local.switchProfile(name);
        } catch (Exception ex) {
            dispatcher.dispatch(new Action.ProfileFailed(name, String.valueOf(ex.getMessage())));
        }
    }

    /** Reads through {@code next} from now on (another profile's org); loads in flight answer as before. */
    public void reader(OrgReader next) {
        this.reader = next;
    }

    private void theme(String name) {
        try {
            local.loadTheme(name);
        } catch (Exception ex) {
            dispatcher.dispatch(new Action.StatusShown(Status.error(ex.getMessage())));
        }
    }

    private void exportFile(Effect.Export x) {
        try {
            dispatcher.dispatch(new Action.StatusShown(Status.info(local.export(x), clock.instant())));
        } catch (Exception ex) {
            dispatcher.dispatch(new Action.StatusShown(Status.error("Export failed: " + ex.getMessage())));
        }
    }

    private interface IoTask {
        void run() throws Exception;
    }

    // History is a convenience: losing a line must not disturb the user.
    private static void quietly(IoTask task) {
        try {
            task.run();
        } catch (Exception ignored) {
            // the history file is best effort
        }
    }
}
