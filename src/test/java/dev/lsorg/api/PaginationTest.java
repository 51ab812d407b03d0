package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.testing.TestClock;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paged reads at the page-size edges: the parallel, speculative reader returns exactly what reading page after
 * page returns, in the server's order, with no duplicate and no gap, always with {@code limit=500}.
 */
class PaginationTest {
    @ParameterizedTest(name = "{0} members")
    @ValueSource(ints = {1, 499, 500, 501, 5000})
    void activeMembersAtPageEdges(int members) {
        try (Fixture fx = Fixture.start(EmulatorOptions.large(members, 1, 0, TestClock.pinned()), c -> c)) {
            int expected = await(fx.client.orgMembers().list()).members().size();
            fx.emulator.requestLog().clear();
            List<OrgMemberIdentity> paged = await(fx.client.orgMembers().active(MemberQuery.all()));
            assertEquals(expected, paged.size());
            assertEquals(paged.size(), new HashSet<>(paged.stream().map(OrgMemberIdentity::id).toList()).size(), "no duplicates");
            List<RequestLog.Entry> pages = fx.log().stream().filter(e -> e.path().endsWith("/members/active")).toList();
            assertTrue(pages.stream().allMatch(e -> e.query().contains("limit=500")), "always limit=500");
            int needed = expected / Pager.LIMIT + 1;
            assertTrue(pages.size() >= needed && pages.size() <= needed + fx.client.config().maxPoolSize(),
                    pages.size() + " pages for " + expected + " members");
            assertEquals(ids(sequential(fx.client)), ids(paged), "same items in the same order as page-by-page");
        }
    }

    @Test
    void emptyListsAreOnePageWave() {
        try (Fixture fx = Fixture.start(EmulatorOptions.large(10, 1, 0, TestClock.pinned()), c -> c)) {
            assertEquals(List.of(), await(fx.client.orgMembers().pending(MemberQuery.all())),
                    "fewer than 50 members: no invites");
            assertEquals(List.of(), await(fx.client.orgMembers().active(MemberQuery.search("no-such-member-anywhere"))));
        }
    }

    @Test
    void pendingInvitesArePagedToo() {
        try (Fixture fx = Fixture.start(EmulatorOptions.large(5000, 1, 0, TestClock.pinned()), c -> c)) {
            List<OrgPendingIdentity> pending = await(fx.client.orgMembers().pending(MemberQuery.all()));
            assertEquals(await(fx.client.orgMembers().list()).pending().size(), pending.size());
            assertEquals(100, pending.size(), "one member in fifty is invited");
            assertEquals(100, new HashSet<>(pending.stream().map(OrgPendingIdentity::id).toList()).size());
        }
    }

    @Test
    void pagerDropsItemsSeenTwiceAndStopsAtTheFirstShortPage() {
        // a list that shifted between two page reads: page 2 repeats the last item of page 1
        List<List<Integer>> pages = List.of(range(0, 500), range(499, 999), range(999, 1100), range(5000, 5010));
        List<Integer> all = await(Pager.fetchAll(offset -> Future.succeededFuture(pages.get(offset / Pager.LIMIT)),
                i -> i, 8));
        assertEquals(range(0, 1100), all);
    }

    @Test
    void aLandedPageIsReplacedAtOnceWithinTheCapAndNothingPastTheEndCounts() {
        java.util.Map<Integer, io.vertx.core.Promise<List<Integer>>> asked = new java.util.TreeMap<>();
        Future<List<Integer>> all = Pager.fetchAll(offset -> pageAsked(asked, offset), i -> i, 6);
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(asked.keySet()), "a few pages first");
        asked.get(1).complete(range(500, 1000));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), List.copyOf(asked.keySet()),
                "a full page is replaced and the window grows, while page 0 is still out");
        asked.get(3).complete(range(1500, 2000));
        assertEquals(8, asked.size());
        assertEquals(6, asked.values().stream().filter(p -> !p.future().isComplete()).count(),
                "never more than six in flight");
        asked.get(2).complete(range(1000, 1200));
        asked.get(4).fail(new IllegalStateException("past the end"));
        asked.get(5).complete(List.of());
        assertEquals(8, asked.size(), "nothing asked for past the short page");
        assertTrue(!all.isComplete(), "page 0 is still out");
        asked.get(0).complete(range(0, 500));
        assertEquals(range(0, 1200), await(all), "in the server's order; a failure past the end is ignored");
    }

    @Test
    void aFailedPageBeforeTheEndFailsTheRead() {
        java.util.Map<Integer, io.vertx.core.Promise<List<Integer>>> asked = new java.util.TreeMap<>();
        Future<List<Integer>> all = Pager.fetchAll(offset -> pageAsked(asked, offset), i -> i, 8);
        asked.get(0).fail(new IllegalStateException("503"));
        assertTrue(all.failed());
        assertEquals("503", all.cause().getMessage());
    }

    // A page asked for, answered when the test completes its promise.
    private static Future<List<Integer>> pageAsked(java.util.Map<Integer, io.vertx.core.Promise<List<Integer>>> asked,
                                                   int offset) {
        io.vertx.core.Promise<List<Integer>> page = io.vertx.core.Promise.promise();
        asked.put(offset / Pager.LIMIT, page);
        return page.future();
    }

    private static List<OrgMemberIdentity> sequential(LangSmithClient client) {
        List<OrgMemberIdentity> all = new ArrayList<>();
        for (int offset = 0; ; offset += Pager.LIMIT) {
            List<OrgMemberIdentity> page = await(client.orgMembers().activePage(MemberQuery.all(), offset, Pager.LIMIT));
            all.addAll(page);
            if (page.size() < Pager.LIMIT) {
                return all;
            }
        }
    }

    private static List<UUID> ids(List<OrgMemberIdentity> members) {
        return members.stream().map(OrgMemberIdentity::id).toList();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
