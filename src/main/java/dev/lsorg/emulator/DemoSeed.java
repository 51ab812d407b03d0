package dev.lsorg.emulator;

import static dev.lsorg.emulator.Roles.ORGANIZATION_ADMIN;
import static dev.lsorg.emulator.Roles.ORGANIZATION_USER;
import static dev.lsorg.emulator.Roles.ORGANIZATION_VIEWER;
import static dev.lsorg.emulator.Roles.WORKSPACE_ADMIN;
import static dev.lsorg.emulator.Roles.WORKSPACE_USER;
import static dev.lsorg.emulator.Roles.WORKSPACE_VIEWER;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The {@code demo} org, "Acme Robotics": six live workspaces and a deleted one, 40 members over every org and
 * workspace role, invites of different ages, disabled members, keys of every age and kind, public sharing on, and
 * members and workspaces near the plan's limits.
 * Names vary with the seed number; every property the audits look for is present whatever the number (see
 * the class body for which member or key carries which property).
 */
final class DemoSeed {
    static final String DOMAIN = "acme-robotics.com";
    private static final int MEMBERS = 40;

    private final SeedKit kit;
    private final List<String> names;
    private final List<OrgMember> m = new ArrayList<>();
    private Workspace prod, staging, research, support, data;
    private UUID annotator;

    private DemoSeed(long seedNumber, java.time.Clock clock) {
        // 40 members of 45 seats and 6 live workspaces of 7: both near the plan's limits (80% by default), so the
        // plan audits have something to report, while one more workspace can still be created.
        OrganizationConfig config = new OrganizationConfig("enterprise", 45, 7, true, false, true, true, true,
                true, true, false);
        Store store = new Store(seedNumber, new OrgState(orgId("demo", seedNumber), "Acme Robotics", config), clock);
        store.org.workspaceAdminCanInviteToOrg = true;
        this.kit = new SeedKit(store);
        this.names = names(store);
    }

    static Seeded build(long seedNumber, java.time.Clock clock) {
        DemoSeed d = new DemoSeed(seedNumber, clock);
        d.workspaces();
        d.customRole();
        d.members();
        d.memberships();
        d.invites();
        d.kit.store.sharedResources.set(5);
        return new Seeded(d.kit.store, d.keys());
    }

    /** The org id, derived from the seed so it never collides with ids drawn from the store's generator. */
    static UUID orgId(String seed, long seedNumber) {
        return UUID.nameUUIDFromBytes((seed + "-org:" + seedNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Distinct "First Last" names, shuffled by the seed number. */
    private static List<String> names(Store store) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < SeedKit.FIRST.size(); i++) {
            all.add(SeedKit.FIRST.get(i) + " " + SeedKit.LAST.get((i * 7 + 3) % SeedKit.LAST.size()));
        }
        Collections.shuffle(all, store.random);
        return all;
    }

    private void workspaces() {
        prod = kit.workspace("Production", "production", 400);
        staging = kit.workspace("Staging", "staging", 380);
        research = kit.workspace("Research", "research", 300);
        support = kit.workspace("Support Bots", null, 200);      // no workspace admin
        data = kit.workspace("Data Platform", "data-platform", 150); // many keys
        kit.workspace("Sandbox", null, 20);                      // empty
        kit.workspace("Old Experiments", null, 500).deleted = true;
    }

    private void customRole() {
        Role r = new Role(kit.store.newId(), "CUSTOM", "Annotator", "Reviews runs and fills annotation queues",
                kit.store.org.id, List.of(Roles.WS_READ, "runs:read", "annotation-queues:read",
                "annotation-queues:update", "feedback:create"), AccessScope.WORKSPACE, false);
        kit.store.roles.put(r.id(), r);
        annotator = r.id();
    }

    /** 0-2 admins, 3 disabled admin, 4-39 users, 34-38 viewers; 30-31 outside contractors; 39 in no workspace. */
    private void members() {
        for (int i = 0; i < MEMBERS; i++) {
            String role = i <= 3 ? ORGANIZATION_ADMIN : i >= 34 && i <= 38 ? ORGANIZATION_VIEWER : ORGANIZATION_USER;
            String domain = i == 30 ? "gmail.com" : i == 31 ? "northwind-contractors.io" : DOMAIN;
            String provider = i % 3 == 0 ? "oidc" : "email";
            m.add(kit.member(names.get(i), SeedKit.emailOf(names.get(i), domain), role, 420 - i * 10, provider));
        }
        m.get(3).disabled = true;   // disabled org admin
        m.get(10).disabled = true;  // disabled, still holds workspace roles
        m.get(20).disabled = true;  // disabled, still has a PAT
    }

    private void memberships() {
        UUID admin = kit.role(WORKSPACE_ADMIN);
        UUID editor = kit.role(WORKSPACE_USER);
        UUID viewer = kit.role(WORKSPACE_VIEWER);
        joinAll(prod, admin, 0, 4);
        joinRange(prod, editor, 5, 14);
        joinAll(prod, viewer, 34, 35);
        joinAll(prod, annotator, 15);
        joinAll(staging, admin, 1, 3);
        joinRange(staging, editor, 5, 9);
        joinRange(staging, editor, 16, 19);
        joinAll(staging, viewer, 36);
        joinAll(research, admin, 2);
        joinRange(research, editor, 20, 27);
        joinAll(research, viewer, 37);
        joinAll(research, annotator, 28);
        joinRange(support, editor, 29, 33);
        joinAll(support, viewer, 38, 10);
        joinAll(data, admin, 0);
        joinRange(data, editor, 11, 13);
        joinRange(data, editor, 21, 24);
        joinAll(data, viewer, 34);
    }

    private void joinAll(Workspace w, UUID role, int... members) {
        for (int i : members) {
            kit.join(m.get(i), w, role);
        }
    }

    private void joinRange(Workspace w, UUID role, int from, int to) {
        for (int i = from; i <= to; i++) {
            kit.join(m.get(i), w, role);
        }
    }

    /** Fresh, stale (over 14 days) and very old invites; the 45-day one grants Organization Admin. */
    private void invites() {
        kit.invite("new.hire@" + DOMAIN, ORGANIZATION_USER, List.of(prod.id), WORKSPACE_USER, 1);
        kit.invite("intern.research@" + DOMAIN, ORGANIZATION_USER, List.of(research.id), WORKSPACE_VIEWER, 3);
        kit.invite("auditor@" + DOMAIN, ORGANIZATION_VIEWER, List.of(), WORKSPACE_VIEWER, 10);
        kit.invite("qa.lead@" + DOMAIN, ORGANIZATION_USER, List.of(staging.id), WORKSPACE_USER, 20);
        kit.invite("it.lead@" + DOMAIN, ORGANIZATION_ADMIN, List.of(), WORKSPACE_ADMIN, 45);
        kit.invite("freelancer.bob@gmail.com", ORGANIZATION_USER, List.of(support.id), WORKSPACE_USER, 90);
    }

    private SeedKeys keys() {
        ApiKey orgAdmin = kit.serviceKey("lsorg admin console", null, WORKSPACE_ADMIN, ORGANIZATION_ADMIN, 30, 0.05, null);
        ApiKey orgViewer = kit.serviceKey("audit reader", null, WORKSPACE_VIEWER, ORGANIZATION_VIEWER, 60, 2.0, null);
        kit.serviceKey("terraform bootstrap", null, WORKSPACE_ADMIN, ORGANIZATION_ADMIN, 400, 200.0, null);
        kit.serviceKey("billing export", null, WORKSPACE_VIEWER, ORGANIZATION_USER, 120, null, null);
        ApiKey ws = kit.serviceKey("prod ingest", List.of(prod.id), WORKSPACE_ADMIN, null, 90, 0.01, null);
        kit.serviceKey("staging ci", List.of(staging.id), WORKSPACE_USER, null, 200, 120.0, null);
        kit.serviceKey("research notebook", List.of(research.id), WORKSPACE_USER, null, 30, null, null);
        kit.serviceKey("old support integration", List.of(support.id), WORKSPACE_USER, null, 380, 40.0, -10.0);
        kit.serviceKey("quarterly eval", List.of(research.id), WORKSPACE_USER, null, 70, 1.0, 20.0);
        kit.serviceKey("cross-workspace monitor", List.of(prod.id, staging.id), WORKSPACE_VIEWER, null, 100, 0.5, 365.0);
        for (int i = 1; i <= 12; i++) {
            Double used = i % 4 == 0 ? null : i % 4 == 1 ? 0.2 * i : 95.0 + i;
            kit.serviceKey(String.format("etl worker %02d", i), List.of(data.id), WORKSPACE_USER, null, 140 - i, used,
                    i == 6 ? -3.0 : null);
        }
        ApiKey pat = kit.pat("laptop", m.get(5), prod.id, 45, 0.02, null);
        kit.pat("admin laptop", m.get(0), prod.id, 200, 3.0, null);
        kit.pat("old laptop", m.get(20), research.id, 300, 100.0, null);   // the disabled member's PAT
        kit.pat("jupyter", m.get(12), data.id, 250, 150.0, -30.0);
        kit.pat("cli", m.get(25), research.id, 15, null, 75.0);
        return new SeedKeys(orgAdmin.secret, orgViewer.secret, ws.secret, prod.id, pat.secret, prod.id);
    }
}
