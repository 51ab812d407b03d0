package dev.lsorg.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private final Table table = new Table(List.of("name", "note"), List.of(
            List.of("Research", "says \"hi\", twice"),
            List.of("Sandbox", "-")));

    private final Table keys = new Table(List.of("description", "short_key", "workspaces"), List.of(
            List.of("cross-workspace monitor", "lsv2_sk_...4b2d", "Production, Staging, Research"),
            List.of("ci", "lsv2_sk_...a1b2", "Production")));

    @Test
    void alignedForPeople() {
        assertEquals("NAME      NOTE\nResearch  says \"hi\", twice\nSandbox   -\n", table.render("table", 80));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertEquals("name,note\r\nResearch,\"says \"\"hi\"\", twice\"\r\nSandbox,-\r\n", table.render("csv", 80));
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumn() {
        assertEquals("[ {\n  \"name\" : \"Sandbox\",\n  \"note\" : \"-\"\n} ]\n",
                table.filter("sand").render("json", 80));
    }

    /** Issue 14, item 11: a table wider than the terminal cuts its widest cells instead of wrapping mid-cell. */
    @Test
    void aWideTableIsCutToTheTerminalsWidth() {
        assertEquals("""
                DESCRIPTION     SHORT_KEY       WORKSPACES
                cross-workspa…  lsv2_sk_...4b…  Production, St…
                ci              lsv2_sk_...a1…  Production
                """, keys.render("table", 47), "the widest columns give way first, evenly");
        assertEquals("""
                DESCRIPTION              SHORT_KEY        WORKSPACES
                cross-workspace monitor  lsv2_sk_...4b2d  Production, Staging, Research
                ci                       lsv2_sk_...a1b2  Production
                """, keys.render("table", 120), "as wide as it needs when the terminal has room");
        assertTrue(keys.render("csv", 20).contains("Production, Staging, Research"), "scripts get whole values");
        assertTrue(keys.render("json", 20).contains("Production, Staging, Research"), "scripts get whole values");
    }

    @Test
    void headersAreNeverCutEvenWhenTheLineCannotFit() {
        assertEquals("""
                DESCRIPTION  SHORT_KEY  WORKSPACES
                cross-work…  lsv2_sk_…  Productio…
                ci           lsv2_sk_…  Production
                """, keys.render("table", 10));
    }

    @Test
    void theWidestColumnGivesWayFirst() {
        assertArrayEquals(new int[] {18, 10, 8}, Table.fit(new int[] {30, 10, 8}, new int[] {6, 6, 6}, 40));
        assertArrayEquals(new int[] {12, 12, 12}, Table.fit(new int[] {30, 20, 12}, new int[] {6, 6, 6}, 40));
        assertArrayEquals(new int[] {30, 10}, Table.fit(new int[] {30, 10}, new int[] {6, 6}, 80), "fits as is");
    }
}
