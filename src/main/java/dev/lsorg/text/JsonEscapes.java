package dev.lsorg.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Makes lsorg's JSON output inert while keeping every value exact: besides what JSON itself requires, DEL, the C1
 * controls, bidi controls and zero-width characters (everything {@link Sanitizer#isUnsafe} names) are written as
 * {@code \}{@code uXXXX}. Jackson leaves those raw by default, so a file or pipe of lsorg JSON printed with
 * {@code cat} could still drive a terminal or hide text. Every mapper lsorg writes with carries this.
 */
public final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    /** Sets the escapes on {@code factory}, so every generator it makes writes inert JSON; returns it. */
    public static <F extends JsonFactory> F install(F factory) {
        factory.setCharacterEscapes(INSTANCE);
        return factory;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        // Jackson reads the table and never writes to it.
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Sanitizer.isUnsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
