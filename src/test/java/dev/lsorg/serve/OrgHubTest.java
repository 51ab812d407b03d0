package dev.lsorg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Resource;
import dev.lsorg.app.mutation.Confirmation;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader and change gate all served sessions share: a read is sent once for sessions that ask together, its
 * answer reaches every other session as an action, a change holds its objects across sessions until its outcome,
 * read access is refused at the gate, and an outcome is announced to the others with its author.
 */
class OrgHubTest {
    @TempDir
    Path dir;
    private final AtomicLong nanos = new AtomicLong();

    private OrgHub hub(DemoOrg org, Duration window) {
        return new OrgHub(new ClientOrgReader(org.client), org.clock, window, nanos::get,
                new ServeLog(new PrintWriter(new StringWriter()), null, org.clock));
    }

    @Test
    void sessionsAskingTogetherShareOneReadAndTheOthersGetItsAnswer() {
        try (DemoOrg org = DemoOrg.start()) {
            OrgHub hub = hub(org, Duration.ofSeconds(2));
            List<Action> bobSaw = new CopyOnWriteArrayList<>();
            OrgHub.Member alice = hub.join("alice", Access.WRITE, a -> { }, new ClientOrgReader(org.client));
            hub.join("bob", Access.READ, bobSaw::add, new ClientOrgReader(org.client));
            int before = org.emulator.requestLog().entries().size();
            var first = alice.reader().workspaces();
            var second = alice.reader().workspaces();
            List<TenantForUser> ws = Await.await(first);
            assertEquals(ws, Await.await(second));
            assertEquals(1, org.emulator.requestLog().entries().size() - before, "one GET for both");
            Action.SharedLoaded shared = (Action.SharedLoaded) bobSaw.get(0);
            assertEquals(Resource.WORKSPACES, shared.resource());
            assertEquals(ws, shared.data());
            // Younger than the window: handed out again; older: asked again.
            Await.await(alice.reader().workspaces());
            assertEquals(1, org.emulator.requestLog().entries().size() - before);
            nanos.addAndGet(Duration.ofSeconds(3).toNanos());
            Await.await(alice.reader().workspaces());
            assertEquals(2, org.emulator.requestLog().entries().size() - before);
        }
    }

    @Test
    void aChangeHoldsItsObjectsAcrossSessionsUntilItsOutcomeAndIsAnnouncedWithItsAuthor() {
        try (DemoOrg org = DemoOrg.start()) {
            OrgHub hub = hub(org, Duration.ZERO);
            List<Action> carolSaw = new CopyOnWriteArrayList<>();
            OrgHub.Member alice = hub.join("alice", Access.WRITE, a -> { }, new ClientOrgReader(org.client));
            OrgHub.Member carol = hub.join("carol", Access.WRITE, carolSaw::add, new ClientOrgReader(org.client));
            OrgHub.Member bob = hub.join("bob", Access.READ, a -> { }, new ClientOrgReader(org.client));
            Mutation rename = ((Proposal.Ready) org.factory(false).renameWorkspace("Sandbox", "Sandbox 2")).mutation();
            Mutation delete = ((Proposal.Ready) org.factory(false).deleteWorkspace("Sandbox")).mutation();
            assertEquals(Optional.empty(), alice.enter(rename));
            String why = carol.enter(delete).orElseThrow();
            assertTrue(why.startsWith("alice's change 'Rename workspace Sandbox"), why);
            assertTrue(why.contains("still in flight"), why);
            assertTrue(bob.enter(delete).orElseThrow().startsWith("your access is read"));

            Outcome done = Await.await(org.runner(dir.resolve("journal.jsonl"), false).run(
                    new Confirmation(rename, "")));
            alice.left(rename, done);
            Action.ChangedElsewhere news = (Action.ChangedElsewhere) carolSaw.get(carolSaw.size() - 1);
            assertEquals("alice", news.who());
            assertTrue(news.message().contains("Sandbox 2"), news.message());
            assertTrue(news.reload().contains(Resource.WORKSPACES));
            assertEquals(Optional.empty(), carol.enter(delete), "free again once the outcome is known");
        }
    }
}
