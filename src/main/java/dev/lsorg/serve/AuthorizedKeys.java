package dev.lsorg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Reads an authorized-keys file in OpenSSH's format, where each key names its person and access with options:
 * {@code lsorg-user="alice",lsorg-access="write" ssh-ed25519 AAAA… alice@laptop}. Access is {@code read} unless the
 * line says {@code write}. A line that cannot be used (no person, a bad access word, an option lsorg does not
 * enforce such as {@code from=}, a key that does not parse, a key listed twice) is reported with its file and line
 * and skipped; the other lines still load.
 */
public final class AuthorizedKeys {
    /** The options that only restrict what lsorg serve never offers anyway; they are accepted and change nothing. */
    static final Set<String> HARMLESS = Set.of("restrict", "no-port-forwarding", "no-agent-forwarding",
            "no-x11-forwarding", "no-user-rc");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");
    private static final long MAX_BYTES = 1024 * 1024;

    /**
     * What was read.
     *
     * @param grants   the usable lines
     * @param problems one sentence per skipped line, {@code FILE:LINE: why; skipped}
     */
    public record Result(List<Grant> grants, List<String> problems) {
        /** The grant for {@code key}, or null. */
        public Grant find(PublicKey key) {
            return grants.stream().filter(g -> KeyUtils.compareKeys(g.key(), key)).findFirst().orElse(null);
        }
    }

    private AuthorizedKeys() {
    }

    /** Reads {@code file}; a missing or unreadable file is a {@link ServeException}. */
    public static Result read(Path file) throws ServeException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ServeException("the authorized keys file " + file + " is over 1 MB; is it the right file?");
            }
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ServeException("no authorized keys file " + file + ": create it with one line per operator,"
                    + " e.g. lsorg-user=\"alice\",lsorg-access=\"write\" ssh-ed25519 AAAA... (see the README)");
        } catch (IOException | RuntimeException e) {
            throw new ServeException("cannot read the authorized keys file " + file + ": " + e.getMessage());
        }
    }

    /** Parses {@code lines}; {@code source} names them in problems. */
    public static Result parse(String source, List<String> lines) {
        JdkEd25519Registrar.install();
        List<Grant> grants = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            try {
                Grant g = grant(line, i + 1);
                Integer first = seen.putIfAbsent(g.fingerprint(), i + 1);
                if (first != null) {
                    problems.add(where + "the same key as line " + first + "; skipped");
                } else {
                    grants.add(g);
                }
            } catch (BadLine e) {
                problems.add(where + e.getMessage() + "; skipped");
            }
        }
        return new Result(List.copyOf(grants), List.copyOf(problems));
    }

    private static Grant grant(String line, int number) throws BadLine {
        AuthorizedKeyEntry entry;
        PublicKey key;
        try {
            entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
            key = entry == null ? null : entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (Exception e) {
            throw new BadLine("not a key line (options, then a key type such as ssh-ed25519, then the key)");
        }
        if (key == null) {
            throw new BadLine("not a key line (options, then a key type such as ssh-ed25519, then the key)");
        }
        Map<String, String> options = entry.getLoginOptions();
        for (String option : options.keySet()) {
            if (!option.startsWith("lsorg-") && !HARMLESS.contains(option.toLowerCase(java.util.Locale.ROOT))) {
                throw new BadLine("option '" + option + "' is not enforced by lsorg serve, so the key is not used");
            }
        }
        return new Grant(person(options), access(options), key, KeyUtils.getFingerPrint(key), number);
    }

    private static String person(Map<String, String> options) throws BadLine {
        String name = options.get("lsorg-user");
        if (name == null) {
            throw new BadLine("no lsorg-user=\"NAME\" option naming the person");
        }
        if (!NAME.matcher(name).matches()) {
            throw new BadLine("lsorg-user must be 1 to 64 letters, digits or . _ @ + - (starting with a letter or"
                    + " digit)");
        }
        return name;
    }

    private static Access access(Map<String, String> options) throws BadLine {
        for (String option : options.keySet()) {
            if (option.startsWith("lsorg-") && !option.equals("lsorg-user") && !option.equals("lsorg-access")) {
                throw new BadLine("unknown option '" + option + "' (lsorg-user and lsorg-access are known)");
            }
        }
        String access = options.getOrDefault("lsorg-access", "read");
        return switch (access) {
            case "read" -> Access.READ;
            case "write" -> Access.WRITE;
            default -> throw new BadLine("lsorg-access must be read or write");
        };
    }

    /** Why one line is skipped. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }
}
