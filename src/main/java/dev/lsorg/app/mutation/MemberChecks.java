package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link Check}s of org-membership changes: invites, org roles, removals; people are looked up by email
 * ({@link MemberReads}), never by reading the whole member list.
 */
final class MemberChecks {
    private MemberChecks() {
    }

    /** Everyone in {@code emails} has an invite or is a member: the invite (one, or a batch) went through. */
    record Invited(List<String> emails) implements Check {
        @Override
        public List<String> objects() {
            return emails.stream().map(MemberChecks::person).toList();
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.inOrg(client, emails).map(listed -> {
                List<String> there = emails.stream().filter(e -> listed.contains(MemberReads.lower(e))).toList();
                if (there.size() == emails.size()) {
                    return Evidence.done(emails.size() == 1 ? "an invite for " + emails.get(0) + " is listed"
                            : "all " + emails.size() + " invites are listed");
                }
                return there.isEmpty() ? Evidence.notDone(emails.size() == 1 ? "no invite for " + emails.get(0)
                        + " is listed" : "none of the " + emails.size() + " invites is listed")
                        : Evidence.cannotTell(there.size() + " of " + emails.size() + " invites are listed");
            });
        }
    }

    /** The member {@code email} has the org role {@code roleId} ({@code roleName} in words). */
    record OrgRole(String email, UUID roleId, String roleName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.orgMember(client, email).map(found -> found.map(m -> roleId.equals(m.roleId())
                    ? Evidence.done(email + " is " + roleName)
                    : Evidence.notDone(email + " is not " + roleName))
                    .orElse(Evidence.notDone(email + " is no longer a member of the org")));
        }
    }

    /** {@code email} is no longer an active member of the org. */
    record MemberGone(String email) implements Check {
        @Override
        public List<String> objects() {
            return List.of(person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.orgMember(client, email).map(found -> found.isEmpty()
                    ? Evidence.done(email + " is no longer listed as a member")
                    : Evidence.notDone(email + " is still a member"));
        }
    }

    /** The pending invite of {@code email} grants the org role {@code roleId}. */
    record InviteRole(String email, UUID roleId, String roleName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.orgInvite(client, email).map(found -> found.map(p -> roleId.equals(p.roleId())
                    ? Evidence.done("the invite of " + email + " grants " + roleName)
                    : Evidence.notDone("the invite of " + email + " does not grant " + roleName))
                    .orElse(Evidence.notDone("no pending invite for " + email + " is listed")));
        }
    }

    /** The pending invite of {@code email} grants the workspace role {@code roleId} in {@code workspaceId}. */
    record InviteWorkspaceRole(String email, UUID workspaceId, UUID roleId, String roleName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.workspaceInvite(client, workspaceId, email).map(found -> found
                    .map(p -> roleId.equals(p.roleId())
                            ? Evidence.done("the invite of " + email + " grants " + roleName + " there")
                            : Evidence.notDone("the invite of " + email + " does not grant " + roleName + " there"))
                    .orElse(Evidence.notDone("no pending invite for " + email + " is listed in that workspace")));
        }
    }

    /** The pending invite of {@code email} is gone. */
    record InviteGone(String email) implements Check {
        @Override
        public List<String> objects() {
            return List.of(person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.orgInvite(client, email).map(found -> found.isEmpty()
                    ? Evidence.done("no pending invite for " + email + " is listed")
                    : Evidence.notDone("the invite of " + email + " is still pending"));
        }
    }

    /** The object name of a person: every change to one person (org or workspace) is one object. */
    static String person(String email) {
        return "person:" + Objects.requireNonNull(email).toLowerCase(Locale.ROOT);
    }
}
