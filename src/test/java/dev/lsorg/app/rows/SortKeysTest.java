package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each column gets a capital of its title as its sort key, none a command uses, as many columns as possible. */
class SortKeysTest {
    private static String keys(List<Column> columns) {
        return new String(SortKeys.of(columns)).replace('\0', '-');
    }

    @Test
    void membersSortByTheirTitlesCapitalsAvoidingCommandKeys() {
        assertEquals("TENOWAL", keys(MemberRows.COLUMNS), "STATUS gives its T: S reverses the sort");
    }

    @Test
    void everyKeysColumnFindsALetterEvenUsedWhoseLettersAreMostlyTaken() {
        String k = keys(ApiKeyRows.COLUMNS);
        assertEquals(-1, k.indexOf('-'), k);
        assertEquals('E', k.charAt(6), "USED keeps its E: " + k);
        assertEquals(ApiKeyRows.COLUMNS.size(), k.chars().distinct().count(), "each once: " + k);
    }

    @Test
    void aColumnIsFoundByItsKeyInEitherCase() {
        assertEquals(5, SortKeys.column(MemberRows.COLUMNS, 'A'));
        assertEquals(5, SortKeys.column(MemberRows.COLUMNS, 'a'));
        assertEquals(-1, SortKeys.column(MemberRows.COLUMNS, 'S'));
    }
}
