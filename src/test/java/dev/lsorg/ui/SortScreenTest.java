package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: a column is sorted by its own key, the capital underlined in its title (sorting Members by AGE is
 * one key, not six presses of s), and ages read the same in a list and in a row's details.
 */
class SortScreenTest extends DemoScreenTest {
    @Test
    void theUnderlinedCapitalOfATitleSortsByThatColumn() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            int age = h.line(3).indexOf("AGE");
            assertTrue(h.cell(age, 3).getModifiers().contains(SGR.UNDERLINE), "the A of AGE is underlined");
            assertFalse(h.cell(age + 1, 3).getModifiers().contains(SGR.UNDERLINE));
            h.type("A");
            assertEquals(" Members (46)  sort: age ↑", h.title());
            h.type("A");
            assertEquals(" Members (46)  sort: age ↓", h.title());
            h.type("?");
            assertTrue(h.text().contains("T E N O W A L        Sort by the underlined column letter"), h.text());
        }
    }

    @Test
    void aMembersAgeReadsTheSameInTheListAndInTheDetail() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            String listed = h.line(4).substring(h.line(3).indexOf("AGE")).split(" ")[0];
            h.type("d");
            assertTrue(h.text().contains("(" + listed + " ago)"), listed + "\n" + h.text());
        }
    }
}
