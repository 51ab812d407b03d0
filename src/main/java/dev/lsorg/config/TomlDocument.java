package dev.lsorg.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A TOML file parsed by jackson-dataformat-toml: decoded as strict UTF-8, read into a tree, and able to say on which
 * line a key was set. Every problem is one line naming the file and line (and column, where the parser gives one)
 * and never quoting the file's text, which may hold a key.
 */
final class TomlDocument {
    /** Larger files are refused unread: a config file is a few hundred bytes, a larger one is the wrong file. */
    static final int MAX_BYTES = 256 * 1024;
    // Lines are found by parsing ever longer prefixes (only when an error needs one), which costs the square of the
    // file's size: past these, messages go without a line.
    private static final int MAX_LINES_LOCATED = 1000;
    private static final int MAX_CHARS_LOCATED = 64 * 1024;
    private static final TomlMapper MAPPER = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

    private final Path path;
    private final String text;
    private final ObjectNode root;
    private Map<List<String>, Integer> lines;

    private TomlDocument(Path path, String text, ObjectNode root) {
        this.path = path;
        this.text = text;
        this.root = root;
    }

    /** Reads and parses {@code path}. */
    static TomlDocument read(Path path) throws ConfigException {
        return parse(path, TextFiles.read(path, MAX_BYTES, "a config file in TOML"));
    }

    /** Parses {@code text}, read from {@code path}. */
    static TomlDocument parse(Path path, String text) throws ConfigException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new TomlDocument(path, body, tree(path, body));
    }

    /** The file's top-level table. */
    ObjectNode root() {
        return root;
    }

    /** Where the document was read from. */
    Path path() {
        return path;
    }

    /** The line on which the key at {@code keyPath} was set, or 0 when it cannot be told. */
    synchronized int lineOf(List<String> keyPath) {
        if (lines == null) {
            lines = locate(text);
        }
        return lines.getOrDefault(keyPath, 0);
    }

    private static ObjectNode tree(Path path, String text) throws ConfigException {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node instanceof ObjectNode o ? o : MAPPER.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new ConfigException(path + position(text, e.getLocation()) + ": not valid TOML ("
                    + reason(e.getOriginalMessage()) + ")");
        } catch (StackOverflowError e) {
            throw ConfigException.at(path, 0, null, "not valid TOML (values nested too deeply)");
        }
    }

    /**
     * {@code :line:column} of a syntax error. The parser tells where it stopped reading; when that is the start of a
     * line, nothing of that line was read yet, so the problem is on the last line before it that holds more than
     * blanks and comments (the column is then unknown).
     */
    private static String position(String text, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        if (at.getColumnNr() != 1 || at.getLineNr() == 1) {
            return ":" + at.getLineNr() + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "");
        }
        String[] lines = text.split("\n", -1);
        int line = Math.min(at.getLineNr() - 1, lines.length);
        while (line > 1 && (lines[line - 1].isBlank() || lines[line - 1].strip().startsWith("#"))) {
            line--;
        }
        return ":" + line;
    }

    /**
     * The parser's reason without anything it quotes from the input: its messages are fixed sentences, except a few
     * that append the offending text in quotes or parentheses, which are cut off here.
     */
    static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String cut = message.split("[('\"`]", 2)[0].strip();
        if (cut.isEmpty()) {
            return "syntax error";
        }
        return cut.substring(0, 1).toLowerCase(Locale.ROOT) + cut.substring(1);
    }

    /**
     * The first line at which each key exists: the shortest prefix of whole lines that parses and holds it. The TOML
     * library keeps no positions in its tree, so this asks it again on prefixes rather than parsing TOML here.
     */
    private static Map<List<String>, Integer> locate(String text) {
        Map<List<String>, Integer> first = new HashMap<>();
        if (text.length() > MAX_CHARS_LOCATED) {
            return first;
        }
        int end = 0;
        for (int line = 1; line <= MAX_LINES_LOCATED && end < text.length(); line++) {
            int nl = text.indexOf('\n', end);
            end = nl < 0 ? text.length() : nl + 1;
            try {
                record(MAPPER.readTree(text.substring(0, end)), new ArrayList<>(), line, first);
            } catch (JsonProcessingException | StackOverflowError incomplete) {
                // a prefix that ends inside a multi-line value: the next line completes it
            }
        }
        return first;
    }

    private static void record(JsonNode node, List<String> at, int line, Map<List<String>, Integer> into) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        object.properties().forEach(field -> {
            List<String> key = new ArrayList<>(at);
            key.add(field.getKey());
            into.putIfAbsent(List.copyOf(key), line);
            record(field.getValue(), key, line, into);
        });
    }
}
