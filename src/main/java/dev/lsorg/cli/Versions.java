package dev.lsorg.cli;

import picocli.CommandLine.Model.CommandSpec;

/** lsorg's version as reports record it, taken from the root command's {@code version} attribute. */
final class Versions {
    private Versions() {
    }

    /** {@code 0.1.0} from {@code lsorg 0.1.0}; {@code unknown} when the root command declares none. */
    static String of(CommandSpec spec) {
        String[] version = spec.root().version();
        if (version == null || version.length == 0 || version[0].isBlank()) {
            return "unknown";
        }
        String v = version[0].trim();
        return v.startsWith("lsorg ") ? v.substring("lsorg ".length()) : v;
    }
}
