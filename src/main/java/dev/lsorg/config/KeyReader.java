package dev.lsorg.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads an API key from a file (refusing files that other users could read) or from a command's standard output,
 * the two ways a profile can keep a key out of the config file itself.
 */
public final class KeyReader {
    /** Runs a shell command and returns its standard output; replaceable in tests. */
    @FunctionalInterface
    public interface CommandRunner {
        /** Runs {@code command} and returns what it printed; fails with a one-line reason. */
        String run(String command) throws ConfigException;
    }

    // A key is well under 100 bytes; a larger file is not a key file and is not read.
    private static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    private KeyReader() {
    }

    /**
     * Reads the key in {@code file}. A key file readable by group or others is refused, because anyone on the
     * machine could then act as the org admin the key belongs to.
     */
    public static Secret fromFile(Path file, String origin) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(origin + ": key file " + file + " does not exist or is not a file");
        }
        checkPermissions(file, origin);
        String text;
        try {
            text = TextFiles.read(file, MAX_KEY_FILE_BYTES, "a key file").strip();
        } catch (ConfigException e) {
            throw new ConfigException(origin + ": " + e.getMessage());
        }
        if (text.isEmpty()) {
            throw new ConfigException(origin + ": key file " + file + " is empty");
        }
        return Secret.of(text);
    }

    private static void checkPermissions(Path file, String origin) throws ConfigException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing meaningful to check
        } catch (IOException e) {
            throw new ConfigException(origin + ": cannot check key file " + file + " (" + e.getMessage() + ")");
        }
        boolean exposed = perms.contains(PosixFilePermission.GROUP_READ)
                || perms.contains(PosixFilePermission.OTHERS_READ);
        if (exposed) {
            throw new ConfigException(origin + ": refusing key file " + file + ": it is readable by other users (mode "
                    + PosixFilePermissions.toString(perms) + "), so anyone on this machine could use the key;"
                    + " run 'chmod 600 " + file + "'");
        }
    }

    /** The runner lsorg uses: {@code sh -c COMMAND}, standard error passed through, 30 s at most. */
    public static CommandRunner shell() {
        return new KeyCommand(KeyCommand.DEFAULT_LIMIT);
    }

    /** Runs {@code command} and wraps its trimmed output; empty output is an error. */
    public static Secret fromCommand(CommandRunner runner, String command, String origin) throws ConfigException {
        String out;
        try {
            out = runner.run(command);
        } catch (ConfigException e) {
            throw new ConfigException(origin + ": " + e.getMessage());
        }
        if (out == null || out.isBlank()) {
            throw new ConfigException(origin + ": api_key_command printed nothing");
        }
        return Secret.of(out.strip().lines().findFirst().orElse(""));
    }
}
