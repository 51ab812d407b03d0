package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rows a refresh highlights are exactly the records that are new or differ, however the answer reorders, adds or
 * drops them: a refresh is compared record by record where the lists line up, and by id from where they do not.
 */
class DiffsTest {
    private record Rec(UUID id, String value) {
    }

    private static UUID id(int i) {
        return new UUID(5, i);
    }

    // The records of `fresh` that are not in `old` as they are: what a map by id finds.
    private static Set<String> expected(List<Rec> old, List<Rec> fresh) {
        return fresh.stream().filter(r -> !old.contains(r)).map(r -> r.id().toString()).collect(Collectors.toSet());
    }

    @Test
    void aRefreshHighlightsExactlyTheNewAndChangedRecordsWhereverTheyStand() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<Rec> old = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                old.add(new Rec(id(i), "v" + i));
            }
            List<Rec> fresh = new ArrayList<>(old);
            // a few edits: change a value, add, drop, move a record
            for (int e = 0; e < r.nextInt(4); e++) {
                int at = r.nextInt(fresh.size());
                switch (r.nextInt(4)) {
                    case 0 -> fresh.set(at, new Rec(fresh.get(at).id(), "changed " + e));
                    case 1 -> fresh.add(at, new Rec(id(100 + round * 10 + e), "new"));
                    case 2 -> fresh.remove(at);
                    default -> fresh.add(r.nextInt(fresh.size()), fresh.remove(at));
                }
            }
            assertEquals(expected(old, fresh), Diffs.byId(old, fresh, Rec::id), "round " + round);
        }
        assertEquals(Set.of(), Diffs.byId(List.of(new Rec(id(1), "a")), List.of(), Rec::id));
        assertEquals(Set.of(id(2).toString()), Diffs.byId(List.of(new Rec(id(1), "a")),
                List.of(new Rec(id(1), "a"), new Rec(id(2), "b")), Rec::id));
    }
}
