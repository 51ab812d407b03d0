package dev.lsorg.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void escapeSequencesAreShownNotObeyed() {
        assertEquals("Carol^[[2JEvil", Text.sanitize("Carol\u001b[2JEvil"));
        assertEquals("a^Gb^Mc^?", Text.sanitize("a\u0007b\rc\u007f"));
        assertEquals("x<9B>31m", Text.sanitize("x\u009b31m"));
        assertEquals("evil<U+202E>txt", Text.sanitize("evil\u202etxt"));
        assertEquals("", Text.sanitize(null));
        assertEquals("plain name", Text.sanitize("plain name"));
    }

    @Test
    void astralCharactersBecomeOneCellPlaceholders() {
        assertEquals("hi ?", Text.sanitize("hi \uD83D\uDE00"));
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertEquals(4, Text.width("日本"));
        assertEquals(5, Text.width("abcde"));
        assertEquals("日本 ", Text.fit("日本", 5, "…"));
        assertTrue(Text.fit("日本語", 4, "…").startsWith("日") && Text.fit("日本語", 4, "…").endsWith("…"));
        assertEquals(4, Text.width(Text.fit("日本語", 4, "…")));
    }

    @ParameterizedTest
    @CsvSource({"abcdef,4,abc~", "ab,4,'ab  '", "abcd,4,abcd", "abc,0,''"})
    void fitCutsAndPads(String in, int cols, String out) {
        assertEquals(out, Text.fit(in, cols, "~"));
    }

    @Test
    void fitRightAlignsNumbers() {
        assertEquals("   42", Text.fitRight("42", 5, "~"));
    }
}
