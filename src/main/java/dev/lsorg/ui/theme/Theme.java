package dev.lsorg.ui.theme;

import java.util.EnumMap;
import java.util.Map;

/**
 * A named set of {@link Style}s, one per {@link Slot}; slots a file leaves out look like {@link Slot#BASE}.
 *
 * @param name   the theme's name (file name without extension)
 * @param styles a style for every slot
 */
public record Theme(String name, Map<Slot, Style> styles) {
    /** The style of {@code slot}. */
    public Style style(Slot slot) {
        return styles.get(slot);
    }

    /** This theme with every colour brought down to {@code depth}. */
    public Theme adapt(ColorDepth depth) {
        Map<Slot, Style> out = new EnumMap<>(Slot.class);
        styles.forEach((k, v) -> out.put(k, new Style(depth.adapt(v.fg()), depth.adapt(v.bg()), v.modifiers())));
        return new Theme(name, Map.copyOf(out));
    }
}
