package dev.lsorg.testing;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalContext;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A demo-seeded emulator on loopback with a real client on the org admin key, plus the lookups tests need to pick
 * members, workspaces and roles from the seed (whose names vary with the seed number).
 */
public final class DemoOrg implements AutoCloseable {
    /**
     * The one clock of this org: the emulator's seed and expiry checks, the client, the mutations' expiry dates and
     * the journal all read it, so they agree to the second on any day; a test moves it to make time pass.
     */
    public final TestClock clock;
    public final Emulator emulator;
    public final LangSmithClient client;

    private DemoOrg(TestClock clock, EmulatorOptions options) {
        this.clock = clock;
        this.emulator = TestVertx.emulator(options.withClock(clock));
        this.client = clientWith(emulator.keys().orgAdminKey());
    }

    /** A fresh demo org on a clock pinned at {@link TestClock#PINNED}. */
    public static DemoOrg start() {
        TestClock clock = TestClock.pinned();
        return new DemoOrg(clock, EmulatorOptions.demo(clock));
    }

    /** A fresh demo org whose clock stands at {@code at}: the seed is dated relative to it. */
    public static DemoOrg startAt(java.time.Instant at) {
        TestClock clock = TestClock.at(at);
        return new DemoOrg(clock, EmulatorOptions.demo(clock));
    }

    /** A fresh org seeded as {@code options} say (their clock is replaced by this org's pinned one). */
    public static DemoOrg start(EmulatorOptions options) {
        return new DemoOrg(TestClock.pinned(), options);
    }

    /** Another client on the same org with {@code key}, on this org's clock. */
    public LangSmithClient clientWith(String key) {
        return LangSmithClient.create(TestVertx.shared(), config(key), clock);
    }

    /**
     * The configuration of a client on this org with {@code key}: its org id known, and a short GET retry budget so
     * that a test of a failing server ends quickly (the retries themselves are tested in {@code RetryTest}).
     */
    public ClientConfig config(String key) {
        return ClientConfig.of(emulator.endpoint(), Secret.of(key)).withOrganizationId(emulator.organizationId())
                .withRetryBudget(Duration.ofMillis(300));
    }

    /** The whole org as the admin key sees it now. */
    public OrgData load() {
        return Await.await(client.loadOrg(null));
    }

    /** A factory over the org as it is now. */
    public MutationFactory factory(boolean readOnly) {
        return new MutationFactory(client, load(), readOnly, clock);
    }

    /** A runner journaling to {@code journal}. */
    public MutationRunner runner(Path journal, boolean dryRun) {
        return new MutationRunner(client, new Journal(journal), new JournalContext("test", "Acme Robotics"), dryRun,
                clock);
    }

    /** Every request that was not a GET, oldest first. */
    public List<RequestLog.Entry> changes() {
        return emulator.requestLog().entries().stream().filter(e -> !e.method().equals("GET")).toList();
    }

    /** A workspace by display name. */
    public static TenantForUser workspace(OrgData org, String name) {
        return org.workspaces().stream().filter(w -> w.displayName().equals(name) && !w.isDeleted()).findFirst()
                .orElseThrow();
    }

    /** A role by its {@code name}. */
    public static Role role(OrgData org, String name) {
        return org.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** An active, enabled org member with org role {@code roleName} who is in {@code workspace}. */
    public static OrgMemberIdentity member(OrgData org, String roleName, TenantForUser workspace) {
        UUID roleId = role(org, roleName).id();
        return org.members().members().stream()
                .filter(m -> !m.isDisabled() && roleId.equals(m.roleId()) && m.tenantIds().contains(workspace.id()))
                .findFirst().orElseThrow();
    }

    /** An active org member who is not in {@code workspace}. */
    public static OrgMemberIdentity outsider(OrgData org, TenantForUser workspace) {
        return org.members().members().stream().filter(m -> !m.isDisabled() && !m.tenantIds().contains(workspace.id()))
                .findFirst().orElseThrow();
    }

    /** The workspace member entry of {@code email} in {@code workspace}, if any. */
    public static MemberIdentity workspaceMember(OrgData org, TenantForUser workspace, String email) {
        return org.workspaceMembers().get(workspace.id()).members().stream()
                .filter(m -> email.equalsIgnoreCase(m.email())).findFirst().orElse(null);
    }

    /** Roles of one scope. */
    public static List<Role> roles(OrgData org, AccessScope scope) {
        return org.roles().stream().filter(r -> r.accessScope() == scope).toList();
    }


    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
