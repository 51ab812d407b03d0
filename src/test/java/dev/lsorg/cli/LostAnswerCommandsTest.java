package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.Orphaned;
import dev.lsorg.app.mutation.StatePaths;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell and {@code apply} against an emulator that loses answers: they say "unknown", check the org, report
 * what it shows, count each verdict apart, never send a change twice, and at start report and check what an
 * earlier run left without an outcome.
 */
class LostAnswerCommandsTest {
    @TempDir
    Path dir;
    DemoOrg demo;
    CliContext ctx;

    @BeforeEach
    void start() {
        demo = DemoOrg.start();
        ctx = CommandRunner.isolated(dir, Map.of("LANGSMITH_ENDPOINT", demo.emulator.endpoint(),
                "LANGSMITH_API_KEY", demo.emulator.keys().orgAdminKey(),
                "LANGSMITH_ORGANIZATION_ID", demo.emulator.organizationId().toString()));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private Journal journal() {
        return new Journal(StatePaths.journal(ctx.env()));
    }

    @Test
    void theShellSaysUnknownChecksAndReportsWhatTheOrgShows() {
        demo.emulator.faults().dropRate(1.0).onlyFor("POST").forNext(1);
        CommandRunner.Result r = CommandRunner.run(ctx, "shell", "-y", "-c", "invite dropped@x.com");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("The outcome is unknown: its answer was lost (The connection to LangSmith broke"
                + " before its answer came ("), r.out());
        assertTrue(r.out().contains("Checking the org to learn what happened…\nUnknown → done: Invite dropped@x.com"
                + " to the org as Organization User (its answer was lost; the org shows it: an invite for"
                + " dropped@x.com is listed)"), r.out());
        assertEquals(1, demo.changes().size());
        assertEquals(List.of("intent", "done"), journal().read().stream().map(JournalEntry::outcome).toList());
    }

    @Test
    void theShellReportsAndChecksAChangeAKilledRunLeftOpen() {
        Mutation m = new MutationFactory(demo.client, demo.load(), false, demo.clock)
                .changeInviteRole(List.of("auditor@acme-robotics.com"), "Organization User").mutation();
        // written five minutes ago by a run that was killed: long enough for the change to have landed, had it left
        Orphaned.intent(journal(), m, Orphaned.deadPid(), demo.clock.instant().minusSeconds(300));
        CommandRunner.Result r = CommandRunner.run(ctx, "shell", "-c", "journal");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("1 change from an earlier run has no recorded outcome: " + m.title()), r.err());
        assertTrue(r.err().contains("\nchecked: " + m.title() + " ("), r.err());
        assertTrue(r.err().contains("): unknown → not done (the invite of auditor@acme-robotics.com does not grant"
                + " Organization User)\n"), r.err());
        assertTrue(r.out().contains("not-done " + m.title()), r.out());
        assertEquals(List.of(), demo.changes(), "checking sends nothing");
        assertEquals(List.of(), CommandRunner.run(ctx, "shell", "-c", "journal").err().lines().toList(),
                "the next start finds nothing open");
    }

    @Test
    void applyCountsEachVerdictAndARunAgainChangesNothingTwice() throws Exception {
        OrgData org = demo.load();
        String outsider = DemoOrg.outsider(org, DemoOrg.workspace(org, "Sandbox")).email();
        Path csv = Files.writeString(dir.resolve("people.csv"), "email,org role,workspace,workspace role,action\n"
                + "ana@x.com,Organization User,,,\n"
                + outsider + ",,Sandbox,Viewer,\n"
                + DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Research")).email()
                + ",Organization Viewer,,,\n");
        // the first write's answer is lost after the server acted; the second fails before it acts
        demo.emulator.faults().dropRate(1.0).onlyFor("POST").forNext(1);
        CommandRunner.Result first = CommandRunner.runWithInput(ctx, "y\n", "apply", csv.toString());
        demo.emulator.faults().reset();
        assertTrue(first.out().contains("Summary: 2 done, 0 refused, 1 unknown → done, 0 unknown → not done,"
                + " 0 still unknown; 0 already as asked, 0 could not be applied"), first.out() + first.err());
        assertEquals(ExitCodes.OK, first.exitCode());
        assertEquals(3, demo.changes().size());

        demo.emulator.faults().errorRate(1.0).onlyFor("PATCH").forNext(1);
        Path more = Files.writeString(dir.resolve("more.csv"), DemoOrg.member(org, "ORGANIZATION_USER",
                DemoOrg.workspace(org, "Staging")).email() + ",Organization Viewer,,,\n");
        CommandRunner.Result lost = CommandRunner.runWithInput(ctx, "y\n", "apply", more.toString());
        assertTrue((lost.out() + lost.err()).contains("Summary: 0 done, 0 refused, 0 unknown → done,"
                + " 1 unknown → not done"),
                lost.out() + lost.err());
        assertEquals(ExitCodes.API, lost.exitCode());

        CommandRunner.Result again = CommandRunner.runWithInput(ctx, "y\n", "apply", csv.toString());
        assertTrue(again.out().contains("Nothing to change."), again.out());
        CommandRunner.Result retry = CommandRunner.runWithInput(ctx, "y\n", "apply", more.toString());
        assertTrue(retry.out().contains("Summary: 1 done, 0 refused"), retry.out() + retry.err());
        assertEquals(5, demo.changes().size(), "3 + the lost one + its retry: nothing was sent twice");
    }
}
