package dev.lsorg.app.bulk;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.FreshDemoOrgTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code apply} on a CSV with valid, duplicate, already-done and invalid rows, twice, against the emulator. */
class BulkApplyTest extends FreshDemoOrgTest {

    @Test
    void planAppliesWhatDiffersAndASecondRunChangesNothing() {
        OrgData org = demo.load();
        TenantForUser prod = DemoOrg.workspace(org, "Production");
        TenantForUser staging = DemoOrg.workspace(org, "Staging");
        OrgMemberIdentity editor = DemoOrg.member(org, "ORGANIZATION_USER", prod);
        OrgMemberIdentity outsider = DemoOrg.outsider(org, DemoOrg.workspace(org, "Sandbox"));
        OrgMemberIdentity leaver = DemoOrg.member(org, "ORGANIZATION_USER", staging);
        String csv = "email,org role,workspace,workspace role,action\n"
                + "new1@x.com,Organization User,Research,Viewer,\n"                       // 2 invite
                + "new2@x.com,Organization User,Research,Viewer,\n"                       // 3 invite (same batch)
                + "NEW1@x.com,Organization User,Research,Viewer,\n"                       // 4 duplicate
                + editor.email() + ",," + "Production,"
                        + roleOf(org, editor, prod) + ",\n"                               // 5 already as asked
                + outsider.email() + ",,Sandbox,Viewer,\n"                                // 6 add
                + "not-an-email,Organization User,,,\n"                                   // 7 invalid
                + leaver.email() + ",,Staging,,remove\n"                                  // 8 remove from workspace
                + "ghost@x.com,,,,remove\n"                                               // 9 nothing to remove
                + "bob@x.com,Organization User,Nowhere,Viewer,\n"                         // 10 no such workspace
                + "a,b,c,d,e,f\n";                                                        // 11 too many columns
        BulkPlan plan = plan(csv);
        assertEquals(List.of(List.of(2, 3), List.of(6), List.of(8)), plan.steps().stream().map(BulkPlan.Step::lines).toList());
        assertEquals("Invite 2 people to the org as Organization User and to workspace Research as Viewer",
                plan.steps().get(0).mutation().title());
        assertEquals(List.of(5, 9), plan.skipped().stream().map(BulkPlan.Note::line).toList());
        assertEquals(List.of(11, 4, 7, 10), plan.invalid().stream().map(BulkPlan.Note::line).toList());
        assertTrue(plan.destructive());

        BulkApply.Summary summary = await(BulkApply.run(plan, plan.confirmText(), demo.runner(dir.resolve("j"), false), r -> { }));
        assertEquals(new BulkApply.Summary(3, 0, 0, 0, 0, 2, 4), summary);
        OrgData after = demo.load();
        assertTrue(after.members().pending().stream().anyMatch(p -> p.email().equals("new2@x.com")));
        assertTrue(DemoOrg.workspaceMember(after, DemoOrg.workspace(after, "Sandbox"), outsider.email()) != null);

        int sent = demo.changes().size();
        BulkPlan again = plan(csv);
        assertTrue(again.empty(), () -> again.steps().toString());
        assertEquals(4, again.invalid().size());
        assertEquals(sent, demo.changes().size());
    }

    @Test
    void aFailingStepDoesNotStopTheRest() {
        OrgData org = demo.load();
        OrgMemberIdentity outsider = DemoOrg.outsider(org, DemoOrg.workspace(org, "Sandbox"));
        BulkPlan plan = plan("late@x.com,Organization User,,,\n" + outsider.email() + ",,Sandbox,Editor,\n");
        await(demo.client.orgMembers().invite(new dev.lsorg.model.PendingIdentityCreate("late@x.com", null,
                null, null, null, null, null)));
        BulkApply.Summary summary = await(BulkApply.run(plan, plan.confirmText(), demo.runner(dir.resolve("j"), false), r -> { }));
        assertEquals(new BulkApply.Summary(1, 1, 0, 0, 0, 0, 0), summary);
    }

    @Test
    void aPlanRunWithoutItsConfirmationSendsNothing() {
        OrgData org = demo.load();
        OrgMemberIdentity leaver = DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Staging"));
        BulkPlan plan = plan("unasked@x.com,Organization User,,,\n" + leaver.email() + ",,Staging,,remove\n");
        assertEquals("apply", plan.confirmText());
        for (String answer : new String[] {null, "y", "yes", "APPLY"}) {
            await(BulkApply.run(plan, answer, demo.runner(dir.resolve("j"), false), r -> { }));
        }
        assertTrue(demo.changes().isEmpty(), () -> demo.changes().toString());
    }

    /** An invite whose roles differ is changed in place (PATCH .../pending), not skipped as "already invited". */
    @Test
    void aPendingInvitesRolesAreChangedInPlace() {
        String csv = "new.hire@acme-robotics.com,Organization Viewer,Production,Viewer,\n"  // 1 both roles differ
                + "intern.research@acme-robotics.com,Organization User,Research,Viewer,\n"  // 2 already as asked
                + "qa.lead@acme-robotics.com,,Research,Editor,\n";                           // 3 not its workspace
        BulkPlan plan = plan(csv);
        assertEquals(List.of("PATCH /orgs/current/members/{id}/pending",
                        "PATCH /workspaces/current/members/{id}/pending"),
                plan.steps().stream().map(s -> s.mutation().requests().get(0))
                        .map(r -> r.method() + " " + r.path().replaceAll("[0-9a-f-]{36}", "{id}")).toList());
        assertEquals("Change the org role of the pending invite of new.hire@acme-robotics.com to Organization Viewer",
                plan.steps().get(0).mutation().title());
        assertEquals(List.of("already invited as asked, waiting for them to accept",
                "already invited without Research; an invite's workspaces cannot change: add them to it once they"
                        + " accept"), plan.skipped().stream().map(BulkPlan.Note::reason).toList());

        assertEquals(new BulkApply.Summary(2, 0, 0, 0, 0, 2, 0), await(BulkApply.run(plan, plan.confirmText(),
                demo.runner(dir.resolve("j"), false), r -> { })));
        OrgData after = demo.load();
        var invite = after.members().pending().stream().filter(p -> p.email().equals("new.hire@acme-robotics.com"))
                .findFirst().orElseThrow();
        assertEquals("ORGANIZATION_VIEWER", invite.roleName());
        assertEquals("WORKSPACE_VIEWER", invite.workspaceRoleName());
        assertTrue(plan(csv).steps().isEmpty(), "a second run changes nothing");
    }

    private BulkPlan plan(String csv) {
        MutationFactory factory = new MutationFactory(demo.client, demo.load(), false, demo.clock);
        BulkCsv.Parsed parsed = BulkCsv.parse(csv);
        return new BulkPlanner(factory).plan(parsed.rows(), parsed.problems());
    }

    private static String roleOf(OrgData org, OrgMemberIdentity m, TenantForUser ws) {
        java.util.UUID roleId = DemoOrg.workspaceMember(org, ws, m.email()).roleId();
        return org.roles().stream().filter(r -> r.id().equals(roleId)).findFirst().orElseThrow().displayName();
    }
}
