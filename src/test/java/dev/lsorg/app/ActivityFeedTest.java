package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.audit.ActivityFixtures;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Activity pane's data without a screen: the first poll reads the whole window, later ones only what is new
 * (with an overlap, each record kept once), filters keep or re-read, stale answers are dropped, and journal lines
 * link to the change they record.
 */
class ActivityFeedTest {
    private static final Instant T0 = TestClock.PINNED;
    private static final UUID KEY = UUID.nameUUIDFromBytes("key".getBytes());

    private static ActivityRecord rec(String seed, Instant at, String op) {
        return ActivityFixtures.record(op, at, KEY, null, null, seed, UUID.nameUUIDFromBytes(seed.getBytes()));
    }

    private static ActivityPage page(AuditLogQuery q, boolean whole, ActivityRecord... records) {
        ActivityLog log = new ActivityLog(q.start(), q.end(), List.of(records), false);
        return new ActivityPage(q, whole, log, null, List.of());
    }

    @Test
    void theFirstPollReadsTheWindowAndLaterOnesOnlyWhatIsNewEachOnce() {
        ActivityFeed feed = ActivityFeed.initial();
        AuditLogQuery first = feed.next(T0);
        assertTrue(feed.wholeNext());
        assertEquals(T0.minus(Duration.ofDays(7)), first.start());
        ActivityRecord a = rec("a", T0.minusSeconds(60), "create_workspace");
        feed = feed.merged(page(first, true, a), T0);
        Instant t1 = T0.plusSeconds(30);
        AuditLogQuery tail = feed.next(t1);
        assertFalse(feed.wholeNext());
        assertEquals(T0.minus(ActivityFeed.OVERLAP), tail.start(), "from a little before the last poll");
        ActivityRecord b = rec("b", T0.plusSeconds(10), "delete_org_member");
        feed = feed.merged(page(tail, false, b, a), t1);
        assertEquals(List.of(b, a), feed.records(), "newest first, the overlap's repeat kept once");
    }

    @Test
    void recordsThatLeaveTheWindowAreDroppedAndTheUnavailableLogIsKept() {
        ActivityFeed feed = ActivityFeed.initial();
        AuditLogQuery q = feed.next(T0);
        feed = feed.merged(page(q, true, rec("old", T0.minus(Duration.ofDays(6)), "create_role")), T0);
        assertEquals(1, feed.records().size());
        feed = feed.merged(page(feed.next(T0.plus(Duration.ofDays(2))), false), T0.plus(Duration.ofDays(2)));
        assertEquals(List.of(), feed.records());
        ActivityFeed gone = feed.merged(ActivityPage.unavailable(q, "no audit log"), T0);
        assertEquals("no audit log", gone.unavailable());
        assertTrue(gone.loaded());
    }

    @Test
    void aNarrowerFilterKeepsWhatFitsAndAnotherServerQueryReadsAgain() {
        ActivityFeed feed = ActivityFeed.initial();
        feed = feed.merged(page(feed.next(T0), true, rec("new", T0.minusSeconds(60), "create_role"),
                rec("old", T0.minus(Duration.ofDays(3)), "create_role")), T0);
        ActivityFeed day = feed.refiltered(ActivityFilter.DEFAULT.withWindow(Duration.ofDays(1)), T0);
        assertEquals(1, day.records().size());
        assertFalse(day.wholeNext(), "kept: only new records are asked for");
        ActivityFeed op = feed.refiltered(ActivityFilter.DEFAULT.withOperation("create_role"), T0);
        assertTrue(op.records().isEmpty());
        assertTrue(op.wholeNext());
        assertEquals(List.of("create_role"), op.next(T0).operations());
        assertTrue(day.refiltered(ActivityFilter.DEFAULT, T0).wholeNext(), "a wider window reads again");
    }

    @Test
    void theReducerDropsAnAnswerToAFilterThatChanged() {
        Reducer reducer = new Reducer();
        AppState s = AppState.initial(new Connection("http://x", "k", "org", false, false), null,
                Duration.ofSeconds(30), List.of(), T0);
        Step start = reducer.reduce(s, new Action.RefreshRequested(EnumSet.of(Resource.ACTIVITY), T0));
        Effect.FetchActivity old = (Effect.FetchActivity) start.effects().get(0);
        Step changed = reducer.reduce(start.state(), new Action.ActivityFilterChanged(
                ActivityFilter.DEFAULT.withOperation("delete_role"), T0));
        Effect.FetchActivity fresh = (Effect.FetchActivity) changed.effects().get(0);
        assertEquals(List.of("delete_role"), fresh.query().operations());
        AppState late = reducer.reduce(changed.state(), new Action.ResourceLoaded(Resource.ACTIVITY, old.seq(),
                page(old.query(), true, rec("x", T0, "create_role")), T0)).state();
        assertFalse(late.activity().loaded(), "the old filter's answer is stale");
        AppState now = reducer.reduce(late, new Action.ResourceLoaded(Resource.ACTIVITY, fresh.seq(),
                page(fresh.query(), true), T0)).state();
        assertTrue(now.activity().loaded());
        assertEquals(PaneId.ACTIVITY, now.pane());
    }

    @Test
    void aJournalLineLinksToTheRecordOfTheSameRequestWithinAMinute() {
        UUID id = UUID.nameUUIDFromBytes("gone".getBytes());
        ActivityRecord r = ActivityFixtures.record("delete_service_key", T0, KEY, null, null, "r", id);
        String path = r.path();
        JournalEntry sent = entry(T0.plusSeconds(2), "done", "DELETE http://127.0.0.1:1/" + path.substring(1)
                + "?x=1\nX-API-Key: lsv2_sk_...1a2b (masked)\n");
        JournalEntry late = entry(T0.plusSeconds(120), "done", "DELETE http://h" + path + "\n");
        JournalEntry dry = entry(T0, "dry-run", "DELETE http://h" + path + "\n");
        JournalEntry other = entry(T0, "done", "POST http://h" + path + "\n");
        assertEquals(List.of(sent), JournalLinks.of(r, List.of(sent, late, dry, other)));
        assertNull(JournalLinks.of(r, List.of()).stream().findFirst().orElse(null));
    }

    private static JournalEntry entry(Instant at, String outcome, String request) {
        return new JournalEntry(at, java.util.UUID.randomUUID(), JournalEntry.OUTCOME, 1, "http://h", null, "Acme",
                null, "Revoke key x", "REVOKE_KEY", List.of("x"), List.of(request), List.of(), outcome, List.of(), 0, 1,
                null, null, 10);
    }
}
