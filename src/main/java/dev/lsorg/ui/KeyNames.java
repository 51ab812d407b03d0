package dev.lsorg.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Turns Lanterna key strokes into the key names used in the key table and keymap files ("j", "Up", "C-c"). */
public final class KeyNames {
    private KeyNames() {
    }

    /** The name of {@code k}, or "" for keys the table cannot bind. */
    public static String of(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return "C-" + Character.toLowerCase(c);
            }
            if (k.isAltDown()) {
                return "M-" + c;
            }
            return c == ' ' ? "Space" : String.valueOf(c);
        }
        return special(k.getKeyType());
    }

    private static String special(KeyType t) {
        switch (t) {
            case ArrowUp: return "Up";
            case ArrowDown: return "Down";
            case ArrowLeft: return "Left";
            case ArrowRight: return "Right";
            case PageUp: return "PgUp";
            case PageDown: return "PgDn";
            case Home: return "Home";
            case End: return "End";
            case Enter: return "Enter";
            case Escape: return "Esc";
            case Tab: return "Tab";
            case ReverseTab: return "S-Tab";
            case Delete: return "Del";
            case Backspace: return "Backspace";
            case Insert: return "Ins";
            case F1: return "F1";
            default: return "";
        }
    }

    /** How a key name is shown in hints: arrows as symbols unless {@code ascii}. */
    public static String display(String name, boolean ascii) {
        if (ascii) {
            return name;
        }
        switch (name) {
            case "Up": return "↑";
            case "Down": return "↓";
            default: return name;
        }
    }
}
