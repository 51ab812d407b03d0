package dev.lsorg.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.app.Effect;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.model.Json;
import dev.lsorg.text.SafeCsv;
import java.io.IOException;
import java.util.List;

/**
 * Writes the filtered rows of a pane to CSV (the one {@link SafeCsv} writer: formulas neutralised) or to JSON (an
 * array of objects by column title, control characters escaped).
 */
final class Exporter {
    private Exporter() {
    }

    /** Writes the export and returns a sentence for the status line. */
    static String write(Effect.Export x) throws IOException {
        String text = x.format().equals("json") ? json(x.header(), x.rows()) : csv(x.header(), x.rows());
        StateFiles.write(x.file(), text);
        return "Exported " + x.rows().size() + " rows to " + x.file();
    }

    static String csv(List<String> header, List<List<String>> rows) {
        return SafeCsv.text(header, rows);
    }

    static String json(List<String> header, List<List<String>> rows) throws IOException {
        ArrayNode arr = Json.mapper().createArrayNode();
        for (List<String> r : rows) {
            ObjectNode o = arr.addObject();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                o.put(header.get(i).toLowerCase(), r.get(i));
            }
        }
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr) + "\n";
    }
}
