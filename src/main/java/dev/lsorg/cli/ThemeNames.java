package dev.lsorg.cli;

import dev.lsorg.ui.theme.ThemeLoader;
import java.util.Iterator;

/** The bundled theme names, offered after {@code --theme} by the completion scripts generated from the model. */
public final class ThemeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ThemeLoader.BUNDLED.iterator();
    }
}
