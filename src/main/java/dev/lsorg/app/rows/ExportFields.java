package dev.lsorg.app.rows;

import dev.lsorg.app.RequestEntry;
import dev.lsorg.audit.Finding;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export writes beside a row's display values, for scripts: the record's ids and its times in ISO-8601 (UTC),
 * typed (numbers and booleans stay numbers and booleans in JSON). Display values like "3d" or "Org Admin" are for
 * people; these are for programs.
 */
public final class ExportFields {
    private ExportFields() {
    }

    /** The fields of the record behind a row, by name (snake_case), in a stable order; empty for others. */
    public static Map<String, Object> of(Object source) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (source instanceof TenantForUser w) {
            put(out, "id", w.id());
            put(out, "created_at", w.createdAt());
            out.put("deleted", w.isDeleted());
        } else if (source instanceof OrgMemberIdentity m) {
            member(out, m.id(), m.userId(), m.lsUserId(), m.roleId(), m.createdAt());
            out.put("disabled", m.isDisabled());
        } else if (source instanceof OrgPendingIdentity p) {
            member(out, p.id(), null, null, p.roleId(), p.createdAt());
        } else if (source instanceof MemberIdentity m) {
            member(out, m.id(), m.userId(), m.lsUserId(), m.roleId(), m.createdAt());
            out.put("disabled", m.isDisabled());
        } else if (source instanceof PendingIdentity p) {
            member(out, p.id(), null, null, p.roleId(), p.createdAt());
        } else {
            more(out, source);
        }
        return out;
    }

    private static void more(Map<String, Object> out, Object source) {
        if (source instanceof APIKeyGetResponse k) {
            put(out, "id", k.id());
            put(out, "short_key", k.shortKey());
            put(out, "created_at", k.createdAt());
            put(out, "last_used_at", k.lastUsedAt());
            put(out, "expires_at", k.expiresAt());
            out.put("read_only", k.readOnly());
        } else if (source instanceof Role r) {
            put(out, "id", r.id());
            put(out, "name", r.name());
            out.put("permission_count", r.permissions() == null ? 0 : r.permissions().size());
        } else if (source instanceof Finding f) {
            put(out, "object_id", f.object().id());
            put(out, "workspace_id", f.object().workspaceId());
        } else if (source instanceof RequestEntry e) {
            put(out, "at", e.at());
            out.put("attempt", e.attempt());
            put(out, "workspace_id", e.tenant());
        } else if (source instanceof ActivityRecord a) {
            put(out, "id", a.uid());
            put(out, "time", a.time());
        }
    }

    private static void member(Map<String, Object> out, Object id, Object userId, Object lsUserId, Object roleId,
                               Instant created) {
        put(out, "id", id);
        put(out, "user_id", userId);
        put(out, "ls_user_id", lsUserId);
        put(out, "role_id", roleId);
        put(out, "created_at", created);
    }

    // Ids as text, instants in ISO-8601 UTC, nothing for null (an empty cell, a JSON null).
    private static void put(Map<String, Object> out, String name, Object value) {
        out.put(name, value == null ? null : value instanceof Instant i ? i.toString() : value.toString());
    }
}
