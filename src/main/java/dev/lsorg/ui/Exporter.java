package dev.lsorg.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.app.Effect;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.model.Json;
import dev.lsorg.text.SafeCsv;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the filtered rows of a pane to CSV (the one {@link SafeCsv} writer: formulas neutralised) or to JSON (an
 * array of objects keyed by column in snake_case, numbers and booleans typed, control characters escaped). A path
 * starting with {@code ~/} is in the user's home; a write that fails says why in words.
 */
final class Exporter {
    private Exporter() {
    }

    /** Writes the export and returns a sentence for the status line. */
    static String write(Effect.Export x) throws IOException {
        Path file = home(x.file());
        String text = x.format().equals("json") ? json(x.header(), x.rows(), x.types()) : csv(x.header(), x.rows());
        try {
            StateFiles.write(file, text);
        } catch (IOException e) {
            throw new IOException(reason(e, file), e);
        }
        return "Exported " + x.rows().size() + " rows to " + file;
    }

    // "~/x.csv" is what a user types at a shell; the JVM knows their home.
    static Path home(Path file) {
        String p = file.toString();
        if (p.equals("~") || p.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), p.substring(1).replaceFirst("^/", ""));
        }
        return file;
    }

    // The file system's exception names a path; the user needs to know what is wrong with it.
    static String reason(IOException e, Path file) {
        Path ancestor = file.toAbsolutePath().getParent();
        while (ancestor != null && !java.nio.file.Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor != null && !java.nio.file.Files.isDirectory(ancestor)) {
            return "cannot write " + file + ": " + ancestor + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot write " + file + ": its folder " + file.toAbsolutePath().getParent() + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            return "cannot write " + file + ": permission denied";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot write " + file + ": " + f.getReason();
        }
        return "cannot write " + file + ": " + e.getMessage();
    }

    static String csv(List<String> header, List<List<String>> rows) {
        return SafeCsv.text(header, rows);
    }

    static String json(List<String> header, List<List<String>> rows, List<String> types) throws IOException {
        ArrayNode arr = Json.mapper().createArrayNode();
        for (List<String> r : rows) {
            ObjectNode o = arr.addObject();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                put(o, key(header.get(i)), r.get(i), i < types.size() ? types.get(i) : "text");
            }
        }
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr) + "\n";
    }

    // A number or boolean column writes its value typed when it is one ("15", "true"); anything else ("?", "-",
    // "") stays text, or null when empty.
    private static void put(ObjectNode o, String key, String value, String type) {
        if (value == null || value.isEmpty()) {
            o.putNull(key);
        } else if (type.equals("number") && value.matches("-?\\d{1,18}")) {
            o.put(key, Long.parseLong(value));
        } else if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
            o.put(key, Boolean.parseBoolean(value));
        } else {
            o.put(key, value);
        }
    }

    /** A column title as a JSON key: "ORG ROLE" is {@code org_role}. */
    static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
