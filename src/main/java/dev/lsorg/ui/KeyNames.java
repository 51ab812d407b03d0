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

    /** Names of keys that are not a typed character ({@link #special} gives them, Space included). */
    private static final java.util.Set<String> SPECIAL = java.util.Set.of("Up", "Down", "Left", "Right", "PgUp",
            "PgDn", "Home", "End", "Enter", "Esc", "Tab", "S-Tab", "Del", "Backspace", "Ins", "F1", "Space");

    /**
     * Whether {@code name} is a key name a keymap may bind: a printable character as typed, {@code C-x}, {@code M-x}
     * or one of the special names. Anything else is refused, so a keymap never puts arbitrary text on screen.
     */
    public static boolean isValid(String name) {
        if (SPECIAL.contains(name)) {
            return true;
        }
        String ch = name.startsWith("C-") || name.startsWith("M-") ? name.substring(2) : name;
        return ch.codePointCount(0, ch.length()) == 1 && printable(ch.codePointAt(0));
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }

    /** How a key name is shown in hints: arrows as symbols unless {@code ascii}. */
    public static String display(String name, boolean ascii) {
        if (ascii) {
            return name;
        }
        switch (name) {
            case "Up": return "↑";
            case "Down": return "↓";
            case "Left": return "←";
            case "Right": return "→";
            default: return name;
        }
    }
}
