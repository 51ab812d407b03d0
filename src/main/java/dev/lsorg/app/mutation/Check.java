package dev.lsorg.app.mutation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.lsorg.api.LangSmithClient;
import io.vertx.core.Future;
import java.util.List;

/**
 * How to tell, by reading the org again, whether one request of a change took effect: each request a
 * {@link Mutation} sends has one. It is a value written into the journal's intent line, so a change whose answer
 * never came (a dropped connection, a timeout, a killed process) can be checked now or at the next start.
 * It also names the objects the request acts on, so two changes to one object are never in flight together.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "check")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MemberChecks.Invited.class, name = "invited"),
    @JsonSubTypes.Type(value = MemberChecks.OrgRole.class, name = "org_role"),
    @JsonSubTypes.Type(value = MemberChecks.MemberGone.class, name = "member_gone"),
    @JsonSubTypes.Type(value = MemberChecks.InviteRole.class, name = "invite_role"),
    @JsonSubTypes.Type(value = MemberChecks.InviteGone.class, name = "invite_gone"),
    @JsonSubTypes.Type(value = MemberChecks.InviteWorkspaceRole.class, name = "invite_workspace_role"),
    @JsonSubTypes.Type(value = WorkspaceChecks.Created.class, name = "workspace_created"),
    @JsonSubTypes.Type(value = WorkspaceChecks.Renamed.class, name = "workspace_renamed"),
    @JsonSubTypes.Type(value = WorkspaceChecks.Gone.class, name = "workspace_gone"),
    @JsonSubTypes.Type(value = WorkspaceChecks.MemberAdded.class, name = "workspace_member_added"),
    @JsonSubTypes.Type(value = WorkspaceChecks.MemberRole.class, name = "workspace_role"),
    @JsonSubTypes.Type(value = WorkspaceChecks.MemberGone.class, name = "workspace_member_gone"),
    @JsonSubTypes.Type(value = KeyChecks.Created.class, name = "key_created"),
    @JsonSubTypes.Type(value = KeyChecks.Role.class, name = "key_role"),
    @JsonSubTypes.Type(value = KeyChecks.Gone.class, name = "key_gone"),
    @JsonSubTypes.Type(value = KeyChecks.PatRevoked.class, name = "pat_revoked"),
    @JsonSubTypes.Type(value = RoleChecks.Created.class, name = "role_created"),
    @JsonSubTypes.Type(value = RoleChecks.Edited.class, name = "role_edited"),
    @JsonSubTypes.Type(value = RoleChecks.Gone.class, name = "role_gone"),
    @JsonSubTypes.Type(value = SettingChecks.Value.class, name = "setting"),
    @JsonSubTypes.Type(value = SettingChecks.Unverifiable.class, name = "unverifiable")})
public sealed interface Check permits MemberChecks.Invited, MemberChecks.OrgRole, MemberChecks.MemberGone,
        MemberChecks.InviteRole, MemberChecks.InviteGone, MemberChecks.InviteWorkspaceRole, WorkspaceChecks.Created,
        WorkspaceChecks.Renamed, WorkspaceChecks.Gone, WorkspaceChecks.MemberAdded, WorkspaceChecks.MemberRole,
        WorkspaceChecks.MemberGone, KeyChecks.Created, KeyChecks.Role, KeyChecks.Gone, KeyChecks.PatRevoked,
        RoleChecks.Created, RoleChecks.Edited, RoleChecks.Gone, SettingChecks.Value, SettingChecks.Unverifiable {

    /** The objects the request acts on ({@code person:ann@x.com}, {@code key:<id>}, {@code setting:invites}). */
    List<String> objects();

    /** Reads the org and says whether the request took effect; fails only when the read itself fails. */
    Future<Evidence> read(LangSmithClient client);

    /**
     * This check made exact just before the request leaves (a new key is told apart by the key ids listed right
     * before it was asked for); most checks need nothing. A failed read keeps the check as it was built.
     */
    default Future<Check> prepare(LangSmithClient client) {
        return Future.succeededFuture(this);
    }
}
