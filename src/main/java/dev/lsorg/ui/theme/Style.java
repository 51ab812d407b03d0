package dev.lsorg.ui.theme;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/**
 * How one slot looks: colours and modifiers, ready for Lanterna.
 *
 * @param fg        foreground
 * @param bg        background
 * @param modifiers bold, reverse, underline
 */
public record Style(TextColor fg, TextColor bg, Set<SGR> modifiers) {
    /** The terminal's own colours, no modifiers. */
    public static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    /** This style with {@code sgr} added. */
    public Style with(SGR sgr) {
        EnumSet<SGR> m = modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers);
        m.add(sgr);
        return new Style(fg, bg, Set.copyOf(m));
    }
}
