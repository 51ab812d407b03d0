package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.confirmed;
import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running mutations: once only, dry runs, read-only mode, the server's refusals in words, and the journal. */
class MutationRunnerTest extends DemoMutationTest {
    Path journal;

    @BeforeEach
    void journalFile() {
        journal = dir.resolve("state/journal.jsonl");
    }

    @Test
    void theRunnerRefusesAChangeThatWasNotConfirmed() {
        MutationRunner runner = demo.runner(journal, false);
        Mutation normal = ready(factory.setPublicSharing(false));
        Mutation destructive = ready(factory.unshareAll());
        assertTrue(destructive.destructive());
        for (Confirmation unconfirmed : List.of(new Confirmation(normal, null),
                new Confirmation(destructive, null), new Confirmation(destructive, "y"),
                new Confirmation(destructive, destructive.confirmText() + "x"))) {
            Outcome o = await(runner.run(unconfirmed));
            assertEquals(Outcome.Status.NOT_CONFIRMED, o.status(), unconfirmed::toString);
            assertEquals(0, o.sent());
        }
        assertEquals("Nothing was sent: not confirmed: type '" + destructive.confirmText() + "' to confirm",
                await(runner.run(new Confirmation(destructive, "nope"))).message());
        assertTrue(demo.emulator.requestLog().entries().stream().noneMatch(e -> !e.method().equals("GET")),
                "the emulator received no change");
        assertFalse(Files.exists(journal), "nothing journaled");

        // the same values, confirmed, do go out: the refusal above was about the answer, not the change
        assertEquals(Outcome.Status.DONE, await(runner.run(confirmed(destructive))).status());
        assertEquals(1, demo.changes().size());
    }

    @Test
    void confirmingTwiceSendsOneRequest() {
        Mutation m = ready(factory.invite("twice@x.com", null, null, null));
        MutationRunner runner = demo.runner(journal, false);
        Future<Outcome> first = runner.run(confirmed(m));
        Future<Outcome> second = runner.run(confirmed(m));
        assertEquals(Outcome.Status.ALREADY_RUN, await(second).status());
        assertEquals(Outcome.Status.DONE, await(first).status());
        assertEquals(1, demo.changes().size());
        assertEquals(List.of("intent", "done"), new Journal(journal).read().stream().map(JournalEntry::outcome)
                .toList(), "one change: its intent, then its outcome");
    }

    @Test
    void dryRunSendsNothingAndJournalsTheExactRequest() throws Exception {
        Mutation m = ready(factory.setPublicSharing(false));
        Outcome o = await(demo.runner(journal, true).run(confirmed(m)));
        assertEquals(Outcome.Status.DRY_RUN, o.status());
        assertEquals("Dry run: recorded, not sent", o.message());
        assertTrue(demo.changes().isEmpty());
        JournalEntry e = new Journal(journal).read().get(0);
        assertEquals("dry-run", e.outcome());
        assertEquals(0, e.sent());
        assertTrue(e.requests().get(0).startsWith("PATCH " + demo.emulator.endpoint() + "/api/v1/orgs/current/info"));
        assertTrue(e.requests().get(0).contains("\"public_sharing_disabled\" : true"));
        assertNoKeyIn(Files.readString(journal));
    }

    @Test
    void readOnlyRefusesEveryMutationInOnePlace() {
        MutationFactory ro = new MutationFactory(demo.client, org, true, demo.clock);
        String email = org.members().members().get(5).email();
        List<Function<MutationFactory, Proposal>> all = List.of(
                f -> f.createWorkspace("X", null), f -> f.renameWorkspace("Research", "Y"),
                f -> f.deleteWorkspace("Sandbox"), f -> f.invite("a@x.com", null, null, null),
                f -> f.changeOrgRole(List.of(email), "admin"), f -> f.removeFromOrg(List.of(email)),
                f -> f.changeInviteRole(List.of("auditor@acme-robotics.com"), "Organization User"),
                f -> f.revokeInvite(List.of("auditor@acme-robotics.com")),
                f -> f.addToWorkspace("Sandbox", List.of(email), "Viewer"),
                f -> f.changeWorkspaceRole("Production", List.of(email), "Viewer"),
                f -> f.removeFromWorkspace("Production", List.of(email)),
                f -> f.createKey("k", "Organization User", null, null, 5), f -> f.changeKeyRole(List.of("staging ci"), "Viewer"),
                f -> f.revokeKey(List.of("staging ci")), f -> f.setPublicSharing(false), f -> f.setPatCreation(false),
                f -> f.setInvites(false), MutationFactory::unshareAll);
        for (Function<MutationFactory, Proposal> change : all) {
            assertEquals(List.of(new Problem("mode", "read-only mode: lsorg makes no changes (use --write to allow them)")),
                    change.apply(ro).problems());
        }
        for (MutationKind kind : MutationKind.values()) {
            assertTrue(ro.unavailable(kind).isPresent());
        }
        assertTrue(demo.changes().isEmpty());
    }

    @Test
    void aViewerKeySeesChangesDisabledWithTheReason() {
        try (LangSmithClient viewer = demo.clientWith(demo.emulator.keys().orgViewerKey())) {
            MutationFactory f = new MutationFactory(viewer, await(viewer.loadOrg(null)), false, demo.clock);
            assertEquals("the API key lacks the permission organization:manage",
                    f.unavailable(MutationKind.INVITE).orElseThrow());
            assertEquals(List.of(new Problem("permission", "the API key lacks the permission organization:manage")),
                    f.setPublicSharing(false).problems());
        }
    }

    @Test
    void forbiddenComesBackInWordsAndIsJournaled() throws Exception {
        try (LangSmithClient viewer = demo.clientWith(demo.emulator.keys().orgViewerKey())) {
            Mutation m = ready(new MutationFactory(viewer, org, false, demo.clock).setPatCreation(false));
            MutationRunner runner = new MutationRunner(viewer, new Journal(journal),
                    new JournalContext("test", "Acme"), false, demo.clock);
            Outcome o = await(runner.run(confirmed(m)));
            assertEquals(Outcome.Status.NOT_DONE, o.status());
            assertEquals("Forbidden", o.errorType());
            assertTrue(o.message().startsWith("Refused: The key is not allowed to do this"), o.message());
            JournalEntry e = new Journal(journal).read().get(1);
            assertEquals("not-done", e.outcome());
            assertEquals("Forbidden", e.errorType());
            assertNoKeyIn(Files.readString(journal));
        }
    }

    @Test
    void conflictFromAStaleViewComesBackInWords() {
        Mutation m = ready(factory.invite("late@x.com", null, null, null));
        await(demo.client.orgMembers().invite(new PendingIdentityCreate("late@x.com", null, null, null, null,
                null, null)));
        Outcome o = await(demo.runner(journal, false).run(confirmed(m)));
        assertEquals(Outcome.Status.NOT_DONE, o.status());
        assertEquals("Conflict", o.errorType());
        assertEquals("Refused: Conflict with the current state of the org: User late@x.com already has a pending"
                + " invite",
                o.message());
    }

    @Test
    void validationErrorsComeBackFieldByField() {
        TenantForUser research = DemoOrg.workspace(org, "Research");
        // The factory never builds this; hand-made to prove the runner words a 422 the way the server sends it.
        Mutation m = new Mutation(MutationKind.RENAME_WORKSPACE, "Rename Research to a/b", List.of("Research"),
                "workspace Research", research.id(), List.of(demo.client.workspaces().renameRequest(research.id(), "a/b")),
                List.of(new WorkspaceChecks.Renamed(research.id(), "a/b")), List.of(), null, null);
        Outcome o = await(demo.runner(journal, false).run(confirmed(m)));
        assertEquals("Validation", o.errorType());
        assertTrue(o.message().startsWith("Refused: LangSmith refused the request: "), o.message());
        assertTrue(o.message().contains("display_name"), o.message());
        assertTrue(o.message().contains("String should match pattern"), o.message());
    }

    @Test
    void markedRowsReportEachFailureWithItsTarget() {
        TenantForUser research = DemoOrg.workspace(org, "Research");
        List<OrgMemberIdentity> two = org.members().members().stream().filter(x -> !x.isDisabled()
                && x.tenantIds().contains(research.id())).limit(2).toList();
        Mutation m = ready(factory.removeFromOrg(two.stream().map(OrgMemberIdentity::email).toList()));
        await(demo.client.orgMembers().remove(two.get(1).id()));
        Outcome o = await(demo.runner(journal, false).run(confirmed(m)));
        assertEquals(Outcome.Status.PARTIAL, o.status());
        assertEquals(List.of(two.get(1).email() + ": Not found: it does not exist or was already removed"),
                o.failures().stream().map(s -> s.replaceFirst(": [^:]*$", "")).toList());
        assertTrue(o.message().startsWith("Partly done, 1 of 2: " + two.get(1).email() + ": refused (Not found"),
                o.message());
    }

    @Test
    void journalLinesParseAndHoldTheStoryButNoKey() throws Exception {
        await(demo.runner(journal, false).run(confirmed(ready(factory.invite("story@x.com", null,
                List.of("Research"), "Viewer")))));
        await(demo.runner(journal, false).run(confirmed(ready(factory.createKey("ci", "Organization User",
                null, null, 7)))));
        List<String> lines = Files.readAllLines(journal);
        assertEquals(4, lines.size(), "an intent and an outcome per change");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = Json.mapper().readTree(lines.get(i));
            for (String field : List.of("time", "id", "phase", "pid", "profile", "org", "workspace", "change",
                    "requests", "checks", "outcome", "results", "error", "duration_ms")) {
                assertTrue(n.has(field), field + " missing in " + lines.get(i));
            }
            assertEquals(i % 2 == 0 ? "intent" : "done", n.get("outcome").asText());
        }
        assertTrue(lines.get(0).contains("Invite story@x.com to the org as Organization User and to workspace"
                + " Research as Viewer"));
        assertNoKeyIn(Files.readString(journal));
    }

    private void assertNoKeyIn(String text) {
        assertFalse(text.contains(demo.emulator.keys().orgAdminKey()));
        assertFalse(text.contains(demo.emulator.keys().orgViewerKey()));
        assertFalse(text.matches("(?s).*lsv2_(sk|pt)_[A-Za-z0-9]{8,}.*"), text);
    }
}
