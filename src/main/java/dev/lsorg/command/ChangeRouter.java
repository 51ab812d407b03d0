package dev.lsorg.command;

import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.app.mutation.Problem;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.app.mutation.RoleEdit;
import dev.lsorg.model.TenantForUser;
import java.util.List;
import java.util.Optional;

/**
 * Turns a parsed change command into the factory call it means. Where one verb covers several changes
 * ({@code role} on a member, an invite or a key; {@code remove} of a member or an invite) it decides by what the
 * targets are in the loaded org, and refuses a mix rather than guess. Public so the console's {@code :} line can
 * turn the same commands into the same mutations.
 */
public final class ChangeRouter {
    private enum Kind { MEMBER, PENDING, KEY, UNKNOWN }

    private final MutationFactory factory;
    private final OrgIndex index;
    private final Optional<TenantForUser> current;

    /** A router over {@code factory}'s org; {@code current} is the workspace in use, the default for {@code add}. */
    public ChangeRouter(MutationFactory factory, Optional<TenantForUser> current) {
        this.factory = factory;
        this.index = factory.index();
        this.current = current;
    }

    /** The proposal {@code change} means: a mutation to confirm, or the reasons it cannot be made. */
    public Proposal route(Command.Change change) {
        if (change instanceof Command.Invite c) {
            return factory.invite(c.emails(), c.orgRole(), c.workspaces(), c.workspaceRole());
        } else if (change instanceof Command.ChangeRole c) {
            return role(c);
        } else if (change instanceof Command.Add c) {
            return factory.addToWorkspace(workspaceOr(c.workspace()), c.emails(), c.role());
        } else if (change instanceof Command.Remove c) {
            return remove(c);
        } else if (change instanceof Command.Revoke c) {
            return revoke(c);
        } else if (change instanceof Command.RevokePat c) {
            return factory.revokePersonalAccessToken(c.tokens());
        }
        return routeObjects(change);
    }

    private Proposal routeObjects(Command.Change change) {
        if (change instanceof Command.CreateWorkspace c) {
            return factory.createWorkspace(c.name(), c.handle());
        } else if (change instanceof Command.CreateKey c) {
            return factory.createKey(c.description(), c.orgRole(), c.workspaces(), c.role(), c.expiresDays());
        } else if (change instanceof Command.Rename c) {
            return factory.renameWorkspace(c.workspace(), c.newName());
        } else if (change instanceof Command.DeleteWorkspace c) {
            return factory.deleteWorkspace(c.workspace());
        } else if (change instanceof Command.SetSetting c) {
            return setting(c);
        }
        return change instanceof Command.UnshareAll ? factory.unshareAll() : routeRoles(change);
    }

    private Proposal routeRoles(Command.Change change) {
        if (change instanceof Command.CreateRole c) {
            return factory.createRole(c.name(), c.description(), c.permissions());
        } else if (change instanceof Command.EditRole c) {
            return factory.editRole(c.role(), new RoleEdit(c.newName(), c.description(), c.permissions(), c.add(),
                    c.drop()));
        }
        return factory.deleteRole(((Command.DeleteRole) change).role());
    }

    private Proposal role(Command.ChangeRole c) {
        if (c.workspace() != null) {
            return factory.changeWorkspaceRole(c.workspace(), c.targets(), c.role());
        }
        return switch (kindOf(c.targets())) {
            case MEMBER -> factory.changeOrgRole(c.targets(), c.role());
            case PENDING -> factory.changeInviteRole(c.targets(), c.role());
            case KEY -> factory.changeKeyRole(c.targets(), c.role());
            case UNKNOWN -> unknown(c.targets());
        };
    }

    private Proposal remove(Command.Remove c) {
        if (c.workspace() != null) {
            return factory.removeFromWorkspace(c.workspace(), c.targets());
        }
        return switch (kindOf(c.targets())) {
            case MEMBER -> factory.removeFromOrg(c.targets());
            case PENDING -> factory.revokeInvite(c.targets());
            case KEY -> factory.revokeKey(c.targets());
            case UNKNOWN -> unknown(c.targets());
        };
    }

    private Proposal revoke(Command.Revoke c) {
        return kindOf(c.targets()) == Kind.PENDING ? factory.revokeInvite(c.targets()) : factory.revokeKey(c.targets());
    }

    private Proposal setting(Command.SetSetting c) {
        return switch (c.setting()) {
            case PUBLIC_SHARING -> factory.setPublicSharing(c.on());
            case PAT_CREATION -> factory.setPatCreation(c.on());
            case INVITES -> factory.setInvites(c.on());
        };
    }

    private String workspaceOr(String named) {
        return named != null ? named : current.map(TenantForUser::displayName).orElse(null);
    }

    /** The one kind all targets share, or UNKNOWN for none or a mix. */
    private Kind kindOf(List<String> targets) {
        List<Kind> kinds = targets.stream().map(this::kindOf).distinct().toList();
        return kinds.size() == 1 ? kinds.get(0) : Kind.UNKNOWN;
    }

    private Kind kindOf(String target) {
        if (index.member(target).isPresent()) {
            return Kind.MEMBER;
        }
        if (index.pending(target).isPresent()) {
            return Kind.PENDING;
        }
        return index.key(target).isPresent() ? Kind.KEY : Kind.UNKNOWN;
    }

    private Proposal unknown(List<String> targets) {
        // Read-only mode refuses before names are looked at, as for every other change.
        if (factory.readOnly()) {
            return factory.removeFromOrg(targets);
        }
        List<Problem> problems = targets.stream().filter(t -> kindOf(t) == Kind.UNKNOWN)
                .map(t -> new Problem("target", "no member, pending invite or key called '" + t + "'")).toList();
        return new Proposal.Refused(problems.isEmpty()
                ? List.of(new Problem("target", "give members, pending invites or keys, not a mix")) : problems);
    }
}
