package dev.lsorg.serve;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.Action;
import dev.lsorg.app.ChangeGate;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Dispatcher;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Status;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one loader every served session reads through, over the one API client. A read that another session already
 * has in flight is joined, not sent again; an answer younger than the share window is handed out again; and every
 * answer is passed to the other sessions as an immutable value ({@link Action.SharedLoaded}) that each session's
 * store takes in on its own GUI thread. It is also the {@link ChangeGate} of every session: one change at a time per
 * object across sessions, and each outcome announced to the other sessions with its author
 * ({@link Action.ChangedElsewhere}), after which their loads read the org afresh. The org's audit log is read per
 * session (each has its own filter and window).
 */
public final class OrgHub {
    private final OrgReader org;
    private final Clock clock;
    private final Duration window;
    private final LongSupplier nanos;
    private final ServeLog log;
    private final List<Member> members = new CopyOnWriteArrayList<>();
    private final Map<String, Future<?>> inFlight = new HashMap<>();
    private final Map<String, Cached> cache = new HashMap<>();
    private final Map<Resource, Long> generations = new EnumMap<>(Resource.class);
    private final Map<UUID, Running> changes = new LinkedHashMap<>();

    private record Cached(Object value, long nanos) {
    }

    private record Running(Member member, String title, Set<String> objects, Instant since) {
    }

    /**
     * A hub reading through {@code org}; answers younger than {@code window} (by {@code nanos}, a monotonic clock)
     * are shared without asking again; messages are dated by {@code clock}.
     */
    public OrgHub(OrgReader org, Clock clock, Duration window, LongSupplier nanos, ServeLog log) {
        this.org = org;
        this.clock = clock;
        this.window = window;
        this.nanos = nanos;
        this.log = log;
    }

    /**
     * Adds a session of {@code person}: {@code dispatcher} reaches its store, and the reads it starts go out through
     * {@code own} (the one client, reporting to that session's Requests pane); sessions that join a read in flight
     * wait for it without sending anything.
     */
    public Member join(String person, Access access, Dispatcher dispatcher, OrgReader own) {
        Member m = new Member(person, access, dispatcher, own);
        members.add(m);
        return m;
    }

    /** How many sessions are in. */
    public int size() {
        return members.size();
    }

    private synchronized <T> Future<T> read(String key, Resource r, UUID ws, Member asker, Supplier<Future<T>> load) {
        Cached c = cache.get(key);
        if (c != null && nanos.getAsLong() - c.nanos() < window.toNanos()) {
            @SuppressWarnings("unchecked")
            T value = (T) c.value();
            return Future.succeededFuture(value);
        }
        @SuppressWarnings("unchecked")
        Future<T> running = (Future<T>) inFlight.get(key);
        if (running != null) {
            return running;
        }
        long generation = generations.getOrDefault(r, 0L);
        Future<T> f = load.get();
        inFlight.put(key, f);
        f.onComplete(ar -> answered(key, r, ws, asker, f, generation, ar.succeeded() ? ar.result() : null));
        return f;
    }

    // An answer that left before a change to its resource finished may hold the old truth: it is neither kept nor
    // passed on (the change's own reloads bring the new one).
    private void answered(String key, Resource r, UUID ws, Member asker, Future<?> f, long generation, Object value) {
        Instant at = clock.instant();
        synchronized (this) {
            inFlight.remove(key, f);
            if (value == null || generation != generations.getOrDefault(r, 0L)) {
                return;
            }
            cache.put(key, new Cached(value, nanos.getAsLong()));
        }
        for (Member m : members) {
            if (m != asker) {
                tell(m, new Action.SharedLoaded(r, ws, value, at));
            }
        }
    }

    private synchronized Optional<String> enter(Member m, Mutation mutation) {
        if (m.access != Access.WRITE) {
            return Optional.of("your access is read; the host grants write in its authorized keys file");
        }
        Instant now = clock.instant();
        for (Running r : changes.values()) {
            if (r.member != m && r.objects.stream().anyMatch(mutation.objects()::contains)) {
                long secs = Math.max(0, Duration.between(r.since, now).getSeconds());
                return Optional.of(r.member.person + "'s change '" + r.title + "' acts on the same object and is"
                        + " still in flight (sent " + secs + " s ago); wait for its outcome, then try again");
            }
        }
        changes.put(mutation.id(), new Running(m, mutation.title(), mutation.objects(), now));
        return Optional.empty();
    }

    private void left(Member m, Mutation mutation, Outcome o) {
        Set<Resource> reload = ChangeSupport.reloadAfter(mutation.kind());
        synchronized (this) {
            changes.remove(mutation.id());
            if (o.sent() > 0) {
                Set<Resource> stale = java.util.EnumSet.copyOf(reload);
                if (stale.contains(Resource.ALL_WS_MEMBERS)) {
                    stale.add(Resource.WS_MEMBERS);
                }
                stale.forEach(r -> generations.merge(r, 1L, Long::sum));
                cache.keySet().removeIf(k -> stale.stream().anyMatch(r -> k.equals(r.name())
                        || k.startsWith(r.name() + ":")));
            }
        }
        if (o.sent() == 0) {
            return;
        }
        log.event(m.person + " (" + m.access.word() + ")" + (m.gone ? " [session already ended]" : "") + ": "
                + o.message());
        Action news = new Action.ChangedElsewhere(m.person, level(o), o.message(), reload, clock.instant());
        members.stream().filter(x -> x != m).forEach(x -> tell(x, news));
    }

    // One session's trouble must never keep the news from the others.
    private void tell(Member m, Action a) {
        try {
            m.dispatcher.dispatch(a);
        } catch (RuntimeException e) {
            log.detail("could not pass " + a.getClass().getSimpleName() + " to " + m.person + ": " + e);
        }
    }

    private static Status.Level level(Outcome o) {
        return switch (o.status()) {
            case DONE -> Status.Level.INFO;
            case UNKNOWN, PARTIAL -> Status.Level.ERROR;
            default -> Status.Level.WARN;
        };
    }

    /**
     * One session in the hub: its reads go through the hub, and its changes pass the hub's gate. The dispatcher
     * only queues on the session's GUI thread, so the hub never waits for a session.
     */
    public final class Member implements ChangeGate {
        private final String person;
        private final Access access;
        private final Dispatcher dispatcher;
        private final OrgReader own;
        private final OrgReader reader = new SharedReader(this);
        private volatile boolean gone;

        private Member(String person, Access access, Dispatcher dispatcher, OrgReader own) {
            this.person = person;
            this.access = access;
            this.dispatcher = dispatcher;
            this.own = own;
        }

        /** The session's reads. */
        public OrgReader reader() {
            return reader;
        }

        /** The session ended: it gets nothing more; a change it has in flight still completes and is announced. */
        public void leave() {
            gone = true;
            members.remove(this);
        }

        @Override
        public Optional<String> enter(Mutation mutation) {
            return OrgHub.this.enter(this, mutation);
        }

        @Override
        public void left(Mutation mutation, Outcome outcome) {
            OrgHub.this.left(this, mutation, outcome);
        }
    }

    /** A session's {@link OrgReader}: every read but the audit log's goes through the hub. */
    private final class SharedReader implements OrgReader {
        private final Member member;

        SharedReader(Member member) {
            this.member = member;
        }

        @Override
        public Future<OrganizationInfo> orgInfo() {
            return read(Resource.INFO.name(), Resource.INFO, null, member, member.own::orgInfo);
        }

        @Override
        public Future<List<TenantForUser>> workspaces() {
            return read(Resource.WORKSPACES.name(), Resource.WORKSPACES, null, member, member.own::workspaces);
        }

        @Override
        public Future<List<Role>> roles() {
            return read(Resource.ROLES.name(), Resource.ROLES, null, member, member.own::roles);
        }

        @Override
        public Future<OrganizationMembers> orgMembers() {
            return read(Resource.MEMBERS.name(), Resource.MEMBERS, null, member, member.own::orgMembers);
        }

        @Override
        public Future<TenantMembers> workspaceMembers(UUID workspace) {
            return read(Resource.WS_MEMBERS.name() + ":" + workspace, Resource.WS_MEMBERS, workspace, member,
                    () -> member.own.workspaceMembers(workspace));
        }

        @Override
        public Future<TenantMembers> workspaceMembersInBackground(UUID workspace) {
            return read(Resource.WS_MEMBERS.name() + ":" + workspace, Resource.WS_MEMBERS, workspace, member,
                    () -> member.own.workspaceMembersInBackground(workspace));
        }

        @Override
        public Future<OrgData> apiKeys() {
            return read(Resource.KEYS.name(), Resource.KEYS, null, member, member.own::apiKeys);
        }

        @Override
        public Future<ActivityLog> activity(AuditLogQuery query, int max) {
            return member.own.activity(query, max);
        }

        @Override
        public Failure describe(Throwable error) {
            return org.describe(error);
        }
    }
}
