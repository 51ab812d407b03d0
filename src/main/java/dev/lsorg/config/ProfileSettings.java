package dev.lsorg.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the chosen profile's values, each problem reported as {@code file:line: profiles.NAME.key: why}
 * without the value itself (a value in the wrong place may be a key).
 *
 * @param file    the profile file
 * @param profile the chosen profile, or null when none applies
 */
record ProfileSettings(ProfileFile file, ProfileFile.Profile profile) {

    ProfileFile.Value value(String key) {
        return profile == null || key == null ? null : profile.get(key);
    }

    /** {@code file:line: profiles.NAME.key} (the profile's own line when {@code key} is null or not set). */
    String where(String key) {
        if (profile == null) {
            return file.path() + ": " + (key == null ? "" : key);
        }
        List<String> at = new ArrayList<>(profile.key());
        if (key != null) {
            at.add(key);
        }
        int line = file.line(value(key) != null ? at : profile.key());
        return file.path() + (line > 0 ? ":" + line : "") + ": " + ProfileFile.dotted(at);
    }

    String string(String key) throws ConfigException {
        return typed(key, String.class, "a \"string\"");
    }

    Boolean bool(String key) throws ConfigException {
        return typed(key, Boolean.class, "true or false");
    }

    /** A whole number from {@code min} to {@code max}; {@code unit} ends the message ("" or " seconds"). */
    Long whole(String key, long min, long max, String unit) throws ConfigException {
        ProfileFile.Value v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v.value() instanceof Long || v.value() instanceof BigInteger)) {
            throw new ConfigException(where(key) + ": must be a whole number");
        }
        if (!(v.value() instanceof Long n) || n < min || n > max) {
            throw new ConfigException(where(key) + ": must be between " + min + " and " + max + unit);
        }
        return n;
    }

    <T> T typed(String key, Class<T> type, String expected) throws ConfigException {
        ProfileFile.Value v = value(key);
        if (v == null) {
            return null;
        }
        if (!type.isInstance(v.value())) {
            throw new ConfigException(where(key) + ": must be " + expected);
        }
        return type.cast(v.value());
    }
}
