package dev.lsorg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An {@code lsorg emulator} in a JVM of its own, for benchmarks that time the console alone: in the benchmark's JVM
 * the emulator's org and its garbage would be collected together with the console's, and the pauses counted as the
 * console's. Reads the three environment lines the emulator prints; closing it stops the process.
 */
final class ChildEmulator implements AutoCloseable {
    private final Process process;
    private final Map<String, String> env;

    private ChildEmulator(Process process, Map<String, String> env) {
        this.process = process;
        this.env = env;
    }

    /** A {@code large} seed of {@code members}, {@code workspaces} and {@code keys} on a free port. */
    static ChildEmulator large(int members, int workspaces, int keys) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "dev.lsorg.Main", "emulator", "--seed", "large", "--members", String.valueOf(members),
                "--workspaces", String.valueOf(workspaces), "--keys", String.valueOf(keys), "--port", "0");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, String> env = new HashMap<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; env.size() < 3 && (line = out.readLine()) != null; ) {
            int eq = line.indexOf('=');
            if (line.startsWith("LANGSMITH_") && eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (env.size() < 3) {
            p.destroyForcibly();
            throw new IOException("the emulator process stopped before it said where it listens (exit "
                    + (p.isAlive() ? "none" : p.exitValue()) + ")");
        }
        return new ChildEmulator(p, env);
    }

    String endpoint() {
        return env.get("LANGSMITH_ENDPOINT");
    }

    String apiKey() {
        return env.get("LANGSMITH_API_KEY");
    }

    UUID organizationId() {
        return UUID.fromString(env.get("LANGSMITH_ORGANIZATION_ID"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
