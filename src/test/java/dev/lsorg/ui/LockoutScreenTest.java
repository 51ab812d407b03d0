package dev.lsorg.ui;

import static dev.lsorg.testing.Await.await;
import static dev.lsorg.ui.ChangeMembersTest.choose;
import static dev.lsorg.ui.ChangeSafetyScreenTest.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No self-inflicted lockout without a second look: revoking or demoting the key lsorg is using, demoting your own
 * membership (on a personal access token) and removing the last org admins warn and need the typed text.
 */
class LockoutScreenTest {
    @TempDir
    Path dir;

    @Test
    void revokingOrDemotingTheKeyInUseNeedsItsTextTyped() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('4', "lsorg admin console");
            c.h.type("x");
            Mutation revoke = c.confirming();
            assertTrue(revoke.warning().startsWith("This revokes the key lsorg is using now: from the moment it is"
                    + " gone lsorg (and anything else using it) is locked out"), revoke.warning());
            c.assertScreenHas("WARNING: This revokes the key lsorg is using now");
            c.h.press(KeyType.Escape);
            c.h.type("o");
            choose(c, "Organization User");
            c.h.press(KeyType.Enter);
            Mutation demote = c.confirming();
            assertTrue(demote.typedConfirmation(), "a role change is usually a y; this one is typed");
            c.assertScreenHas("WARNING: This changes the role of the key lsorg is using now");
            c.assertScreenHas("Type 'lsorg admin console' to confirm:");
            c.h.type("y");
            c.h.press(KeyType.Tab, KeyType.Enter);
            assertEquals(List.of(), c.changes(), "a y is not the typed text: nothing was sent");
        }
    }

    @Test
    void demotingYourOwnMembershipNeedsItsTextTyped() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.withKey("pat"))) {
            // the console runs on a member's personal access token; that member is made an org admin first
            String email = owner(c);
            OrgData org = c.org.load();
            OrgMemberIdentity me = org.members().members().stream().filter(m -> m.email().equals(email)).findFirst()
                    .orElseThrow();
            await(c.org.client.orgMembers().changeRole(me.id(), role(c, "ORGANIZATION_ADMIN")));
            c.h.type("R");
            c.h.pumpUntil(() -> !c.state().anyLoading(), "the reload");
            c.select('2', email);
            c.h.type("o");
            choose(c, "Organization User");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("This changes your own membership (" + email + ", the owner of the key lsorg is using):"
                    + " you may lose the rights needed to undo it.", m.warning());
            c.assertScreenHas("Type '" + email + "' to confirm:");
        }
    }

    @Test
    void removingTheLastOrgAdminsWarns() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('2', "Org Admin");
            for (int i = 0; i < 4; i++) {
                c.h.type(" ");
            }
            c.h.type("x");
            Mutation m = c.confirming();
            assertTrue(m.warning().contains("These are all the Organization Admins: afterwards nobody can manage"
                    + " the org's members, roles, keys and settings."), m.warning());
            c.assertScreenHas("WARNING: These are all the Organization Admins");
        }
    }

    /** The email of the member whose PAT the seed hands out. */
    private static String owner(ChangeHarness c) {
        OrgData org = c.org.load();
        String user = org.personalAccessTokens().stream().filter(k -> k.description().equals("laptop"))
                .findFirst().orElseThrow().createdBy();
        return org.members().members().stream().filter(m -> user.equals(String.valueOf(m.lsUserId())))
                .findFirst().orElseThrow().email();
    }
}
