package dev.lsorg.app;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Finds the records that changed between two loads of a resource, by id, so their rows can be highlighted. A first
 * load changes nothing (everything would light up).
 */
final class Diffs {
    private Diffs() {
    }

    /** The ids of records in {@code fresh}, the new answer for {@code r}, that are new or differ from {@code s}'s. */
    @SuppressWarnings("unchecked")
    static Set<String> changed(AppState s, Resource r, Object fresh) {
        OrgData old = s.data();
        return switch (r) {
            case WORKSPACES -> byId(old.workspaces(), (List<TenantForUser>) fresh, TenantForUser::id);
            case ROLES -> byId(old.roles(), (List<Role>) fresh, Role::id);
            case MEMBERS -> members(old.members(), (OrganizationMembers) fresh);
            case KEYS -> keys(old, (OrgData) fresh);
            case WS_MEMBERS -> workspaceMembers(old.workspaceMembers().get(s.workspace()), (TenantMembers) fresh);
            case ACTIVITY -> s.activity().newIn((ActivityPage) fresh);
            default -> Set.of();
        };
    }

    private static Set<String> members(OrganizationMembers old, OrganizationMembers fresh) {
        if (old == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(byId(old.members(), fresh.members(), m -> m.id()));
        out.addAll(byId(old.pending(), fresh.pending(), p -> p.id()));
        return Set.copyOf(out);
    }

    private static Set<String> workspaceMembers(TenantMembers old, TenantMembers fresh) {
        if (old == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(byId(old.members(), fresh.members(), m -> m.id()));
        out.addAll(byId(old.pending(), fresh.pending(), p -> p.id()));
        return Set.copyOf(out);
    }

    // Service keys and PATs are listed together: both are in once the keys have loaded.
    private static Set<String> keys(OrgData old, OrgData fresh) {
        if (old.serviceKeys() == null || old.personalAccessTokens() == null) {
            return Set.of();
        }
        List<APIKeyGetResponse> a = new ArrayList<>(old.serviceKeys());
        a.addAll(old.personalAccessTokens());
        List<APIKeyGetResponse> b = new ArrayList<>(fresh.serviceKeys());
        b.addAll(fresh.personalAccessTokens());
        return byId(a, b, APIKeyGetResponse::id);
    }

    static <T> Set<String> byId(List<T> old, List<T> fresh, Function<T, UUID> id) {
        if (old == null || fresh == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        // A refresh mostly lists the same records in the same order: they are compared where they stand, and only
        // from the first that is not the same record are the old ones looked up by id (at 50,000 members the map of
        // them all was most of the time a landing refresh kept the GUI thread).
        int same = 0;
        int n = Math.min(old.size(), fresh.size());
        while (same < n && Objects.equals(id.apply(old.get(same)), id.apply(fresh.get(same)))) {
            T t = fresh.get(same);
            if (!old.get(same).equals(t)) {
                out.add(String.valueOf(id.apply(t)));
            }
            same++;
        }
        if (same < fresh.size()) {
            Map<UUID, T> before = new HashMap<>();
            for (int i = same; i < old.size(); i++) {
                before.put(id.apply(old.get(i)), old.get(i));
            }
            for (int i = same; i < fresh.size(); i++) {
                T t = fresh.get(i);
                if (!Objects.equals(before.get(id.apply(t)), t)) {
                    out.add(String.valueOf(id.apply(t)));
                }
            }
        }
        return Set.copyOf(out);
    }
}
