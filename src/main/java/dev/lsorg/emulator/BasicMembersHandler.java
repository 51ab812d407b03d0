package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.POST;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.UserWithPassword;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/v1/orgs/current/members/basic/batch}: self-hosted basic-auth installs create members directly
 * (active at once, no invite) with a password. A password the caller leaves out is generated and returned once;
 * a given one is never echoed.
 */
final class BasicMembersHandler {
    private final Store store;
    private final Invites invites;

    BasicMembersHandler(Store store) {
        this.store = store;
        this.invites = new Invites(store);
    }

    void register(Endpoints e) {
        e.org(POST, "/api/v1/orgs/current/members/basic/batch", Roles.ORG_MANAGE, this::create);
    }

    private List<UserWithPassword> create(Call c) {
        RequestBody body = c.body();
        List<BodyFields> items = body.batch();
        List<Invites.Request> requests = new ArrayList<>();
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            requests.add(Invites.read(items.get(i), body.checks(), Checks.loc("body", i)));
            passwords.add(items.get(i).optString("password"));
            items.get(i).optUuid("user_id");
            items.get(i).optUuid("ls_user_id");
        }
        body.checks().throwIfAny();
        check(requests);
        List<UserWithPassword> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            out.add(createOne(requests.get(i), passwords.get(i) == null));
        }
        return out;
    }

    private void check(List<Invites.Request> requests) {
        Set<String> seen = new HashSet<>();
        for (Invites.Request r : requests) {
            if (!seen.add(r.email()) || store.memberByEmail(r.email()) != null) {
                throw HttpProblem.conflict("User " + r.email() + " is already a member of this organization");
            }
            store.roleIn(AccessScope.ORGANIZATION, r.roleId(), r.roleName(), Roles.ORGANIZATION_USER);
            invites.workspaceRole(r);
            if (r.workspaceIds() != null) {
                r.workspaceIds().forEach(store::workspace);
            }
        }
        PlanLimits.checkSeats(store, requests.size());
    }

    private UserWithPassword createOne(Invites.Request r, boolean generate) {
        UUID role = store.roleIn(AccessScope.ORGANIZATION, r.roleId(), r.roleName(), Roles.ORGANIZATION_USER).id();
        String name = r.fullName() != null ? r.fullName() : r.email().substring(0, r.email().indexOf('@'));
        OrgMember m = store.addMember(r.email(), name, role, store.now(), "email");
        UUID wsRole = invites.workspaceRole(r).id();
        if (r.workspaceIds() != null) {
            r.workspaceIds().forEach(ws -> store.addMembership(m, ws, wsRole, m.createdAt));
        }
        String password = generate ? store.newSecret(false).substring(8, 28) : null;
        return new UserWithPassword(m.userId, m.lsUserId, m.createdAt, m.createdAt, m.email, m.fullName, null, password);
    }
}
