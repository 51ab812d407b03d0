package dev.lsorg.config;

/**
 * A configuration problem explained for the person who has to fix it: which file, line and key, and why.
 * Its message is one line, safe to print (it never contains a key).
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

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
}
