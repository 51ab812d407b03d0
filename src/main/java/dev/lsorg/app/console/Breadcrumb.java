package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.Place;
import dev.lsorg.app.rows.MemberWorkspaceRows;
import dev.lsorg.app.rows.RoleLabels;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where Enter has led, in words: one crumb per place on the trail and one for here, e.g.
 * {@code Acme › Research › Members} (the org's workspaces, then Research's members).
 */
public final class Breadcrumb {
    private Breadcrumb() {
    }

    /** The crumbs of {@code s}, first place first; just the pane's own when there is no trail. */
    public static List<String> of(AppState s) {
        List<String> out = new ArrayList<>();
        for (Place p : s.trail()) {
            out.addAll(crumbs(s, p));
        }
        out.addAll(crumbs(s, Place.of(s)));
        return out;
    }

    private static List<String> crumbs(AppState s, Place p) {
        OrgData d = s.data();
        return switch (p.pane()) {
            case WORKSPACES -> List.of(d.info() == null ? "Org" : Sanitizer.screen(d.info().displayName()));
            case WS_MEMBERS -> List.of(name(d.workspace(p.workspace()), p.workspace()), "Members");
            case MEMBER_WORKSPACES -> List.of(email(MemberWorkspaceRows.member(d, p.state().scope())), "Workspaces");
            case ROLE_HOLDERS -> List.of(role(s, p), "Holders");
            default -> List.of(p.pane().title());
        };
    }

    private static String name(TenantForUser w, UUID id) {
        return w == null ? String.valueOf(id) : Sanitizer.screen(w.displayName());
    }

    private static String email(OrgMemberIdentity m) {
        return m == null ? "(gone)" : Sanitizer.screen(m.email());
    }

    private static String role(AppState s, Place p) {
        try {
            Role r = p.state().scope() == null ? null : s.data().role(UUID.fromString(p.state().scope()));
            return r == null ? "(gone)" : Sanitizer.screen(RoleLabels.of(r));
        } catch (IllegalArgumentException e) {
            return "(gone)";
        }
    }
}
