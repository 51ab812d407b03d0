package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A column sorts as its keys compare as strings, stable both ways, whatever people put in their names: the console's
 * own sort of 50,000 rows packs characters into numbers, so it is checked against a plain stable sort by
 * {@code String.compareTo} on keys chosen to catch it out.
 */
class RowSortTest {
    // Keys that agree for long stretches, end inside and at the edge of a packed group of characters, hold
    // characters at and past the edge of Latin-1 (ÿ is 255, Ā 256), CJK, emoji (surrogate pairs), control and
    // zero characters, and the empty key.
    private static final String[] PARTS = {"", "a", "A", "ab", "abcde", "abcdef", "abcdefghij",
            "organization user", "organization admin", "2026-01-02T03:04:05Z", "2026-01-02T03:04:05.5Z", "þ", "ÿ",
            "ÿa", "Ā", "Āb", "中", "文", "中a", "文a", "\uD83D\uDE00", "\uD83D\uDE01", "\u0000", "\u0000a",
            "\u00fe\u00ff", "zzzzzzzzzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzzzzzzzzzz", "user1@globex.example",
            "user10@globex.example", "user2@globex.example"};

    private static List<Row> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = PARTS[r.nextInt(PARTS.length)] + (r.nextInt(4) == 0 ? PARTS[r.nextInt(PARTS.length)] : "");
            // a null key and a row without the column sort as empty
            String[] keys = r.nextInt(40) == 0 ? new String[] {null} : r.nextInt(40) == 0 ? new String[0]
                    : new String[] {key};
            rows.add(Row.of("id" + i, new String[] {"row " + i}, keys, 0, null, null));
        }
        return rows;
    }

    private static String key(Row r) {
        return r.sortKeys().length > 0 && r.sortKeys()[0] != null ? r.sortKeys()[0] : "";
    }

    @Test
    void aColumnSortsAsItsKeysCompareAsStringsAndKeepsTiesInOrderBothWays() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Row> rows = rows(seed == 1 ? 5_000 : 300, seed);
            List<Row> up = new ArrayList<>(rows);
            up.sort(Comparator.comparing(RowSortTest::key));
            List<Row> down = new ArrayList<>(rows);
            down.sort(Comparator.comparing(RowSortTest::key).reversed());
            RowSort.Orders orders = RowSort.of(rows, 0);
            assertEquals(ids(up), ids(orders.ascending()), "ascending, seed " + seed);
            assertEquals(ids(down), ids(orders.descending()), "descending, seed " + seed);
        }
    }

    @Test
    void noRowsAndOneRowSort() {
        assertEquals(List.of(), RowSort.of(List.of(), 0).ascending());
        List<Row> one = rows(1, 3);
        assertEquals(ids(one), ids(RowSort.of(one, 0).descending()));
    }

    // A minute's remake or a refresh that changed nothing makes new rows with the same keys: their orders are carried
    // over, and are exactly the new rows sorted; a row whose key moved makes them sorted again.
    @Test
    void ordersCarryOverToRowsMadeAgainOnlyWhileTheirKeysStay() {
        List<Row> rows = rows(3_000, 11);
        RowSort.Orders orders = RowSort.of(rows, 0);
        List<Row> again = new ArrayList<>();
        for (Row r : rows) {
            again.add(Row.of(r.id(), new String[] {"made again"}, r.sortKeys().clone(), 0, null, null));
        }
        RowSort.Orders carried = orders.carriedTo(again, 0);
        assertEquals(ids(RowSort.of(again, 0).ascending()), ids(carried.ascending()));
        assertEquals(ids(RowSort.of(again, 0).descending()), ids(carried.descending()));
        assertEquals("made again", carried.ascending().get(0).cells()[0], "the new rows, not the old");
        List<Row> moved = new ArrayList<>(again);
        moved.set(1_500, Row.of("id1500", new String[] {"x"}, new String[] {"\u0000 sorts first"}, 0, null, null));
        assertEquals(null, orders.carriedTo(moved, 0));
        assertEquals(null, orders.carriedTo(again.subList(0, 2_999), 0));
    }

    private static List<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }
}
