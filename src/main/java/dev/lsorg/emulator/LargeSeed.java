package dev.lsorg.emulator;

import static dev.lsorg.emulator.Roles.ORGANIZATION_ADMIN;
import static dev.lsorg.emulator.Roles.ORGANIZATION_USER;
import static dev.lsorg.emulator.Roles.ORGANIZATION_VIEWER;
import static dev.lsorg.emulator.Roles.WORKSPACE_ADMIN;
import static dev.lsorg.emulator.Roles.WORKSPACE_USER;
import static dev.lsorg.emulator.Roles.WORKSPACE_VIEWER;

import dev.lsorg.model.OrganizationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The {@code large} org, "Globex Corporation", for benchmarks: the given numbers of members, workspaces and keys,
 * drawn deterministically from the seed number. Member 0 is the active admin who owns the seed PAT, so the org
 * has at least one member; one member in fifty is invited rather than active, one in a hundred disabled.
 */
final class LargeSeed {
    private final SeedKit kit;
    private final Random random;
    private final List<Workspace> workspaces = new ArrayList<>();
    private final List<OrgMember> members = new ArrayList<>();

    private LargeSeed(EmulatorOptions o) {
        int seats = Math.max(1, o.members()) + o.members() / 50 + 50;
        OrganizationConfig config = new OrganizationConfig("enterprise", seats, o.workspaces() + 20, true, false,
                true, true, true, true, true, false);
        Store store = new Store(o.seedNumber(), new OrgState(DemoSeed.orgId("large", o.seedNumber()),
                "Globex Corporation", config), o.clock());
        this.kit = new SeedKit(store);
        this.random = store.random;
    }

    static Seeded build(EmulatorOptions o) {
        LargeSeed s = new LargeSeed(o);
        for (int i = 0; i < o.workspaces(); i++) {
            s.workspaces.add(s.kit.workspace(String.format("Team %03d", i + 1), String.format("team-%03d", i + 1),
                    30 + s.random.nextInt(700)));
        }
        for (int i = 0; i < Math.max(1, o.members()); i++) {
            s.addMember(i);
        }
        for (int i = 0; i < o.members() / 50; i++) {
            s.kit.invite(String.format("invitee.%05d@globex.example", i), ORGANIZATION_USER,
                    List.of(s.pickWorkspace()), WORKSPACE_USER, s.random.nextInt(60));
        }
        s.kit.store.sharedResources.set(o.workspaces());
        SeedKeys keys = s.seedKeys();
        for (int i = 0; i < o.keys(); i++) {
            s.addKey(i);
        }
        return new Seeded(s.kit.store, keys);
    }

    private UUID pickWorkspace() {
        return workspaces.get(random.nextInt(workspaces.size())).id;
    }

    private void addMember(int i) {
        String first = SeedKit.FIRST.get(random.nextInt(SeedKit.FIRST.size()));
        String last = SeedKit.LAST.get(random.nextInt(SeedKit.LAST.size()));
        int r = random.nextInt(100);
        String role = i == 0 || r < 2 ? ORGANIZATION_ADMIN : r < 87 ? ORGANIZATION_USER : ORGANIZATION_VIEWER;
        OrgMember m = kit.member(first + " " + last, String.format("%s.%s.%05d@globex.example",
                first.toLowerCase(), last.toLowerCase(), i), role, 1 + random.nextInt(900), "email");
        m.disabled = i > 0 && random.nextInt(100) == 0;
        members.add(m);
        int count = i == 0 ? 1 : 1 + random.nextInt(3);
        for (int j = 0; j < count; j++) {
            Workspace w = i == 0 ? workspaces.get(0) : workspaces.get(random.nextInt(workspaces.size()));
            if (kit.store.membership(m, w.id) == null) {
                int wr = random.nextInt(10);
                kit.join(m, w, kit.role(wr == 0 || i == 0 ? WORKSPACE_ADMIN : wr < 7 ? WORKSPACE_USER : WORKSPACE_VIEWER));
            }
        }
    }

    private SeedKeys seedKeys() {
        UUID first = workspaces.get(0).id;
        ApiKey admin = kit.serviceKey("benchmark admin", null, WORKSPACE_ADMIN, ORGANIZATION_ADMIN, 10, 0.01, null);
        ApiKey viewer = kit.serviceKey("benchmark viewer", null, WORKSPACE_VIEWER, ORGANIZATION_VIEWER, 10, 0.01, null);
        ApiKey ws = kit.serviceKey("benchmark workspace", List.of(first), WORKSPACE_ADMIN, null, 10, 0.01, null);
        ApiKey pat = kit.pat("benchmark pat", members.get(0), first, 10, 0.01, null);
        return new SeedKeys(admin.secret, viewer.secret, ws.secret, first, pat.secret, first);
    }

    /** Eight in ten keys are workspace keys, one org-wide, one a PAT; ages, use and expiry vary. */
    private void addKey(int i) {
        int kind = random.nextInt(10);
        double created = 1 + random.nextInt(700);
        Double used = random.nextInt(7) == 0 ? null : random.nextDouble() * created;
        Double expires = null;
        if (random.nextInt(10) == 0) {
            expires = -1.0 - random.nextInt(100);
        } else if (random.nextInt(3) == 0) {
            expires = 30.0 + random.nextInt(300);
        }
        String name = String.format("key %05d", i);
        if (kind == 0) {
            OrgMember owner = members.get(random.nextInt(members.size()));
            List<WorkspaceMember> in = kit.store.membershipsOf(owner);
            kit.pat(name, owner, in.isEmpty() ? null : in.get(0).workspaceId, created, used, expires);
        } else if (kind == 1) {
            kit.serviceKey(name, null, WORKSPACE_VIEWER, random.nextBoolean() ? ORGANIZATION_USER : ORGANIZATION_ADMIN,
                    created, used, expires);
        } else {
            kit.serviceKey(name, List.of(pickWorkspace()), random.nextBoolean() ? WORKSPACE_USER : WORKSPACE_ADMIN, null,
                    created, used, expires);
        }
    }
}
