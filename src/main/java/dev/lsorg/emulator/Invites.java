package dev.lsorg.emulator;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads and creates invites ({@code PendingIdentityCreate}) for the org and workspace invite endpoints, with the
 * rules both share: a valid email, roles of the right scope, live workspaces, and 409 for an email that is
 * already a member or already pending.
 */
final class Invites {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** One validated invite request. */
    record Request(String email, UUID roleId, String roleName, List<UUID> workspaceIds, UUID workspaceRoleId,
                   String workspaceRoleName, String fullName) {
    }

    private final Store store;

    Invites(Store store) {
        this.store = store;
    }

    /**
     * Reads a batch invite body (a JSON array of invite objects), recording every item's validation errors under
     * {@code ["body", index, ...]} and throwing them all at once.
     */
    static List<Request> readBatch(RequestBody body) {
        List<Request> requests = new ArrayList<>();
        List<BodyFields> items = body.batch();
        for (int i = 0; i < items.size(); i++) {
            requests.add(read(items.get(i), body.checks(), Checks.loc("body", i)));
        }
        body.checks().throwIfAny();
        return requests;
    }

    /** Reads one invite body, recording validation errors in the body's checks. */
    static Request read(BodyFields f, Checks checks, List<Object> loc) {
        String email = f.requiredString("email");
        if (email != null && !EMAIL.matcher(email.trim()).matches()) {
            List<Object> at = new ArrayList<>(loc);
            at.add("email");
            checks.add(at, "value_error", "value is not a valid email address: An email address must have an @-sign"
                    + " and a domain", email);
        }
        Request r = new Request(email == null ? null : email.trim().toLowerCase(Locale.ROOT), f.optUuid("role_id"),
                f.optString("role_name"), f.optUuidList("workspace_ids"), f.optUuid("workspace_role_id"),
                f.optString("workspace_role_name"), f.optString("full_name"));
        f.optBool("read_only");
        f.optString("password");
        return r;
    }

    /** Checks a whole batch before creating anything, so a conflict leaves the org unchanged. */
    void checkBatch(List<Request> requests, UUID tenantId) {
        if (!store.org.invitesEnabled) {
            throw HttpProblem.forbidden("Invites are disabled for this organization");
        }
        Set<String> seen = new HashSet<>();
        for (Request r : requests) {
            if (!seen.add(r.email())) {
                throw HttpProblem.conflict("Email " + r.email() + " appears more than once in this batch");
            }
            checkOne(r, tenantId);
        }
        PlanLimits.checkSeats(store, requests.stream().filter(r -> store.memberByEmail(r.email()) == null).count());
    }

    private void checkOne(Request r, UUID tenantId) {
        OrgMember existing = store.memberByEmail(r.email());
        if (existing != null && tenantId == null) {
            throw HttpProblem.conflict("User " + r.email() + " is already a member of this organization");
        }
        if (existing != null && store.membership(existing, tenantId) != null) {
            throw HttpProblem.conflict("User " + r.email() + " is already a member of this workspace");
        }
        if (store.inviteByEmail(r.email()) != null) {
            throw HttpProblem.conflict("User " + r.email() + " already has a pending invite");
        }
        orgRole(r);
        workspaceRole(r);
        workspaces(r, tenantId).forEach(store::workspace);
    }

    /** Creates the pending invite (call {@link #checkBatch} first). */
    Invite create(Request r, UUID tenantId) {
        Invite i = new Invite(store.newId(), r.email(), r.fullName(), orgRole(r).id(), workspaces(r, tenantId),
                workspaceRole(r).id(), tenantId, store.now());
        store.invites.put(i.id, i);
        return i;
    }

    private Role orgRole(Request r) {
        return store.roleIn(AccessScope.ORGANIZATION, r.roleId(), r.roleName(), Roles.ORGANIZATION_USER);
    }

    /** Editor by default with RBAC; without RBAC every workspace member is an Admin, as on LangSmith's lower plans. */
    Role workspaceRole(Request r) {
        boolean rbac = Boolean.TRUE.equals(store.org.config.canUseRbac());
        Role role = store.roleIn(AccessScope.WORKSPACE, r.workspaceRoleId(), r.workspaceRoleName(),
                rbac ? Roles.WORKSPACE_USER : Roles.WORKSPACE_ADMIN);
        if (!rbac && !Roles.WORKSPACE_ADMIN.equals(role.name())) {
            throw HttpProblem.badRequest("Workspace roles other than Admin need RBAC (Enterprise plan)");
        }
        return role;
    }

    private static List<UUID> workspaces(Request r, UUID tenantId) {
        List<UUID> ids = new ArrayList<>(r.workspaceIds() == null ? List.of() : r.workspaceIds());
        if (tenantId != null && !ids.contains(tenantId)) {
            ids.add(0, tenantId);
        }
        return ids;
    }
}
