package dev.lsorg.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;
import java.util.List;

/**
 * Names what a key stroke means, and nothing more: the key table's verb for it in the mode on screen, a typed
 * character while typing, or nothing. What the intent does is the context's business, in {@code app}.
 */
final class KeyMap {
    private final KeyTable keys;

    KeyMap(KeyTable keys) {
        this.keys = keys;
    }

    /** The key strokes {@code k} stands for, in order: Esc followed quickly by a key arrives as Alt+key. */
    static List<KeyStroke> strokes(KeyStroke k) {
        // Over ssh, tmux, or from fast fingers, Esc then a key is one stroke with Alt: treat it as both.
        if (k.getKeyType() == KeyType.Character && k.isAltDown() && !k.isCtrlDown()) {
            return List.of(new KeyStroke(KeyType.Escape), new KeyStroke(k.getCharacter(), false, false));
        }
        return List.of(k);
    }

    /** What {@code k} means in {@code mode}: a verb, a typed character while typing, or null for nothing. */
    Intent intent(KeyStroke k, Mode mode, boolean readOnly) {
        String name = KeyNames.of(k);
        Verb v = name.isEmpty() ? null : keys.lookup(mode, name, readOnly);
        if (v != null) {
            return v;
        } else if ((mode == Mode.INPUT || mode == Mode.TABLE) && typed(k)) {
            // In a table a capital no command claims sorts by the column it stands for.
            return new Intent.Typed(String.valueOf(k.getCharacter()));
        }
        return mode == Mode.INPUT ? new Intent.Unbound(name) : null;
    }

    private static boolean typed(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown();
    }
}
