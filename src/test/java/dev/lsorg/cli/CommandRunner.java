package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.testing.TestClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs lsorg in-process as a user runs it from a shell: with captured output, optional standard input, in a given
 * {@link CliContext} (clock, environment, config, org). {@link #isolated} gives a context that reads nothing of the
 * machine it runs on: no real environment, no real config file, home and state under a test folder.
 */
final class CommandRunner {
    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private CommandRunner() {
    }

    /**
     * A context with a pinned clock whose environment is only {@code HOME}, {@code XDG_CONFIG_HOME} and
     * {@code XDG_STATE_HOME} below {@code dir}, plus {@code extra}; the config file is
     * {@code dir/config/lsorg/config.toml} (absent unless the test writes it).
     */
    static CliContext isolated(Path dir, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
        env.putAll(extra);
        ConfigLoader loader = new ConfigLoader(env, ConfigLoader.defaultConfigFile(env), KeyReader.shell());
        return CliContext.live(Map.copyOf(env), false, TestClock.pinned(), loader);
    }

    /** {@link #isolated(Path, Map)} with nothing more in the environment. */
    static CliContext isolated(Path dir) {
        return isolated(dir, Map.of());
    }

    static Result run(CliContext ctx, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs with {@code stdin} as standard input (the shell and apply read it), restoring the real one after. */
    static Result runWithInput(CliContext ctx, String stdin, String... args) {
        InputStream real = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(ctx, args);
        } finally {
            System.setIn(real);
        }
    }
}
