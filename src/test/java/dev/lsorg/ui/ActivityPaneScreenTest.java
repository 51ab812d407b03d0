package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.Plans;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pane 9 on the real console at 80x24 over the emulator: after a scripted series of changes (the admin key through
 * the client, then a PAT), it shows exactly those changes with their actors, newest first; it tails new ones on the
 * refresh; Enter goes to the object, d shows the record and the journal line of a change made in this console;
 * {@code :activity} filters; a key that may not read the log is told so in the pane and in the Audit pane.
 */
class ActivityPaneScreenTest {
    @TempDir
    Path dir;

    private static void assertLine(ScreenHarness h, int row, String regex) {
        assertTrue(h.line(row).matches(regex), () -> "line " + row + " does not match " + regex + ":\n" + h.text());
    }

    /** Four changes by the admin key, then one by the seed's PAT a minute later; returns the invite's id. */
    private static UUID scriptedChanges(ChangeHarness c) {
        var client = c.org.client;
        Plans.roomForWorkspaces(c.org.emulator); // the demo plan holds one more workspace; these tests make two
        Await.await(client.workspaces().create(new WorkspaceCreate(null, "Audit Lab", null)));
        UUID invite = Await.await(client.orgMembers().invite(new PendingIdentityCreate("eve@example.com", null, null,
                null, null, null, null))).id();
        UUID key = Await.await(client.apiKeys().createServiceKey(new APIKeyCreateRequest("nightly audit", null, null,
                null, null, null))).id();
        Await.await(client.apiKeys().deleteServiceKey(key));
        c.org.clock.advance(Duration.ofMinutes(1));
        TestHttp pat = new TestHttp(c.emulator.endpoint()).with("X-API-Key", c.emulator.keys().patKey())
                .with("X-Organization-Id", c.emulator.organizationId().toString());
        assertEquals(200, pat.post("/api/v1/orgs/current/personal-access-tokens", Map.of("description", "cli"))
                .status());
        return invite;
    }

    private static void refreshActivity(ChangeHarness c) {
        c.h.type("9");
        c.h.type("r");
        c.h.pumpUntil(() -> !c.state().anyLoading(), "the activity poll");
    }

    private static String at(ChangeHarness c, int minutes) {
        return DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC)
                .format(TestClock.PINNED.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void showsExactlyTheScriptedChangesWithTheirActorsNewestFirst() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            scriptedChanges(c);
            refreshActivity(c);
            ScreenHarness h = c.h;
            assertEquals(" Activity last 7d  (:activity since|op|ws|actor) (5)", h.title());
            assertLine(h, 3, "TIME UTC +ACTOR +OPERATION +WORKSPACE +OBJECTS");
            assertLine(h, 4, at(c, 1) + " farid\\.chen@acme-rob… create_personal_acce… - +cli \\(lsv2_pt_…");
            assertLine(h, 5, at(c, 0) + " lsorg admin console… delete_service_key +- +[0-9a-f]{8} \\(not…");
            assertLine(h, 6, at(c, 0) + " lsorg admin console… create_service_key +- +[0-9a-f]{8} \\(not…");
            assertLine(h, 7, at(c, 0) + " lsorg admin console… invite_user_to_org +- +eve@example\\.c…");
            assertLine(h, 8, at(c, 0) + " lsorg admin console… create_workspace +Audit Lab +Audit Lab");
            assertEquals("", h.line(9));
            assertEquals(PaneId.ACTIVITY, c.state().pane());
        }
    }

    @Test
    void theRefreshTailsNewChangesOnceEach() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            scriptedChanges(c);
            refreshActivity(c);
            Await.await(c.org.client.workspaces().create(new WorkspaceCreate(null, "Later Lab", null)));
            c.org.clock.advance(Duration.ofSeconds(31));
            c.h.tick(c.org.clock.instant());
            c.h.pumpUntil(() -> !c.state().anyLoading(), "the auto-refresh");
            assertEquals(" Activity last 7d  (:activity since|op|ws|actor) (6)", c.h.title());
            assertLine(c.h, 4, at(c, 1) + " lsorg admin console… create_workspace +Later Lab +Later Lab");
            assertEquals(6, c.state().activity().records().size(), "the overlap reads no record twice");
            c.h.type("r");
            c.h.pumpUntil(() -> !c.state().anyLoading(), "the refresh");
            assertEquals(6, c.state().activity().records().size());
        }
    }

    @Test
    void enterGoesToTheObjectStillListedAndEscComesBack() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            UUID invite = scriptedChanges(c);
            refreshActivity(c);
            c.h.type("/invite_user");
            c.h.press(KeyType.Enter, KeyType.Enter);
            assertEquals(PaneId.MEMBERS, c.state().pane());
            assertEquals(invite.toString(), c.state().paneState(PaneId.MEMBERS).selectedId());
            assertTrue(c.h.text().contains("eve@example.com"), c.h.text());
            c.h.press(KeyType.Escape);
            assertEquals(PaneId.ACTIVITY, c.state().pane(), "Esc goes back to Activity");
            c.h.press(KeyType.Escape);
            c.h.type("/delete_service");
            c.h.press(KeyType.Enter, KeyType.Enter);
            assertTrue(c.state().overlay() instanceof Overlay.Detail, "the revoked key is gone: the record opens");
            c.assertScreenHas("Nothing this change touched is listed now; here is the record");
            c.assertScreenHas(" Go to      nowhere: no object of this change is listed");
        }
    }

    @Test
    void aChangeMadeInThisConsoleShowsItsJournalLine() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1");
            c.h.type("n");
            c.h.type("Vision Lab");
            c.h.press(KeyType.Enter);
            c.h.type("y");
            c.awaitOutcome();
            refreshActivity(c);
            c.h.type("d");
            assertLine(c.h, 3, " Time +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(<1m ago\\)");
            assertLine(c.h, 4, " Operation +create_workspace \\(Create, Success\\)");
            assertLine(c.h, 5, " Actor +lsorg admin console \\(lsv2_sk_\\.\\.\\.[0-9a-f]{4}\\)");
            assertLine(c.h, 8, " Workspace +Vision Lab \\([0-9a-f-]{36}\\)");
            assertLine(c.h, 11, " Request +POST /api/v1/workspaces");
            assertLine(c.h, 13, " Journal +\\d{4}-.* UTC  DONE  Create workspace Vision Lab");
            assertLine(c.h, 14, " Go to +Workspaces, on its object \\(Enter on the row\\)");
            c.h.type("y");
            c.assertScreenHas("\"class_uid\" : 6003");
        }
    }

    @Test
    void activityCommandsFilterByActorOperationWorkspaceAndWindow() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            scriptedChanges(c);
            refreshActivity(c);
            command(c, ":activity actor farid");
            assertEquals(" Activity last 7d, actor farid  (:activity clear) (1)", c.h.title());
            command(c, ":activity clear op create_service_key");
            assertEquals(" Activity last 7d, op create_service_key  (:activity clear) (1)", c.h.title());
            command(c, ":activity op all ws audit lab");
            assertEquals(" Activity last 7d, ws Audit Lab  (:activity clear) (1)", c.h.title());
            c.org.clock.advance(Duration.ofSeconds(30));
            command(c, ":activity ws all since 1m");
            assertEquals(" Activity last 1m  (:activity clear) (1)", c.h.title(), "only the PAT's, 30 s ago");
            command(c, ":activity since 1d");
            assertEquals(" Activity last 1d  (:activity clear) (5)", c.h.title(), "a wider window reads again");
            command(c, ":activity since soon");
            c.assertScreenHas(":activity: expected a number and a unit (m, h, d or w), such as 90m, 24h or 7d");
        }
    }

    private static void command(ChangeHarness c, String line) {
        c.h.type(line);
        c.h.press(KeyType.Enter);
        c.h.pumpUntil(() -> !c.state().anyLoading(), line);
    }

    @Test
    void aKeyThatMayNotReadTheLogIsToldSoHereAndInTheAudit() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(false, false, "viewer", null, null))) {
            c.h.type("9");
            assertEquals(" No audit log here: the API key lacks the permission organization:manage.", c.h.line(4));
            c.h.type("8");
            c.h.type("/activity");
            c.h.press(KeyType.Enter);
            c.h.pumpUntil(() -> c.h.text().contains("activity.unavailable"), "the audit's activity finding");
            assertLine(c.h, 4, "info +activity\\.unavailable +Acme Robotics +the org.s audit log coul.*");
        }
    }
}
