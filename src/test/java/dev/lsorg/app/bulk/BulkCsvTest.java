package dev.lsorg.app.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The apply CSV as people write it: spreadsheets' byte order marks, quoted line breaks, and broken files. */
class BulkCsvTest {
    @Test
    void aByteOrderMarkDoesNotTurnTheHeaderIntoARow() {
        BulkCsv.Parsed p = BulkCsv.parse("\ufeffemail,org role,workspace,workspace role,action\r\n"
                + "ada@x.io,Organization User,Research,Editor,\r\n");
        assertEquals(1, p.rows().size());
        assertEquals(new BulkRow(2, "ada@x.io", "Organization User", "Research", "Editor", null), p.rows().get(0));
        assertTrue(p.problems().isEmpty());
    }

    @Test
    void aQuotedLineBreakStaysInItsCellAndLinesAreCountedFromTheFile() {
        BulkCsv.Parsed p = BulkCsv.parse("# people for Q3\n\nada@x.io,,\"Research\nLab\",Editor\n"
                + "ben@x.io,Organization Admin\n");
        assertEquals(2, p.rows().size());
        assertEquals(new BulkRow(3, "ada@x.io", null, "Research\nLab", "Editor", null), p.rows().get(0));
        assertEquals(5, p.rows().get(1).line());
    }

    @Test
    void anUnterminatedQuoteIsReportedAtItsLine() {
        BulkCsv.Parsed p = BulkCsv.parse("ada@x.io,Organization User\nben@x.io,\"Organization Admin\n"
                + "cy@x.io,Organization User\n");
        assertEquals(1, p.rows().size());
        assertEquals(1, p.problems().size());
        BulkPlan.Note n = p.problems().get(0);
        assertEquals(2, n.line());
        assertTrue(n.reason().contains("never closed"), n.reason());
    }

    @Test
    void anOversizedCellIsRefusedWithItsLengthAndNeverEchoed() {
        String huge = "W".repeat(1_048_576);
        BulkCsv.Parsed p = BulkCsv.parse("ada@x.io,Organization User\nben@x.io,," + huge + ",Editor\n");
        assertEquals(1, p.rows().size());
        BulkPlan.Note n = p.problems().get(0);
        assertEquals(2, n.line());
        assertEquals("ben@x.io", n.subject());
        assertEquals("cell 3 is 1048576 characters long, over the limit of 1000 (not shown)", n.reason());
        assertFalse(n.toString().contains("WWW"));
    }

    @Test
    void tooManyColumnsIsAProblemNotAGuess() {
        BulkCsv.Parsed p = BulkCsv.parse("ada@x.io,a,b,c,d,e\n");
        assertTrue(p.rows().isEmpty());
        assertEquals(List.of(1), p.problems().stream().map(BulkPlan.Note::line).toList());
    }
}
