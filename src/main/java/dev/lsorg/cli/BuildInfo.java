package dev.lsorg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code dev/lsorg/build.properties} (written by the Maven build): the
 * project version and the git commit it was built from. Values the build could not know read {@code unknown}.
 */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/lsorg/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource means an unknown build, which the getters say
        }
        return p;
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return value("version");
    }

    /** The commit, as {@code git describe --always --dirty} put it, or {@code unknown} (built outside git). */
    public static String commit() {
        return value("commit");
    }

    private static String value(String key) {
        String v = PROPS.getProperty(key, "").trim();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
