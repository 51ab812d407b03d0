package dev.lsorg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.FreshDemoOrgTest;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The shell on scripts and pipes, against the emulator: confirmations read from the next line, exit codes. */
class ShellScriptTest extends FreshDemoOrgTest {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @Test
    void aChangeShowsTheExactRequestAndIsSentOnY() {
        assertEquals(0, script(false, false, "set public-sharing off\ny\n"));
        assertTrue(out.toString().contains("Disable public sharing of runs, datasets and prompts in org Acme Robotics"));
        assertTrue(out.toString().contains("PATCH " + demo.emulator.endpoint() + "/api/v1/orgs/current/info"));
        assertTrue(out.toString().contains("X-API-Key: lsv2_sk_...") && out.toString().contains("(masked)"));
        assertTrue(out.toString().contains("Send it? [y/N]"));
        assertTrue(out.toString().contains("Done: Disable public sharing"));
        assertTrue(demo.load().info().publicSharingDisabled());
    }

    @Test
    void anythingButYCancelsAndSendsNothing() {
        assertEquals(ChangeFlow.CANCELLED, script(false, false, "set public-sharing off\nN\n"));
        assertTrue(out.toString().contains("Cancelled; nothing was sent."));
        assertTrue(demo.changes().isEmpty());
        assertFalse(demo.load().info().publicSharingDisabled());
    }

    @Test
    void aDestructiveChangeNeedsTheNameTypedEvenWithYes() {
        assertEquals(ChangeFlow.CANCELLED, script(false, false, "delete workspace Sandbox --yes\ny\n"));
        assertTrue(out.toString().contains("This cannot be undone. Type 'Sandbox' to confirm:"));
        assertTrue(err.toString().contains("'y' does not match 'Sandbox'."));
        assertTrue(demo.changes().isEmpty());
        assertEquals(0, script(false, false, "delete workspace Sandbox\nSandbox\n"));
        assertTrue(out.toString().contains("Done: Delete workspace Sandbox"));
        assertTrue(demo.load().workspaces().stream().noneMatch(w -> w.displayName().equals("Sandbox") && !w.isDeleted()));
    }

    @Test
    void confirmOnTheLineServesScripts() {
        assertEquals(0, script(false, false, "revoke 'staging ci' --confirm 'staging ci'\n"));
        assertTrue(demo.load().serviceKeys().stream().noneMatch(k -> k.description().equals("staging ci")));
    }

    @Test
    void readOnlyRefusesChangesAndHidesThemFromHelp() {
        assertEquals(2, script(true, false, "help\ninvite a@x.com --yes\n"));
        assertTrue(err.toString().contains("refused: mode: read-only mode: lsorg makes no changes"));
        assertFalse(out.toString().contains("invite"));
        assertTrue(out.toString().contains("Read-only mode: commands that change the org are not available."));
        assertTrue(demo.changes().isEmpty());
    }

    @Test
    void dryRunConfirmsAndJournalsButSendsNothing() {
        assertEquals(0, script(false, true, "set invites off --yes\n"));
        assertTrue(out.toString().contains("(dry run: the request will be recorded in the journal, not sent)"));
        assertTrue(out.toString().contains("Dry run: recorded, not sent"));
        assertTrue(demo.changes().isEmpty());
        assertEquals("dry-run", new Journal(dir.resolve("journal.jsonl")).read().get(0).outcome());
    }

    @Test
    void aScriptStopsAtTheFirstFailureWithItsExitCode() {
        assertEquals(2, script(false, false, "ls roles --format csv\nfrobnicate\nls workspaces\n"));
        assertTrue(out.toString().contains("ORGANIZATION_ADMIN,Organization Admin,organization"));
        assertTrue(err.toString().contains("unknown command 'frobnicate' (try 'help')"));
        assertTrue(err.toString().contains("stopped at line 2: frobnicate"));
        assertFalse(out.toString().contains("Production"));
    }

    @Test
    void inputProblemsAreRefusedWithTheirReasons() {
        assertEquals(2, script(false, false, "create workspace Lab/1\n"));
        assertEquals("refused: name: only letters, digits, spaces and - _ ' @ ( ) are allowed\n"
                + "lsorg shell: stopped at line 1: create workspace Lab/1\n", err.toString());
    }

    @Test
    void roleRoutesByTargetAndANewKeyIsShownOnce() {
        var org = demo.load();
        String email = org.members().members().stream().filter(m -> !m.isDisabled()
                && DemoOrg.role(org, "ORGANIZATION_USER").id().equals(m.roleId())).findFirst().orElseThrow().email();
        assertEquals(0, script(false, false, "role " + email + " 'Organization Viewer' --yes\n"
                + "role auditor@acme-robotics.com user --yes\n"
                + "create key 'nightly job' --org-role viewer --expires-days 10 --yes\n"));
        assertTrue(out.toString().contains("Change " + email + "'s org role from Organization User to Organization Viewer"));
        assertTrue(out.toString().contains("Change the org role of the pending invite of auditor@acme-robotics.com"));
        assertTrue(out.toString().contains("New key (shown once, it cannot be shown again; store it now): lsv2_sk_"));
    }

    @Test
    void showUseAndListsOfOneWorkspace() {
        assertEquals(0, script(false, false, "show 'staging ci'\nshow Research\nuse research\nls keys\n"
                + "show auditor@acme-robotics.com\nls pending -w Staging --format csv\nuse\n"
                + "ls pending --filter qa.lead --format csv\n"));
        String text = out.toString();
        assertTrue(text.contains("key:            staging ci\n"), text);
        assertTrue(text.contains("workspace:      Research\n"), text);
        assertTrue(text.contains("Using workspace Research ("), text);
        // a script's output is no terminal: the table fits 80 columns, cutting the widest cells
        assertTrue(text.contains("\nresearch n…  lsv2_sk_"), text);
        assertFalse(text.contains("staging ci  "), text);
        assertTrue(text.contains("pending invite: auditor@acme-robotics.com\norg role:       Organization Viewer"), text);
        assertTrue(text.contains("email,workspace_role,invited\r\nqa.lead@acme-robotics.com,Editor,"), text);
        assertTrue(text.contains("No workspace in use: ls lists the whole org"), text);
        assertTrue(text.contains("email,org_role,workspaces,workspace_role,invited\r\nqa.lead@acme-robotics.com,"
                + "Organization User,Staging,Editor,"), text);
    }

    @Test
    void oneCommandModeReadsAnswersFromItsInput() {
        Shell shell = shell(false, false);
        int code = shell.runOne("set pat-creation off", new BufferedReader(new StringReader("y\n")),
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code);
        assertTrue(demo.load().info().patCreationDisabled());
    }

    private int script(boolean readOnly, boolean dryRun, String text) {
        return shell(readOnly, dryRun).runScript(new BufferedReader(new StringReader(text)), new PrintWriter(out),
                new PrintWriter(err));
    }

    private Shell shell(boolean readOnly, boolean dryRun) {
        ShellSession session = new ShellSession(demo.client, new Journal(dir.resolve("journal.jsonl")), "test",
                new ShellSession.Modes(readOnly, dryRun, false), demo.clock);
        session.reload();
        return new Shell(session);
    }
}
