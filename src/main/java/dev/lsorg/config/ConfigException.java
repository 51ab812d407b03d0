package dev.lsorg.config;

import java.util.regex.Pattern;

/**
 * A configuration problem explained for the person who has to fix it: which file, line and key, and why.
 * Its message is one line, safe to print: it never contains a key, nor the text of the line it points at.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** A problem described by {@code message}. */
    public ConfigException(String message) {
        super(message);
    }

    /** A problem at {@code line} of {@code file}, about {@code key} (either may be null). */
    public static ConfigException at(Object file, int line, String key, String why) {
        StringBuilder sb = new StringBuilder().append(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (key != null) {
            sb.append(": ").append(key);
        }
        return new ConfigException(sb.append(": ").append(why).toString());
    }

    /**
     * A name taken from a file (a key, a profile) as it may be repeated in a message: itself when it is a plain
     * name, {@code ?} when it holds other characters or looks like an API key, since the file is then not what it
     * should be and its text must not reach the terminal.
     */
    public static String shown(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !Secret.looksLikeKey(name) ? name : "?";
    }
}
