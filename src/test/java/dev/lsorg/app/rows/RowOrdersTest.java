package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The console keeps each column's order and narrows a growing filter instead of sorting and scanning every row per
 * keystroke; that must give exactly the rows, in exactly the order, that filtering then sorting gives, ties included.
 */
class RowOrdersTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "beta", "delta", "", "alpha"};

    // Many ties in the first two columns (where a stable order matters), and a null sort key in the third.
    private static List<Row> rows() {
        Random r = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = WORDS[r.nextInt(WORDS.length)];
            String b = WORDS[r.nextInt(WORDS.length)] + r.nextInt(3);
            rows.add(Row.of("id" + i, new String[] {a, b, "row " + i}, new String[] {a, b, null}, 0, null, null));
        }
        return rows;
    }

    private static List<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    @Test
    void keptOrdersAreWhatSortingTheFilteredRowsGives() {
        List<Row> rows = rows();
        for (int column = 0; column < 3; column++) {
            RowSort.Orders orders = RowSort.of(rows, column);
            List<Row> up = orders.ascending();
            List<Row> down = orders.descending();
            for (String filter : List.of("", "a", "alpha", "!beta", "row 1", "zz")) {
                assertEquals(ids(RowView.of(rows, filter, column, false).rows()),
                        ids(RowView.filtered(up, filter).rows()), column + " up " + filter);
                assertEquals(ids(RowView.of(rows, filter, column, true).rows()),
                        ids(RowView.filtered(down, filter).rows()), column + " down " + filter);
            }
        }
    }

    @Test
    void aGrowingFilterNarrowsWhatTheLastOneKept() {
        List<Row> rows = rows();
        List<Row> kept = rows;
        String typed = "";
        for (char c : "ROW 1".toCharArray()) {
            String next = typed + c;
            assertTrue(typed.isEmpty() || RowView.narrows(typed, next));
            kept = RowView.filtered(kept, next).rows();
            assertEquals(ids(RowView.of(rows, next, -1, false).rows()), ids(kept), next);
            typed = next;
        }
        assertFalse(RowView.narrows("row 1", "row 2"));
        assertFalse(RowView.narrows("!a", "!ab"), "a longer inverted filter keeps more, not fewer");
        assertFalse(RowView.narrows("", "a"));
        assertFalse(RowView.narrows("a", "!a"));
    }

    @Test
    void theSelectionIsFoundWhereverTheLastLookupLeftOff() {
        List<Row> rows = rows();
        RowView view = RowView.filtered(RowSort.of(rows, 1).ascending(), "");
        // a step, a long jump down, one back up, a jump to the top, a row that is not there
        for (int i : new int[] {0, 1, 2, 299, 298, 150, 0, 5}) {
            String id = view.rows().get(i).id();
            assertEquals(i, view.indexOf(id), id);
        }
        assertEquals(-1, view.indexOf("id300"));
        assertEquals(-1, view.indexOf(null));
        assertEquals(-1, RowView.filtered(rows, "zz").indexOf("id1"));
    }

    // After a sort or filter the selection is looked for by the row the last view found, and a row the filter left
    // out is not found; a view of other rows (a refresh made new row objects with the same ids) finds it by id.
    @Test
    void theSelectionIsFoundAfterASortOrFilterAndAfterARefresh() {
        List<Row> rows = rows();
        RowView byName = RowView.filtered(RowSort.of(rows, 1).ascending(), "");
        String id = byName.rows().get(137).id();
        assertEquals(137, byName.indexOf(id));
        RowView byRow = RowView.filtered(RowSort.of(rows, 2).descending(), "").after(byName);
        assertEquals(ids(byRow.rows()).indexOf(id), byRow.indexOf(id));
        for (String filter : List.of("row 1", "zz", "!row 1")) {
            RowView kept = RowView.filtered(byRow.rows(), filter).after(byRow);
            assertEquals(ids(kept.rows()).indexOf(id), kept.indexOf(id), filter);
        }
        List<Row> refreshed = rows();
        RowView after = RowView.filtered(RowSort.of(refreshed, 0).ascending(), "");
        assertEquals(ids(after.rows()).indexOf(id), after.indexOf(id));
        assertEquals(-1, after.indexOf("id300"));
    }

    // A refresh that changed nothing keeps the search index (no 50,000-row index made again); one row's text changed
    // and the index is made again, since the old one would filter by what is no longer shown.
    @Test
    void theSearchIndexCarriesOverOnlyToRowsWithTheSameTexts() {
        List<Row> rows = rows();
        SearchIndex index = SearchIndex.of(rows);
        List<Row> again = new ArrayList<>();
        for (Row r : rows) {
            again.add(Row.of(r.id(), r.cells().clone(), r.sortKeys(), 0, null, null));
        }
        SearchIndex carried = index.carriedTo(again);
        for (String filter : List.of("row 1", "!row 2", "zz", "a")) {
            RowView viaCarried = RowView.filtered(carried, again, filter);
            assertEquals(ids(RowView.filtered(again, filter).rows()), ids(viaCarried.rows()), filter);
            assertTrue(viaCarried.rows().isEmpty() || again.contains(viaCarried.rows().get(0)), "the new rows");
        }
        List<Row> changed = new ArrayList<>(again);
        changed.set(7, Row.of("id7", new String[] {"renamed", "x", "row 7"}, new String[] {"", "", ""}, 0, null, null));
        assertEquals(null, index.carriedTo(changed));
    }

    // Far from where it was last found (3,000 rows: past the near search), the selection is found by where it stands in
    // the rows every view is picked from, through any chain of sorts, filters (narrowing, inverted, matching every
    // row or none, through the search index or not) and clearing the filter; a row left out is reported missing.
    @Test
    void theSelectionIsFoundFarAwayThroughAnyChainOfViews() {
        Random r = new Random(20261202);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String a = WORDS[r.nextInt(WORDS.length)];
            rows.add(Row.of("id" + i, new String[] {a, "row " + i, "x" + (i % 7)}, new String[] {a, null, null}, 0,
                    null, null));
        }
        SearchIndex index = SearchIndex.of(rows);
        List<String> filters = List.of("", "!", "row", "row 1", "row 12", "!row 2", "zz", "!zz", "x3", "X");
        RowView view = RowView.filtered(rows, "");
        String id = "id2999";
        for (int step = 0; step < 400; step++) {
            int column = r.nextInt(4) - 1;
            List<Row> order = column < 0 ? rows
                    : r.nextBoolean() ? RowSort.of(rows, column).ascending() : RowSort.of(rows, column).descending();
            String filter = filters.get(r.nextInt(filters.size()));
            RowView next = switch (r.nextInt(3)) {
                case 0 -> RowView.filtered(index, order, filter);
                case 1 -> RowView.filtered(order, filter);
                default -> RowView.filtered(view.rows(), RowView.narrows("row", filter) ? filter : "row");
            };
            view = next.after(view);
            String where = "step " + step + " " + filter + " " + id;
            assertEquals(ids(view.rows()).indexOf(id), view.indexOf(id), where);
            assertEquals(ids(view.rows()).indexOf(id), view.indexOf(id), where + ", again");
            if (r.nextInt(3) == 0 && view.size() > 0) {
                id = view.rows().get(r.nextInt(view.size())).id();
                assertEquals(ids(view.rows()).indexOf(id), view.indexOf(id), where + ", a new selection");
            }
        }
    }

    // What a filter keeps is exactly the rows whose visible text contains it, case-insensitively (inverted with !):
    // checked against a plain scan over names and emails others typed — capitals, accents, CJK, symbols, control
    // bytes shown as ^[ — for every one- and two-character needle drawn from the rows' own text and some not in it.
    @Test
    void theFilterKeepsExactlyTheRowsThatContainIt() {
        String[] texts = {"Ann Smith", "ann.smith@globex.com", "BOB_O'NEIL", "Zoë Ærø", "山田 太郎", "x-ray+1@a.io",
                "^[]0;PWNED", "<U+202E>evil", "50% off", "İstanbul", "tab\there", "", "sam#42", "~root~"};
        Random r = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] cells = {texts[r.nextInt(texts.length)], texts[r.nextInt(texts.length)]};
            rows.add(Row.of("id" + i, cells, cells, 0, null, null));
        }
        // one index serves every order of the rows: what it keeps is read off in the order's sequence
        List<Row> byName = RowSort.of(rows, 1).descending();
        java.util.Set<String> needles = new java.util.TreeSet<>(List.of("q", "é", "#", "%4", "Ω", "mi", "ÆR", "太",
                "+1", "^[", "@", " ", "zz", "İ", "i"));
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                needles.add(t.substring(i, i + 1));
                needles.add(t.substring(i, Math.min(t.length(), i + 2)));
            }
        }
        SearchIndex index = SearchIndex.of(rows);
        for (String needle : needles) {
            for (String filter : List.of(needle, "!" + needle)) {
                boolean invert = filter.startsWith("!");
                String lower = needle.toLowerCase(java.util.Locale.ROOT);
                List<String> expected = rows.stream()
                        .filter(row -> java.util.Arrays.stream(row.cells())
                                .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains(lower)) != invert)
                        .map(Row::id).toList();
                assertEquals(expected, ids(RowView.filtered(rows, filter).rows()), "filter " + filter);
                assertEquals(expected, ids(RowView.filtered(index, rows, filter).rows()), "indexed, filter " + filter);
                assertEquals(ids(RowView.filtered(byName, filter).rows()),
                        ids(RowView.filtered(index, byName, filter).rows()), "indexed, sorted, filter " + filter);
            }
        }
    }

    // A large pane's filter scans one string of every row's text: a needle must not be found across two cells or
    // two rows, a row that matches twice is kept once, and a needle with the separator itself is scanned row by row.
    @Test
    void theSearchIndexFindsEachRowOnceAndNothingAcrossCellsOrRows() {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : List.of(new String[] {"ab", "cd"}, new String[] {"ef", "ab ab"}, new String[] {"", ""},
                new String[] {"b", "c"}, new String[] {"abc", "x"})) {
            rows.add(Row.of("r" + rows.size(), cells, new String[] {"", ""}, 0, null, null));
        }
        SearchIndex index = SearchIndex.of(rows);
        assertEquals(List.of("r0", "r1", "r4"), ids(RowView.filtered(index, rows, "ab").rows()));
        assertEquals(List.of("r4"), ids(RowView.filtered(index, rows, "bc").rows()),
                "not b|c across cells of r3 or r0");
        assertEquals(List.of(), ids(RowView.filtered(index, rows, "dE").rows()), "not cd|ef across rows r0 and r1");
        assertEquals(List.of("r2", "r3"), ids(RowView.filtered(index, rows, "!ab").rows()));
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4"), ids(RowView.filtered(index, rows, "").rows()));
        assertEquals(ids(RowView.filtered(rows, "b\u0000c").rows()),
                ids(RowView.filtered(index, rows, "b\u0000c").rows()));
    }

    // G and g jump to the ends of 50,000 rows: the row is found there, and anywhere else still found
    @Test
    void theSelectedRowIsFoundAtEitherEndAndInTheMiddle() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(Row.of("id" + i, new String[] {"row " + i}, new String[] {""}, 0, null, null));
        }
        RowView view = RowView.filtered(rows, "");
        assertEquals(999, view.indexOf("id999"));
        assertEquals(0, view.indexOf("id0"));
        assertEquals(500, view.indexOf("id500"));
        assertEquals(870, view.indexOf("id870"));
        assertEquals(998, view.indexOf("id998"));
        assertEquals(-1, view.indexOf("id1000"));
    }
}
