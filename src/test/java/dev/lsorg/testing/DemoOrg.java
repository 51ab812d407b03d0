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
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A demo-seeded emulator on loopback with a real client on the org admin key, plus the lookups tests need to pick
 * members, workspaces and roles from the seed (whose names vary with the seed number).
 */
public final class DemoOrg implements AutoCloseable {
    /**
     * The clock mutations are built with, fixed so expiry dates in request bodies are exact, at the real time of the
     * run because the emulator refuses expiry dates in its past.
     */
    public static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    public final Emulator emulator;
    public final LangSmithClient client;

    private DemoOrg(Emulator emulator) {
        this.emulator = emulator;
        this.client = clientWith(emulator.keys().orgAdminKey());
    }

    /** A fresh demo org. */
    public static DemoOrg start() {
        return new DemoOrg(Emulator.startBlocking(EmulatorOptions.demo()));
    }

    /** Another client on the same org with {@code key}. */
    public LangSmithClient clientWith(String key) {
        return LangSmithClient.create(ClientConfig.of(emulator.endpoint(), Secret.of(key))
                .withOrganizationId(emulator.organizationId()));
    }

    /** The whole org as the admin key sees it now. */
    public OrgData load() {
        return await(client.loadOrg(null));
    }

    /** A factory over the org as it is now. */
    public MutationFactory factory(boolean readOnly) {
        return new MutationFactory(client, load(), readOnly, CLOCK);
    }

    /** A runner journaling to {@code journal}. */
    public MutationRunner runner(Path journal, boolean dryRun) {
        return new MutationRunner(client, new Journal(journal), new JournalContext("test", "Acme Robotics"), dryRun,
                CLOCK);
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

    /** Waits for a future on the test thread. */
    public static <T> T await(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().join();
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
