package dev.lsorg.ui.theme;

/** A theme could not be used; the message names the file, the line and the key at fault. */
public final class ThemeException extends Exception {
    /** An error with a full sentence. */
    public ThemeException(String message) {
        super(message);
    }
}
