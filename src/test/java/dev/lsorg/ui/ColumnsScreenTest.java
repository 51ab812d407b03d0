package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: reading what 80 columns cut. Columns take their widths from what the rows on screen hold, the
 * title says how many columns are out of view, Left and Right scroll them (the first stays), and a long form field
 * shows its start when it does not have the focus.
 */
class ColumnsScreenTest extends DemoScreenTest {
    @TempDir
    Path changes;

    @Test
    void rightBringsTheAuditFixIntoViewAndLeftTakesItBack() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            assertLine(h, 3, "SEVERITY +RULE +OBJECT +EVIDENCE");
            assertTrue(h.line(2).endsWith(" 1 more →"), h.line(2));
            h.press(KeyType.ArrowRight);
            assertLine(h, 3, "SEVERITY +OBJECT +EVIDENCE +FIX");
            assertTrue(h.line(2).endsWith(" ← 1 more"), h.line(2));
            assertLine(h, 4, "high +amara\\S* +disabled \\S* +Remove amara\\.ortiz@\\S*");
            h.press(KeyType.ArrowRight);
            assertLine(h, 3, "SEVERITY +EVIDENCE +FIX");
            h.type("hh");
            assertLine(h, 3, "SEVERITY +RULE +OBJECT +EVIDENCE");
        }
    }

    @Test
    void anEmailColumnIsAsWideAsTheEmailsOnScreen() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2/dalton");
            h.press(KeyType.Enter);
            assertLine(h, 4, "disabled +carmen\\.dalton@acme-robotics\\.com +.*");
        }
    }

    @Test
    void aLongFieldShowsItsStartOnceTheFocusMovesOn() throws Exception {
        try (ChangeHarness c = new ChangeHarness(changes)) {
            c.h.type("2i");
            c.h.type("ann@example.com, bob@example.com, carol@example.com, dave@example.com, erin@example.com");
            c.assertScreenHas("erin@example.com");
            c.h.press(KeyType.Tab);
            int row = c.h.lines().indexOf(c.h.lines().stream().filter(l -> l.startsWith(" Emails")).findFirst()
                    .orElseThrow());
            assertTrue(c.h.line(row).matches(" Emails +ann@example\\.com, bob@example\\.com, .*…"), c.h.line(row));
            assertEquals(1, c.h.lines().stream().filter(l -> l.contains("ann@example.com")).count());
        }
    }
}
