package dev.lsorg.app;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalContext;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.MutationKind;
import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.app.mutation.ReconcilePolicy;
import dev.lsorg.model.OrgData;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;

/**
 * What the console needs to make changes: the client (still starting for {@code --demo}), the journal and the
 * modes. Mutations always come from a {@link MutationFactory} built over the state on screen, so names resolve
 * against what the user sees and read-only mode is enforced in the factory, the one place that creates them.
 */
public final class ChangeSupport {
    private final Future<LangSmithClient> client;
    private final Journal journal;
    private final String profile;
    private final boolean dryRun;
    private final Clock clock;
    private final ReconcilePolicy policy;
    private final String person;
    private final String sshKey;
    private final String readOnlyWhy;
    private final ChangeGate gate;
    private MutationRunner runner;

    /** Changes through {@code client}, recorded in {@code journal} under {@code profile}; {@code dryRun} sends none. */
    public ChangeSupport(Future<LangSmithClient> client, Journal journal, String profile, boolean dryRun,
                         Clock clock) {
        this(client, journal, profile, dryRun, clock, null);
    }

    /** The same, checking lost answers as {@code policy} says (null: the client's default). */
    public ChangeSupport(Future<LangSmithClient> client, Journal journal, String profile, boolean dryRun,
                         Clock clock, ReconcilePolicy policy) {
        this(client, journal, profile, dryRun, clock, policy, null, null, null, ChangeGate.OPEN);
    }

    private ChangeSupport(Future<LangSmithClient> client, Journal journal, String profile, boolean dryRun,
                          Clock clock, ReconcilePolicy policy, String person, String sshKey, String readOnlyWhy,
                          ChangeGate gate) {
        this.client = client;
        this.journal = journal;
        this.profile = profile;
        this.dryRun = dryRun;
        this.clock = clock;
        this.policy = policy;
        this.person = person;
        this.sshKey = sshKey;
        this.readOnlyWhy = readOnlyWhy;
        this.gate = gate;
    }

    /**
     * The same changes made by {@code person} over SSH (journalled with their name and key fingerprint), each
     * passing {@code gate} first, sent through {@code sender} (a view of the same client that reports to the
     * person's Requests pane). When the person's console is read-only, {@code readOnlyWhy} says why in their terms.
     */
    public ChangeSupport servedTo(String person, String sshKey, ChangeGate gate, LangSmithClient sender,
                                  String readOnlyWhy) {
        return new ChangeSupport(Future.succeededFuture(sender), journal, profile, dryRun, clock, policy, person,
                sshKey, readOnlyWhy, gate);
    }

    /** The door changes pass before they are sent. */
    ChangeGate gate() {
        return gate;
    }

    /** What to reload after a change of {@code kind}, so every console shows the server's truth. */
    public static java.util.Set<Resource> reloadAfter(MutationKind kind) {
        return ChangeReducer.affected(kind);
    }

    /** The journal of changes. */
    public Journal journal() {
        return journal;
    }

    /** The client, once it is ready. */
    Future<LangSmithClient> client() {
        return client;
    }

    /** How lost answers are checked; the same for changes of this run and for those of earlier runs. */
    synchronized ReconcilePolicy policy(LangSmithClient c) {
        return policy != null ? policy : ReconcilePolicy.of(c.config());
    }

    /** A factory over the org as {@code s} shows it, or empty while the client or the org is still loading. */
    public Optional<MutationFactory> factory(AppState s) {
        OrgData d = s.data();
        if (!client.succeeded() || d.info() == null || d.workspaces() == null || d.roles() == null
                || d.members() == null) {
            return Optional.empty();
        }
        if (readOnlyWhy != null) {
            return Optional.of(new MutationFactory(client.result(), d, s.connection().readOnly()
                    ? readOnlyWhy : null, clock));
        }
        return Optional.of(new MutationFactory(client.result(), d, s.connection().readOnly(), clock));
    }

    /**
     * Why {@code kind} cannot be used now (the key was rejected, read-only, a missing permission, still loading),
     * or empty.
     */
    public Optional<String> unavailable(AppState s, MutationKind kind) {
        if (s.keyRejected() != null) {
            return Optional.of("LangSmith rejected the API key; changes are off until a load succeeds");
        }
        // Read-only is known before the org loads: a read-only console says so rather than "still loading".
        String readOnly = readOnlyWhy != null ? readOnlyWhy
                : "read-only mode: lsorg makes no changes (use --write to allow them)";
        return factory(s).map(f -> f.unavailable(kind)).orElse(Optional.of(s.connection().readOnly() ? readOnly
                : "the org is still loading"));
    }

    /** The org label the journal uses, e.g. {@code Acme (id)}. */
    public static String orgLabel(AppState s) {
        var info = s.data().info();
        return info == null ? "?" : info.displayName() + " (" + info.id() + ")";
    }

    /** The one runner of this console (it remembers which mutations were sent); made on first use. */
    synchronized MutationRunner runner(String orgLabel) {
        if (runner == null) {
            runner = new MutationRunner(client.result(), journal, new JournalContext(profile, orgLabel, null, person,
                    sshKey), dryRun,
                    clock, policy(client.result()));
        }
        return runner;
    }
}
