package dev.lsorg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanitizerTest {
    @Test
    void controlsBecomeCaretsAndCodes() {
        assertEquals("^[]0;pwned^G", Sanitizer.escape("\u001b]0;pwned\u0007"));
        assertEquals("a^Mb^Jc^I", Sanitizer.escape("a\rb\nc\t"));
        assertEquals("^?<9B>2J<85>", Sanitizer.escape("\u007f\u009b2J\u0085"));
    }

    @Test
    void bidiAndZeroWidthCharactersAreShown() {
        assertEquals("<U+202E>gpj.exe<U+202C>", Sanitizer.escape("\u202egpj.exe\u202c"));
        assertEquals("a<U+200B>b<U+2060>c<U+FEFF><U+061C><U+2066><U+200F>",
                Sanitizer.escape("a\u200bb\u2060c\ufeff\u061c\u2066\u200f"));
        assertEquals("x<U+2028>y", Sanitizer.escape("x\u2028y"));
    }

    @Test
    void cjkAndEmojiStayAndCleanTextIsReturnedAsIs() {
        String clean = "東京 チーム 🚀 Zoë";
        assertSame(clean, Sanitizer.escape(clean));
        assertEquals("", Sanitizer.escape(null));
        assertEquals("a\ufffdb", Sanitizer.escape("a\ud800b"));
    }

    @Test
    void escapingIsIdempotent() {
        String once = Sanitizer.escape("\u001b[2J\u202e\u009b\r\n");
        assertEquals(once, Sanitizer.escape(once));
    }

    @Test
    void longValuesAreCutWithTheirLength() {
        String cut = Sanitizer.line("A".repeat(10_000));
        assertEquals("A".repeat(Sanitizer.LINE_CAP) + "\u2026 (10000 chars)", cut);
        assertEquals("B".repeat(200), Sanitizer.line("B".repeat(200)));
        assertTrue(Sanitizer.message("C".repeat(5_000)).endsWith("C\u2026 (5000 chars)"));
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        String cut = Sanitizer.escape("a" + "🚀".repeat(10), 4);
        assertEquals("a🚀\u2026 (11 chars)", cut);
    }
}
