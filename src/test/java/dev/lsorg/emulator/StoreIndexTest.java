package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A workspace's identities come from a per-workspace index that must follow every add and removal. */
class StoreIndexTest {
    @Test
    void membersOfFollowsAddsAndRemovalsInInsertionOrder() {
        Store store = new Store(1, new OrgState(UUID.randomUUID(), "Org", null), TestClock.pinned());
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        OrgMember ann = store.addMember("ann@example.com", "Ann", null, at, "email");
        OrgMember bob = store.addMember("bob@example.com", "Bob", null, at, "email");
        WorkspaceMember annInA = store.addMembership(ann, a, null, at);
        WorkspaceMember bobInB = store.addMembership(bob, b, null, at);
        WorkspaceMember bobInA = store.addMembership(bob, a, null, at);
        assertEquals(List.of(annInA, bobInA), store.membersOf(a));
        assertEquals(List.of(bobInB), store.membersOf(b));
        store.removeMember(bob);
        assertEquals(List.of(annInA), store.membersOf(a));
        assertEquals(List.of(), store.membersOf(b));
        assertEquals(List.of(), store.membersOf(UUID.randomUUID()));
    }
}
