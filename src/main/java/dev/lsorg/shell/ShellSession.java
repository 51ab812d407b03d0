package dev.lsorg.shell;

import dev.lsorg.api.ApiException;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.OrgScope;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalContext;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Orphans;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/**
 * What one shell session knows: the client, the org as last loaded (and a mutation factory over it), the
 * workspace chosen with {@code use}, and the modes (read-only, dry-run, {@code --yes}). An interactive session
 * loads the whole org (completion offers names from all of it); one that runs {@code -c} or a script loads on
 * demand: before each command only what that command reads ({@link CommandNeeds}), and after a change it forgets
 * what it loaded, so the next command reads the server's truth. The shell runs on its own thread, so waiting for
 * the client's futures here never blocks a Vert.x event loop.
 */
public final class ShellSession {
    private final LangSmithClient client;
    private final Journal journal;
    private final String profile;
    private final boolean readOnly;
    private final boolean dryRun;
    private final boolean yes;
    private final Clock clock;
    private final boolean onDemand;
    private MutationRunner runner;
    private OrgData org;
    private MutationFactory factory;
    private UUID workspaceId;
    private final OrgParts loaded = new OrgParts();

    /**
     * A session over {@code client} journaling to {@code journal} under {@code profile}; call {@link #reload()}
     * before the first command.
     */
    public ShellSession(LangSmithClient client, Journal journal, String profile, Modes modes, Clock clock) {
        this(client, journal, profile, modes, clock, false);
    }

    private ShellSession(LangSmithClient client, Journal journal, String profile, Modes modes, Clock clock,
                         boolean onDemand) {
        this.client = client;
        this.journal = journal;
        this.profile = profile;
        this.readOnly = modes.readOnly();
        this.dryRun = modes.dryRun();
        this.yes = modes.yes();
        this.clock = clock;
        this.onDemand = onDemand;
        setOrg(OrgParts.EMPTY);
    }

    /**
     * A session that loads on demand, for {@code -c} and scripts: nothing until a command needs it ({@link #prepare}
     * is called for each), then only what that command reads.
     */
    public static ShellSession onDemand(LangSmithClient client, Journal journal, String profile, Modes modes,
                                        Clock clock) {
        return new ShellSession(client, journal, profile, modes, clock, true);
    }

    /**
     * How changes are guarded in this session.
     *
     * @param readOnly refuse every change
     * @param dryRun   confirm and journal changes but never send them
     * @param yes      send non-destructive changes without asking
     */
    public record Modes(boolean readOnly, boolean dryRun, boolean yes) {
    }

    /** Loads the whole org again (server truth) and rebuilds the factory over it; throws {@link ApiException}. */
    public void reload() {
        setOrg(await(client.loadOrg(null)));
        loaded.everything();
        if (workspaceId != null && index().workspace(workspaceId.toString()).isEmpty()) {
            workspaceId = null;
        }
    }

    /**
     * Lists the changes an earlier run left without a recorded outcome and learns what became of each by reading
     * the org (nothing is sent again); returns the lines to show, none when there were none.
     */
    public java.util.List<String> checkEarlierRuns() {
        Orphans orphans = new Orphans(client, journal, clock, runner().policy());
        java.util.List<JournalEntry> open = await(orphans.find());
        if (open.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(Orphans.heading(open)));
        await(orphans.reconcile(open)).forEach(r -> lines.add("checked: " + r.message()));
        return lines;
    }

    /**
     * Makes sure what {@code needs} names is loaded (on demand only; a whole-org session has it all); throws
     * {@link ApiException}. A workspace named that does not exist is left for the command to report.
     */
    void prepare(Needs needs) {
        if (!onDemand) {
            return;
        }
        OrgScope parts = loaded.missing(needs.parts());
        if (!parts.isEmpty()) {
            merge(parts, await(client.load(parts)));
        }
        OrgScope lists = loaded.missingLists(index(), needs);
        if (!lists.isEmpty()) {
            merge(lists, await(client.load(lists)));
        }
    }

    /** Makes sure the workspace list is loaded (to start in a workspace given by name or id). */
    public void loadWorkspaces() {
        prepare(Needs.of(dev.lsorg.api.OrgPart.WORKSPACES));
    }

    /** Forgets what was loaded (after a change): on demand, the next command loads the server's truth again. */
    void forget() {
        if (onDemand) {
            loaded.clear();
            setOrg(OrgParts.EMPTY);
        } else {
            reload();
        }
    }

    /** Whether this session loads on demand. */
    boolean onDemand() {
        return onDemand;
    }

    private void merge(OrgScope scope, OrgData update) {
        setOrg(OrgParts.merge(org, update, scope));
        loaded.add(scope);
    }

    private void setOrg(OrgData data) {
        org = data;
        factory = new MutationFactory(client, org, readOnly, clock);
    }

    /** The org as last loaded. */
    public OrgData org() {
        return org;
    }

    /** Finds things in the loaded org. */
    public OrgIndex index() {
        return factory.index();
    }

    /** Builds mutations over the loaded org (refusing all in read-only mode). */
    public MutationFactory factory() {
        return factory;
    }

    /**
     * Sends (or, in dry-run mode, records) confirmed mutations; one runner for the whole session, made when first
     * needed (it remembers which mutations were already sent, and names the org, whose info must be loaded).
     */
    public MutationRunner runner() {
        if (runner == null) {
            prepare(Needs.of(dev.lsorg.api.OrgPart.INFO)); // the journal names the org each change was made in
            String orgLabel = index().orgName() + " (" + org.info().id() + ")";
            runner = new MutationRunner(client, journal, new JournalContext(profile, orgLabel), dryRun, clock);
        }
        return runner;
    }

    /** Whether changes are confirmed and journaled but never sent. */
    public boolean dryRun() {
        return dryRun;
    }

    /** The journal of changes. */
    public Journal journal() {
        return journal;
    }

    /** Whether changes are refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether non-destructive changes are sent without asking ({@code --yes}). */
    public boolean yes() {
        return yes;
    }

    /** The workspace chosen with {@code use}, if any. */
    public Optional<TenantForUser> workspace() {
        return workspaceId == null ? Optional.empty() : index().workspace(workspaceId.toString());
    }

    /** The id of the workspace chosen with {@code use}, as text, or null. */
    String workspaceRef() {
        return workspaceId == null ? null : workspaceId.toString();
    }

    /** Chooses the default workspace; {@code null} for none. */
    public void use(TenantForUser workspace) {
        workspaceId = workspace == null ? null : workspace.id();
    }

    /** Waits for a client future on the shell's thread, unwrapping its {@link ApiException}. */
    public static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
