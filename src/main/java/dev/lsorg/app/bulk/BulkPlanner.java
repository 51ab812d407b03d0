package dev.lsorg.app.bulk;

import dev.lsorg.app.mutation.InputCheck;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compares each CSV row with the loaded org and plans only what differs, through {@link MutationFactory} (so
 * read-only mode, permissions and input rules apply as everywhere). Running the same file twice plans nothing
 * the second time. New people are invited in one batch per (org role, workspace, workspace role).
 */
public final class BulkPlanner {
    private final MutationFactory factory;
    private final OrgIndex index;
    private final List<BulkPlan.Step> invites = new ArrayList<>();
    private final List<BulkPlan.Step> roles = new ArrayList<>();
    private final List<BulkPlan.Step> adds = new ArrayList<>();
    private final List<BulkPlan.Step> removals = new ArrayList<>();
    private final List<BulkPlan.Note> skipped = new ArrayList<>();
    private final List<BulkPlan.Note> invalid = new ArrayList<>();
    private final Map<String, NewPerson> newPeople = new LinkedHashMap<>();

    /** Someone to invite, gathered over their rows (one invite can name several workspaces). */
    private record NewPerson(BulkRow first, List<BulkRow> rows, List<String> workspaces) {
        List<String> groupKey() {
            return List.of(lower(first.orgRole()), String.join("\n", workspaces.stream().map(BulkPlanner::lower)
                    .sorted().toList()), lower(first.workspaceRole()));
        }
    }

    /** A planner over the org {@code factory} was made for. */
    public BulkPlanner(MutationFactory factory) {
        this.factory = factory;
        this.index = factory.index();
    }

    /** The plan for {@code rows}; {@code problems} are lines that could not even be read. */
    public BulkPlan plan(List<BulkRow> rows, List<BulkPlan.Note> problems) {
        invalid.addAll(problems);
        Set<String> seen = new HashSet<>();
        for (BulkRow row : rows) {
            if (valid(row, seen)) {
                if (row.verb().equals("remove")) {
                    planRemove(row);
                } else {
                    planEnsure(row);
                }
            }
        }
        Map<List<String>, List<NewPerson>> groups = new LinkedHashMap<>();
        newPeople.values().forEach(p -> groups.computeIfAbsent(p.groupKey(), k -> new ArrayList<>()).add(p));
        groups.values().forEach(this::planInvite);
        List<BulkPlan.Step> steps = new ArrayList<>(invites);
        steps.addAll(roles);
        steps.addAll(adds);
        steps.addAll(removals);
        return new BulkPlan(steps, List.copyOf(skipped), List.copyOf(invalid));
    }

    private boolean valid(BulkRow row, Set<String> seen) {
        InputCheck check = new InputCheck();
        check.email("email", row.email());
        check.require(List.of("ensure", "remove").contains(row.verb()), "action",
                "'" + row.action() + "' is not an action (leave it blank, or write remove)");
        String key = lower(row.email()) + "|" + lower(row.workspace());
        check.require(seen.add(key), "email", "listed twice for the same workspace");
        check.problems().forEach(p -> invalid.add(note(row, p.toString())));
        return check.ok();
    }

    private void planEnsure(BulkRow row) {
        Optional<OrgMemberIdentity> member = index.member(row.email());
        if (member.isEmpty()) {
            Optional<OrgPendingIdentity> invite = index.pending(row.email());
            if (invite.isPresent()) {
                planInvited(row, invite.get());
            } else {
                gather(row);
            }
            return;
        }
        boolean orgChanged = planOrgRole(row, member.get());
        boolean workspaceChanged = row.workspace() != null && planWorkspace(row);
        if (!orgChanged && !workspaceChanged) {
            skipped.add(note(row, "already as asked"));
        }
    }

    /**
     * Someone already invited: the invite's org role, and its workspace role in a workspace it names, are changed
     * in place ({@code PATCH …/{id}/pending}); a workspace the invite does not name cannot be added to it.
     */
    private void planInvited(BulkRow row, OrgPendingIdentity invite) {
        boolean changed = false;
        if (row.orgRole() != null && !same(AccessScope.ORGANIZATION, row.orgRole(), invite.roleId())) {
            add(roles, row, factory.changeInviteRole(List.of(row.email()), row.orgRole()));
            changed = true;
        }
        if (row.workspace() != null) {
            Optional<TenantForUser> ws = index.workspace(row.workspace());
            boolean named = ws.isPresent() && invite.workspaceIds() != null
                    && invite.workspaceIds().contains(ws.get().id());
            if (!named) {
                skipped.add(note(row, "already invited without " + row.workspace() + "; an invite's workspaces cannot"
                        + " change: add them to it once they accept"));
                return;
            }
            if (row.workspaceRole() != null
                    && !same(AccessScope.WORKSPACE, row.workspaceRole(), invite.workspaceRoleId())) {
                add(roles, row, factory.changeInviteWorkspaceRole(row.workspace(), List.of(row.email()),
                        row.workspaceRole()));
                changed = true;
            }
        }
        if (!changed) {
            skipped.add(note(row, "already invited as asked, waiting for them to accept"));
        }
    }

    private boolean planOrgRole(BulkRow row, OrgMemberIdentity member) {
        if (row.orgRole() == null || same(AccessScope.ORGANIZATION, row.orgRole(), member.roleId())) {
            return false;
        }
        add(roles, row, factory.changeOrgRole(List.of(row.email()), row.orgRole()));
        return true;
    }

    private boolean planWorkspace(BulkRow row) {
        Optional<TenantForUser> ws = index.workspace(row.workspace());
        if (ws.isEmpty()) {
            invalid.add(note(row, "no workspace called '" + row.workspace() + "'"));
            return true;
        }
        Optional<MemberIdentity> wm = index.workspaceMember(ws.get().id(), row.email());
        if (wm.isEmpty()) {
            add(adds, row, factory.addToWorkspace(row.workspace(), List.of(row.email()), row.workspaceRole()));
            return true;
        }
        if (row.workspaceRole() == null || same(AccessScope.WORKSPACE, row.workspaceRole(), wm.get().roleId())) {
            return false;
        }
        add(roles, row, factory.changeWorkspaceRole(row.workspace(), List.of(row.email()), row.workspaceRole()));
        return true;
    }

    private void planRemove(BulkRow row) {
        if (row.workspace() != null) {
            Optional<TenantForUser> ws = index.workspace(row.workspace());
            boolean in = ws.isPresent() && index.workspaceMember(ws.get().id(), row.email()).isPresent();
            if (in) {
                add(removals, row, factory.removeFromWorkspace(row.workspace(), List.of(row.email())));
            } else {
                skipped.add(note(row, "not in " + row.workspace() + " (already removed)"));
            }
        } else if (index.member(row.email()).isPresent()) {
            add(removals, row, factory.removeFromOrg(List.of(row.email())));
        } else if (index.pending(row.email()).isPresent()) {
            add(removals, row, factory.revokeInvite(List.of(row.email())));
        } else {
            skipped.add(note(row, "not in the org (already removed)"));
        }
    }

    private void gather(BulkRow row) {
        NewPerson p = newPeople.computeIfAbsent(lower(row.email()),
                k -> new NewPerson(row, new ArrayList<>(), new ArrayList<>()));
        if (!lower(p.first().orgRole()).equals(lower(row.orgRole()))
                || (row.workspace() != null && !lower(p.first().workspaceRole()).equals(lower(row.workspaceRole())))) {
            invalid.add(note(row, "asks for other roles than line " + p.first().line()
                    + " for the same new person; one invite has one org role and one workspace role"));
            return;
        }
        p.rows().add(row);
        if (row.workspace() != null) {
            p.workspaces().add(row.workspace());
        }
    }

    private void planInvite(List<NewPerson> group) {
        NewPerson first = group.get(0);
        String emails = String.join("\n", group.stream().map(p -> p.first().email()).toList());
        Proposal p = factory.invite(emails, first.first().orgRole(), first.workspaces(),
                first.workspaces().isEmpty() ? null : first.first().workspaceRole());
        List<BulkRow> rows = group.stream().flatMap(n -> n.rows().stream()).toList();
        if (p instanceof Proposal.Ready ready) {
            invites.add(new BulkPlan.Step(rows.stream().map(BulkRow::line).sorted().toList(), ready.mutation()));
        } else {
            rows.forEach(r -> invalid.add(note(r, ((Proposal.Refused) p).message())));
        }
    }

    private void add(List<BulkPlan.Step> bucket, BulkRow row, Proposal p) {
        if (p instanceof Proposal.Ready ready) {
            bucket.add(new BulkPlan.Step(List.of(row.line()), ready.mutation()));
        } else {
            invalid.add(note(row, ((Proposal.Refused) p).message()));
        }
    }

    private boolean same(AccessScope scope, String roleText, UUID current) {
        return index.role(scope, roleText).map(Role::id).filter(id -> id.equals(current)).isPresent();
    }

    private static BulkPlan.Note note(BulkRow row, String reason) {
        return new BulkPlan.Note(row.line(), row.email() == null ? "-" : row.email(), reason);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
