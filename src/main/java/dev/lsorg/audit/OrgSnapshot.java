package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SortedMap;

/**
 * A whole org as a stable, secret-free record tree: what {@code lsorg snapshot} writes and {@code lsorg diff}
 * compares. Every list is sorted and every map is ordered by key, so the same org always gives the same bytes and
 * two snapshots diff cleanly in git. Keys appear only by LangSmith's short form.
 *
 * @param format               {@link #FORMAT}; readers refuse other values
 * @param organization         id, name, settings and plan
 * @param roles                org and workspace roles
 * @param workspaces           workspaces with their members and invites, deleted ones marked
 * @param members              org members with their org role
 * @param pendingInvites       pending org invites
 * @param serviceKeys          service keys, org-wide and workspace-scoped
 * @param personalAccessTokens PATs visible to the key that took the snapshot
 * @param personalAccessTokensOfAllMembers false when that key could list only its own PATs; null in snapshots
 *                             written before lsorg recorded it
 * @param personalAccessTokensNote why other members' PATs are missing, or null
 */
@JsonPropertyOrder({"format", "organization", "roles", "workspaces", "members", "pending_invites", "service_keys",
        "personal_access_tokens", "personal_access_tokens_of_all_members", "personal_access_tokens_note"})
public record OrgSnapshot(String format, Organization organization, List<RoleEntry> roles, List<Workspace> workspaces,
                          List<Member> members, List<Invite> pendingInvites, List<Key> serviceKeys,
                          List<Key> personalAccessTokens, Boolean personalAccessTokensOfAllMembers,
                          String personalAccessTokensNote) {
    /** The format id written into every snapshot. */
    public static final String FORMAT = "lsorg-snapshot/1";

    /**
     * The org itself.
     *
     * @param id          org id
     * @param displayName org name
     * @param settings    sharing, token, sign-in and invite settings by their API field name
     * @param plan        plan tier and limits by their API field name
     */
    public record Organization(String id, String displayName, SortedMap<String, JsonNode> settings,
                               SortedMap<String, JsonNode> plan) {
    }

    /**
     * A role.
     *
     * @param id          role id
     * @param name        system or custom name
     * @param displayName name shown in LangSmith
     * @param accessScope organization or workspace
     * @param custom      true for roles the org created
     * @param permissions the role's permissions, sorted
     */
    public record RoleEntry(String id, String name, String displayName, String accessScope, boolean custom,
                            List<String> permissions) {
    }

    /**
     * A workspace with its people.
     *
     * @param id          workspace id
     * @param displayName name
     * @param handle      tenant handle
     * @param deleted     true when LangSmith lists it as deleted
     * @param members     members with their workspace role, by email
     * @param pending     pending workspace invites, by email
     */
    public record Workspace(String id, String displayName, String handle, boolean deleted,
                            List<WorkspaceMember> members, List<WorkspaceMember> pending) {
    }

    /**
     * Someone's place in a workspace.
     *
     * @param email      member email
     * @param identityId the workspace identity id (or the invite id for pending ones)
     * @param role       the workspace role's name
     */
    public record WorkspaceMember(String email, String identityId, String role) {
    }

    /**
     * An org member.
     *
     * @param email    email
     * @param id       org identity id
     * @param name     display or full name
     * @param orgRole  org role name
     * @param disabled whether the account is disabled
     */
    public record Member(String email, String id, String name, String orgRole, boolean disabled) {
    }

    /**
     * A pending org invite.
     *
     * @param email         invitee
     * @param id            invite id
     * @param orgRole       org role it grants
     * @param workspaceIds  workspaces it will join, sorted
     * @param workspaceRole workspace role it grants, if any
     * @param createdAt     when it was sent (ISO-8601)
     */
    public record Invite(String email, String id, String orgRole, List<String> workspaceIds, String workspaceRole,
                         String createdAt) {
    }

    /**
     * A service key or PAT, never its secret.
     *
     * @param id               key id
     * @param shortKey         LangSmith's redacted form
     * @param description      description
     * @param accessScope      organization or workspace
     * @param role             workspace role name
     * @param orgRole          org role name, for org-wide keys
     * @param workspaceIds     ids of its workspaces, sorted; resolved from the names the API lists, so a rename
     *                         does not look like a change of the key ({@code name:X} when X is ambiguous)
     * @param workspaces       workspace names, sorted
     * @param defaultWorkspace default workspace name (PATs)
     * @param createdAt        creation time (ISO-8601)
     * @param expiresAt        expiry time, or null for never
     * @param lastUsedDate     day of last use only, so that taking snapshots (which uses a key) keeps them stable
     * @param createdBy        who created it, when LangSmith says
     */
    public record Key(String id, String shortKey, String description, String accessScope, String role, String orgRole,
                      List<String> workspaceIds, List<String> workspaces, String defaultWorkspace, String createdAt, String expiresAt,
                      String lastUsedDate, String createdBy) {
    }
}
