package dev.lsorg.app.mutation;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The checks of people read only the people they are about: one short filtered page per list, found whatever the
 * case of the email they carry, never the whole member list (tens of megabytes on a 50,000-member org).
 */
class MemberReadsTest {
    private static List<RequestLog.Entry> readsDuring(DemoOrg demo, Runnable r) {
        int before = demo.emulator.requestLog().entries().size();
        r.run();
        List<RequestLog.Entry> all = demo.emulator.requestLog().entries();
        return all.subList(before, all.size());
    }

    private static String shout(String email) {
        return email.toUpperCase(Locale.ROOT);
    }

    @Test
    void eachCheckOfOnePersonReadsOneFilteredPageAndFindsThemInAnyCase() {
        try (DemoOrg demo = DemoOrg.start()) {
            OrgData org = demo.load();
            TenantForUser ws = DemoOrg.workspace(org, "Research");
            OrgMemberIdentity m = DemoOrg.member(org, "ORGANIZATION_USER", ws);
            OrgPendingIdentity p = org.members().pending().get(0);
            MemberIdentity wm = DemoOrg.workspaceMember(org, ws, m.email());
            List<Check> checks = List.of(new MemberChecks.OrgRole(shout(m.email()), m.roleId(), "its role"),
                    new MemberChecks.MemberGone(shout(m.email())),
                    new MemberChecks.InviteRole(shout(p.email()), p.roleId(), "its role"),
                    new MemberChecks.InviteGone(shout(p.email())),
                    new WorkspaceChecks.MemberAdded(ws.id(), shout(m.email()), "Research"),
                    new WorkspaceChecks.MemberRole(ws.id(), shout(m.email()), wm.roleId(), "its role"),
                    new WorkspaceChecks.MemberGone(ws.id(), shout(m.email()), "Research"));
            List<Boolean> expected = List.of(true, false, true, false, true, true, false);
            for (int i = 0; i < checks.size(); i++) {
                Check c = checks.get(i);
                List<Evidence> found = new ArrayList<>();
                List<RequestLog.Entry> reads = readsDuring(demo, () -> found.add(await(c.read(demo.client))));
                assertEquals(expected.get(i), found.get(0).done(), c + ": " + found.get(0).words());
                assertEquals(1, reads.size(), c + " reads " + reads);
                RequestLog.Entry read = reads.get(0);
                assertTrue(read.path().endsWith("/members/active") || read.path().endsWith("/members/pending"),
                        read.path());
                assertTrue(read.query().contains("emails=" + m.email().replace("@", "%40"))
                        || read.query().contains("emails=" + p.email().replace("@", "%40")), read.query());
            }
        }
    }

    @Test
    void aBatchOfInvitesIsLookedUpTwentyFivePeoplePerRequest() {
        try (DemoOrg demo = DemoOrg.start()) {
            OrgData org = demo.load();
            List<String> emails = new ArrayList<>();
            org.members().members().stream().limit(20).forEach(x -> emails.add(x.email()));
            org.members().pending().forEach(x -> emails.add(x.email()));
            assertTrue(emails.size() < 60, "the demo org has fewer invites than the test's 40");
            for (int i = emails.size(); i < 60; i++) {
                emails.add("never.invited." + i + "@example.com");
            }
            List<Evidence> found = new ArrayList<>();
            List<RequestLog.Entry> reads = readsDuring(demo, () -> found.add(await(
                    new MemberChecks.Invited(emails).read(demo.client))));
            int listed = 20 + org.members().pending().size();
            assertEquals(listed + " of 60 invites are listed", found.get(0).words());
            assertEquals(6, reads.size(), "3 lots of 25, each in the active and the pending list: " + reads);
            Evidence all = await(new MemberChecks.Invited(emails.subList(0, 20)).read(demo.client));
            assertEquals("all 20 invites are listed", all.words());
        }
    }
}
